/**
 * The attack suite: `npm run validate` on hostile curriculum folders. Each must exit 1 within
 * 10 s with a message naming the file, print no stack trace, no raw control character and
 * nothing of a file outside the folder, and write nothing outside it. Fixed folders live in
 * tests/fixtures/hostile/; links, FIFOs and huge files are made here, at run time.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pngBytes } from "../../fixtures/curriculum-factory";

const ROOT = resolve(__dirname, "../../..");
const HOSTILE = resolve(ROOT, "tests/fixtures/hostile");
const SECRET = "npm_SECRETTOKEN0123456789abcdef";

let work: string;
let outside: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "jiewang-hostile-"));
  // A file outside every curriculum folder, standing for a credential.
  outside = join(work, "outside");
  mkdirSync(outside);
  writeFileSync(join(outside, "secret.txt"), `token: ${SECRET}\n`);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A copy of a hostile fixture (default: the valid base) in the work folder, as `curriculum`. */
function folder(name = "base"): string {
  const dir = join(work, "curriculum");
  cpSync(join(HOSTILE, name), dir, { recursive: true });
  return dir;
}

/** Runs `npm run validate -- curriculum` as npm would, from the work folder. */
function validate() {
  const run = spawnSync(process.execPath, [join(ROOT, "scripts/validate.mjs"), "curriculum"], {
    cwd: ROOT,
    env: { ...process.env, INIT_CWD: work },
    encoding: "utf8",
    timeout: 10_000,
  });
  const output = `${run.stdout}${run.stderr}`;
  return { code: run.status, signal: run.signal, output };
}

