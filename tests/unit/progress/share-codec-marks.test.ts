/**
 * Share codes that carry marks: known and in-progress topics beside the done set (FLAGS 2 and
 * 4 of version 2, docs/share-links.md). Codes without such marks must stay exactly as before.
 */
import fc from "fast-check";
import { ALPHABET } from "../../../src/progress/base64url";
import { crc24 } from "../../../src/progress/crc24";
import { curriculumFingerprint } from "../../../src/progress/curriculum-fingerprint";
import {
  decodeShareCode,
  encodeShareCode,
  MAX_SHARE_CODE_LENGTH,
} from "../../../src/progress/share-codec";
import {
  makeCurriculum,
  makeGappedCurriculum,
  makeNumberedCurriculum,
} from "../../fixtures/progress/curricula";
import { seededRandom } from "../../../src/graph/generate";

type Mark = "none" | "in-progress" | "done" | "known";
const MARK_ARB = fc.constantFrom<Mark>("none", "in-progress", "done", "known");

/** The ids of `ids` whose mark is one of `kinds`. */
const withMark = (ids: readonly string[], marks: readonly Mark[], ...kinds: Mark[]) =>
  ids.filter((_, i) => kinds.includes(marks[i] ?? "none"));

/** A code body with a correct checksum (what a hostile but careful encoder could write). */
function signed(curriculum: ReturnType<typeof makeCurriculum>, head: string, name = ""): string {
  const fingerprint = curriculumFingerprint(curriculum).current;
  const crc = crc24(fingerprint + head + name);
  const check = [18, 12, 6, 0].map((shift) => ALPHABET.charAt((crc >> shift) & 63)).join("");
  return `${head}${check}${name}`;
}

const small = makeCurriculum({
  topics: [
    ["a", 0],
    ["b", 1],
    ["c", 2],
    ["d", 3],
    ["e", 4],
    ["f", 5],
    ["g", 6],
  ],
});
const print = () => curriculumFingerprint(small).current.slice(0, 2);

