import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { copyFixture, fixture } from "./fixtures";

const ROOT = resolve(__dirname, "../../..");

/** package.json's `validate` command, split into words: `node <flags…> <script>`. */
const COMMAND: string[] = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"))
  .scripts.validate.split(" ")
  .filter(Boolean);

/** Runs `npm run validate`'s command as npm would: from the package root, INIT_CWD = `from`. */
function validate(from: string, ...args: string[]) {
  expect(COMMAND[0]).toBe("node");
  const run = spawnSync(process.execPath, [...COMMAND.slice(1), ...args], {
    cwd: ROOT,
    env: { ...process.env, INIT_CWD: from },
    encoding: "utf8",
  });
  return {
    code: run.status,
    stdout: run.stdout.trim().split("\n").filter(Boolean),
    stderr: run.stderr.trim().split("\n").filter(Boolean),
  };
}

describe("npm run validate", { timeout: 60_000 }, () => {
  it("prints a one-line summary and warnings, exits 0, and records new slots", () => {
    const copy = copyFixture("valid");
    try {
      const { code, stdout, stderr } = validate(dirname(copy.dir), "curriculum");
      expect(code).toBe(0);
      expect(stdout).toEqual(["curriculum/: 6 topics, 8 edges, 2 sections, 15.5 hours"]);
      expect(stderr).toContain(
        "warning: curriculum/topics/path-b.md: missing translation: no topics/path-b.en.md (the app shows zh instead)",
      );
      expect(stderr.filter((line) => line.startsWith("warning:"))).toHaveLength(3);
      expect(existsSync(join(copy.dir, "slots.json"))).toBe(true);
    } finally {
      copy.done();
    }
  });

  it("prints every problem as PATH:LINE: message relative to where it was run, and exits 1", () => {
    const { code, stdout, stderr } = validate(fixture("errors"), "many-faults");
    expect(code).toBe(1);
    expect(stdout).toEqual([
      "many-faults/curriculum.yaml:3: goal 'finish' names no topic",
      "many-faults/topics/a.md:6: cycle in requires: a -> b -> a",
      "many-faults/topics/a.md:7: 'hours' must be a positive number (got 'lots')",
      "many-faults/topics/c.md:4: unknown section 'elsewhere' (sections: main)",
      "many-faults/topics/c.md:6: unknown field 'titel' — did you mean 'title'?",
      "many-faults/topics/d.md:8: 'resources[0].kind' is not a known resource kind (got 'blog'); use one of: book, chapter, paper, article, video, course, code, exercise",
      "many-faults/topics/d.md:9: 'resources[0].url' must be an http:// or https:// URL (got 'data:text/html,hi')",
    ]);
    expect(stderr).toEqual(["7 errors in many-faults/"]);
  });

  it("fails for a folder that does not exist", () => {
    const { code, stdout } = validate(fixture("errors"), "no-such-folder");
    expect(code).toBe(1);
    expect(stdout).toEqual([
      "no-such-folder: no such folder: a curriculum is a folder holding curriculum.yaml and topics/",
    ]);
  });
});