/** What every hostile run must show: exit 1, the file named, and nothing it must not show. */
function expectRefused(run: ReturnType<typeof validate>, file: string, message: RegExp) {
  expect(run.signal).toBeNull();
  expect(run.code).toBe(1);
  const line = run.output.split("\n").find((text) => text.startsWith(`curriculum/${file}`));
  expect(line, run.output).toMatch(message);
  expect(run.output).not.toMatch(/^\s+at /m);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: checking none is printed raw.
  expect(run.output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  expect(run.output).not.toContain(SECRET);
}

describe("npm run validate on hostile folders", { timeout: 30_000 }, () => {
  it("refuses a topic that is a link to a file outside the folder", () => {
    const dir = folder();
    symlinkSync(join(outside, "secret.txt"), join(dir, "topics/b.md"));
    expectRefused(validate(), "topics/b.md", /is a symbolic link: links are not followed/);
  });

  it("refuses a curriculum.yaml that links to a secret, echoing none of it", () => {
    const dir = folder();
    rmSync(join(dir, "curriculum.yaml"));
    symlinkSync(join(outside, "secret.txt"), join(dir, "curriculum.yaml"));
    expectRefused(validate(), "curriculum.yaml", /is a symbolic link/);
  });

  it("never writes through a slots.json that links outside, existing or not", () => {
    const dir = folder();
    const target = join(outside, "slots-target.json");
    symlinkSync(target, join(dir, "slots.json"));
    expectRefused(validate(), "slots.json", /is a symbolic link/);
    expect(existsSync(target)).toBe(false);
    writeFileSync(target, "{}\n");
    expectRefused(validate(), "slots.json", /is a symbolic link/);
    expect(readFileSync(target, "utf8")).toBe("{}\n");
  });

  it("refuses links to /dev/zero and dangling links without reading or crashing", () => {
    const dir = folder();
    symlinkSync("/dev/zero", join(dir, "topics/zero.md"));
    symlinkSync(join(outside, "missing.md"), join(dir, "topics/dangling.md"));
    const run = validate();
    expectRefused(run, "topics/zero.md", /is a symbolic link/);
    expectRefused(run, "topics/dangling.md", /is a symbolic link/);
  });

  it("refuses a FIFO without waiting on it", () => {
    const dir = folder();
    const made = spawnSync("mkfifo", [join(dir, "topics/pipe.md")]);
    expect(made.status).toBe(0);
    expectRefused(
      validate(),
      "topics/pipe.md",
      /is not a regular file \(a FIFO, socket or device\)/,
    );
  });

  it("refuses a topics folder that is a link", () => {
    const dir = folder();
    writeFileSync(join(outside, "a.md"), readFileSync(join(dir, "topics/a.md")));
    rmSync(join(dir, "topics"), { recursive: true });
    symlinkSync(outside, join(dir, "topics"));
    expectRefused(validate(), "topics", /is a symbolic link/);
  });

  it("refuses an image whose folder links outside", () => {
    const dir = folder();
    writeFileSync(join(outside, "x.png"), pngBytes(4, 3));
    symlinkSync(outside, join(dir, "topics/images"));
    writeFileSync(
      join(dir, "topics/a.md"),
      `${readFileSync(join(dir, "topics/a.md"))}\n![x](images/x.png)\n`,
    );
    expectRefused(
      validate(),
      "topics/a.md",
      /image topics\/images\/x\.png images\/ is a symbolic link/,
    );
  });

  it("refuses a curriculum folder that is itself a link", () => {
    symlinkSync(outside, join(work, "curriculum"));
    const run = validate();
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/^curriculum: is a symbolic link/m);
  });

  it("refuses a topic file over 512 KB without reading it whole", () => {
    const dir = folder();
    writeFileSync(join(dir, "topics/big.md"), Buffer.alloc(600 * 1024, "a"));
    expectRefused(validate(), "topics/big.md", /is 600 KB; a file may be at most 512 KB/);
  });

  it("refuses 20,000 nested block quotes and a list nested 1,000 deep, at their lines", () => {
    const dir = folder();
    const front = "---\nid: q\ntitle: Q\nsection: main\nsource: article\n---\n\n";
    writeFileSync(join(dir, "topics/q.md"), `${front}Intro.\n\n${">".repeat(20_000)} deep\n`);
    // Written on one line: at two columns a level, indentation alone would pass the size limit.
    const list = `- item\n  - item\n${"- ".repeat(1000)}item`;
    writeFileSync(join(dir, "topics/l.md"), `${front.replace(/q/g, "l")}${list}\n`);
    const run = validate();
    expectRefused(run, "topics/q.md:10", /nested more than 100 deep here/);
    expectRefused(run, "topics/l.md:10", /nested more than 100 deep here/);
  });

  it("refuses a title of 100 KB with no spaces", () => {
    const dir = folder();
    const title = "x".repeat(100_000);
    writeFileSync(
      join(dir, "topics/a.md"),
      `---\nid: a\ntitle: ${title}\nsection: main\nsource: article\n---\n`,
    );
    const run = validate();
    expectRefused(run, "topics/a.md:3", /'title' must be at most 200 characters \(got 100000\)/);
    expect(run.output.length).toBeLessThan(2_000);
  });

  it("reports 200,000 unclosed brackets in front matter once each, not once per bracket", () => {
    const dir = folder();
    const front = `---\nid: b\ntitle: B\nsection: main\nsource: article\nsummary: ${"[".repeat(200_000)}\n---\n`;
    writeFileSync(join(dir, "topics/b.md"), front);
    const run = validate();
    expectRefused(run, "topics/b.md:6", /YAML does not parse/);
    expect(run.output.split("\n").length).toBeLessThan(30);
  });

  it.each([
    ["alias-bomb", "topics/a.md:7", /YAML aliases \(\*name\) expand too far/],
    ["escape-sequences", "topics/a.md:4", /unknown section '\\x1b\]0;pwned\\x07\\x1b\[2J/],
    ["remote-image", "topics/a.md:10", /remote images are not allowed \(got 'https:/],
    [
      "image-outside",
      "topics/a.md:8",
      /image '..\/..\/secret.png' is outside the curriculum folder/,
    ],
    ["proto-title", "curriculum.yaml:3", /'title' has language 'constructor'/],
    [
      "huge-slot",
      "slots.json:2",
      /slot of 'gone' is 1000000000000000, past the largest slot, 4095/,
    ],
    ["bad-slot-values", "slots.json", /slot of 'gone' must be a whole number ≥ 0 \(got -3\)/],
    ["huge-hours", "topics/a.md:6", /'hours' must be at most 1000 hours \(got 1e\+308\)/],
  ])("refuses the fixture %s, naming %s", (name, file, message) => {
    folder(name);
    expectRefused(validate(), file, message);
  });
});