describe("share codes with marks", () => {
  it("round-trips random marks: done, known and in progress told apart, names kept", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.array(MARK_ARB, { minLength: 200, maxLength: 200 }),
        fc.constantFrom("", "Ada", "小明"),
        (n, marks, name) => {
          const curriculum = makeNumberedCurriculum(n);
          const ids = curriculum.topics.map((topic) => topic.id);
          const done = withMark(ids, marks, "done", "known");
          const known = withMark(ids, marks, "known");
          const inProgress = withMark(ids, marks, "in-progress");
          const code = encodeShareCode(curriculum, [...done].reverse(), name, {
            known,
            inProgress,
          });
          expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
          expect(decodeShareCode(curriculum, code)).toEqual({
            ok: true,
            done,
            ...(known.length > 0 && { known }),
            ...(inProgress.length > 0 && { inProgress }),
            ...(name !== "" && { name }),
            ignoredSlots: 0,
          });
        },
      ),
      { seed: 16, numRuns: 300 },
    );
  });

  it("writes exactly today's code when nothing is known or in progress", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.array(fc.boolean(), { minLength: 120, maxLength: 120 }),
        fc.constantFrom(undefined, "Ada"),
        (n, coin, name) => {
          const curriculum = makeNumberedCurriculum(n);
          const done = curriculum.topics.map((topic) => topic.id).filter((_, i) => coin[i]);
          const plain = encodeShareCode(curriculum, done, name);
          expect(encodeShareCode(curriculum, done, name, {})).toBe(plain);
          expect(encodeShareCode(curriculum, done, name, { known: [], inProgress: [] })).toBe(
            plain,
          );
          // Marks that cannot hold (known but not done, in progress but done) are left out.
          const others = curriculum.topics.map((topic) => topic.id).filter((_, i) => !coin[i]);
          expect(encodeShareCode(curriculum, done, name, { known: others, inProgress: done })).toBe(
            plain,
          );
        },
      ),
      { seed: 1606, numRuns: 200 },
    );
  });

  it("keeps everything done within ceil(n / 6) + 8 characters, marks given or not", () => {
    for (let n = 1; n <= 300; n++) {
      const curriculum = makeNumberedCurriculum(n);
      const all = curriculum.topics.map((topic) => topic.id);
      const code = encodeShareCode(curriculum, all, undefined, { known: [], inProgress: all });
      expect(code.length, `n = ${n}`).toBeLessThanOrEqual(Math.ceil(n / 6) + 8);
      expect(code, `n = ${n}`).toBe(encodeShareCode(curriculum, all));
    }
  });

  it("sets a FLAGS bit that readers before marks refuse as 'unknown version'", () => {
    const known = encodeShareCode(small, ["a", "b"], undefined, { known: ["b"] });
    const started = encodeShareCode(small, ["a"], undefined, { inProgress: ["c"] });
    const both = encodeShareCode(small, ["a", "b"], "Ada", { known: ["a"], inProgress: ["g"] });
    // Readers before marks accepted FLAGS 0 and 1 only.
    expect([known, started, both].map((code) => ALPHABET.indexOf(code[1] ?? ""))).toEqual([
      2, 4, 7,
    ]);
  });

  it("writes the example of docs/share-links.md", () => {
    const docs = makeCurriculum({
      topics: [
        ["intro", 0],
        ["basics", 1],
        ["more", 2],
        ["extra", 3],
        ["last", 4],
      ],
    });
    const code = encodeShareCode(docs, ["intro", "last"], undefined, {
      known: ["last"],
      inProgress: ["basics"],
    });
    expect(code).toBe("2GnjBiBCBQwwr8");
  });

  it("reads known and in-progress bits on slots this curriculum lacks as ignored", () => {
    const big = makeNumberedCurriculum(300);
    const tiny = makeNumberedCurriculum(3);
    const code = encodeShareCode(big, ["t0", "t250"], undefined, {
      known: ["t250"],
      inProgress: ["t1", "t299"],
    });
    expect(decodeShareCode(tiny, code)).toEqual({
      ok: true,
      done: ["t0"],
      inProgress: ["t1"],
      ignoredSlots: 2,
    });
  });

  it("drops in-progress, then known, rather than write a code longer than readers accept", () => {
    const cases = [
      // [topics, done and known, in progress, what the code keeps: [known, in progress]]
      [6000, 3000, 3000, [3000, 3000]],
      [12_000, 6000, 6000, [6000, undefined]],
      [20_000, 20_000, 0, [undefined, undefined]],
    ] as const;
    for (const [n, doneCount, startedCount, kept] of cases) {
      const curriculum = makeNumberedCurriculum(n);
      const ids = curriculum.topics.map((topic) => topic.id);
      const done = ids.slice(0, doneCount);
      const code = encodeShareCode(curriculum, done, "字".repeat(40), {
        known: done,
        inProgress: ids.slice(doneCount, doneCount + startedCount),
      });
      expect(code.length, `n = ${n}`).toBeLessThanOrEqual(MAX_SHARE_CODE_LENGTH);
      const decoded = decodeShareCode(curriculum, code);
      expect(decoded.ok && decoded.done.length, `n = ${n}`).toBe(doneCount);
      expect(decoded.ok && [decoded.known?.length, decoded.inProgress?.length]).toEqual(kept);
    }
  });

  describe("malformed marks give a reason, never a crash", () => {
    // Slot bits: digit "g" (32) is slot 0, "Q" (16) slot 1, "I" (8) slot 2.
    it.each([
      [
        "a known topic that is not done",
        () => signed(small, `2C${print()}BgBQ`),
        "unknown-version",
      ],
      [
        "a known bit past the done set",
        () => signed(small, `2C${print()}BgCAg`),
        "unknown-version",
      ],
      [
        "an in-progress topic that is done",
        () => signed(small, `2E${print()}BwBQ`),
        "unknown-version",
      ],
      [
        "text after the checksum without the name flag",
        () => signed(small, `2C${print()}BgBg`, "QWRh"),
        "unknown-version",
      ],
      ["a known length past the end", () => signed(small, `2C${print()}BgZg`), "truncated"],
      ["a known length of four digits", () => signed(small, `2C${print()}Bg____g`), "too-long"],
      ["an in-progress flag with nothing after done", () => `2E${print()}Bg`, "truncated"],
      [
        "a reserved flag beside the marks",
        () => signed(small, `2K${print()}BgBg`),
        "unknown-version",
      ],
    ])("%s", (_, make, reason) => {
      expect(decodeShareCode(small, make())).toEqual({ ok: false, reason });
    });

    it("accepts a well-formed hand-made code, so the cases above fail for their stated reason", () => {
      expect(decodeShareCode(small, signed(small, `2G${print()}BwBgBI`))).toEqual({
        ok: true,
        done: ["a", "b"],
        known: ["a"],
        inProgress: ["c"],
        ignoredSlots: 0,
      });
    });

    it("detects every single-character change and every swap of neighbours", () => {
      const code = encodeShareCode(small, ["a", "d", "g"], "Ada", {
        known: ["d"],
        inProgress: ["b", "f"],
      });
      for (let i = 1; i < code.length; i++) {
        for (const replacement of ALPHABET) {
          if (replacement === code[i]) continue;
          const changed = code.slice(0, i) + replacement + code.slice(i + 1);
          expect(decodeShareCode(small, changed).ok, changed).toBe(false);
        }
        const swapped = code.slice(0, i - 1) + code[i] + code[i - 1] + code.slice(i + 1);
        if (swapped !== code) expect(decodeShareCode(small, swapped).ok, swapped).toBe(false);
      }
    });

    it("never throws, and what it reads always holds together (50,000 seeded edits)", () => {
      const curriculum = makeGappedCurriculum();
      const ids = new Set(curriculum.topics.map((topic) => topic.id));
      const valid = [
        encodeShareCode(curriculum, ["a", "d"], undefined, { known: ["d"] }),
        encodeShareCode(curriculum, ["a"], undefined, { inProgress: ["b", "c"] }),
        encodeShareCode(curriculum, ["a", "c"], "小明", { known: ["a"], inProgress: ["d"] }),
      ];
      const random = seededRandom(0x16);
      const pick = () => ALPHABET.charAt(Math.floor(random() * 64));
      let readable = 0;
      for (let run = 0; run < 50_000; run++) {
        const original = valid[run % valid.length] ?? "";
        let input = original;
        for (let e = 1 + Math.floor(random() * 3); e > 0; e--) {
          const at = 1 + Math.floor(random() * input.length);
          const kind = random();
          if (kind < 0.4) input = input.slice(0, at) + pick() + input.slice(at + 1);
          else if (kind < 0.7) input = input.slice(0, at) + pick() + input.slice(at);
          else input = input.slice(0, at) + input.slice(at + 1);
        }
        const result = decodeShareCode(curriculum, input);
        if (!result.ok) continue;
        if (input !== original) readable++;
        const done = new Set(result.done);
        for (const id of [...result.done, ...(result.inProgress ?? [])]) {
          expect(ids.has(id)).toBe(true);
        }
        for (const id of result.known ?? []) expect(done.has(id)).toBe(true);
        for (const id of result.inProgress ?? []) expect(done.has(id)).toBe(false);
      }
      // A changed code fails its checks almost always; a rare miss must still read consistently.
      expect(readable).toBeLessThan(50);
    });
  });
});
