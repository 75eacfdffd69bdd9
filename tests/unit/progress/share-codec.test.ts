import fc from "fast-check";
import {
  decodeShareCode,
  encodeShareCode,
  MAX_SHARE_CODE_LENGTH,
} from "../../../src/progress/share-codec";
import {
  curriculumV1,
  curriculumV2,
  makeCurriculum,
  makeNumberedCurriculum,
} from "../../fixtures/progress/curricula";

const CODE_CHARACTERS = /^[A-Za-z0-9_-]+$/;

describe("share codes", () => {
  it("round-trips random done sets, in curriculum order, with only code characters", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.infiniteStream(fc.boolean()), (n, coin) => {
        const curriculum = makeNumberedCurriculum(n);
        const ids = curriculum.topics.map((topic) => topic.id);
        const done = ids.filter(() => coin.next().value);
        const code = encodeShareCode(curriculum, [...done].reverse());
        expect(code).toMatch(CODE_CHARACTERS);
        expect(decodeShareCode(curriculum, code)).toEqual({ ok: true, done, ignoredSlots: 0 });
      }),
      { seed: 20240611, numRuns: 300 },
    );
  });

  it("stays within ceil(n / 6) + 8 characters for n slots, all done", () => {
    for (const n of [1, 5, 6, 7, 40, 186, 187, 1000, 6138, 6139, 10_000, 24_000]) {
      const curriculum = makeNumberedCurriculum(n);
      const code = encodeShareCode(
        curriculum,
        curriculum.topics.map((topic) => topic.id),
      );
      expect(code.length, `n = ${n}`).toBeLessThanOrEqual(Math.ceil(n / 6) + 8);
      if (code.length <= MAX_SHARE_CODE_LENGTH) {
        const decoded = decodeShareCode(curriculum, code);
        expect(decoded.ok && decoded.done.length, `n = ${n}`).toBe(n);
      }
    }
  });

  it("fits a 40-slot curriculum in 16 characters without a name", () => {
    const curriculum = makeNumberedCurriculum(40);
    const all = curriculum.topics.map((topic) => topic.id);
    expect(encodeShareCode(curriculum, all).length).toBeLessThanOrEqual(16);
    expect(encodeShareCode(curriculum, []).length).toBeLessThanOrEqual(16);
  });

  it("reads a release-1 code under release 2: removed ignored, renamed mapped, added absent", () => {
    const code = encodeShareCode(curriculumV1, ["linear-models", "rnn", "old-topic", "attention"]);
    expect(decodeShareCode(curriculumV2, code)).toEqual({
      ok: true,
      done: ["linear-models", "recurrent-networks", "attention"],
      ignoredSlots: 1,
    });
  });

  it("ignores slots beyond a smaller curriculum (a newer code opened by an older site)", () => {
    const code = encodeShareCode(curriculumV2, ["word2vec", "backprop"]);
    expect(decodeShareCode(curriculumV1, code)).toEqual({
      ok: true,
      done: ["backprop"],
      ignoredSlots: 1,
    });
  });

  it("encodes aliases as their renamed topic and leaves unknown ids out", () => {
    const code = encodeShareCode(curriculumV2, ["rnn", "no-such-topic", "old-topic"]);
    expect(decodeShareCode(curriculumV2, code)).toEqual({
      ok: true,
      done: ["recurrent-networks"],
      ignoredSlots: 0,
    });
  });

  describe("names", () => {
    it.each([
      ["plain", "Ada", "Ada"],
      ["Chinese", "小明", "小明"],
      ["emoji and spaces collapsed", "  Ada   🐟  ", "Ada 🐟"],
      ["control and bidi characters stripped", "A\u0000d\u202Ea\n", "Ada"],
      ["HTML kept as text", "<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"],
      ["cut to 40 characters", "字".repeat(50), "字".repeat(40)],
    ])("%s", (_, name, shown) => {
      const code = encodeShareCode(curriculumV1, ["backprop"], name);
      expect(code).toMatch(CODE_CHARACTERS);
      expect(decodeShareCode(curriculumV1, code)).toEqual({
        ok: true,
        done: ["backprop"],
        name: shown,
        ignoredSlots: 0,
      });
    });

    it("leaves a blank name out entirely", () => {
      expect(encodeShareCode(curriculumV1, ["backprop"], " \u200B ")).toBe(
        encodeShareCode(curriculumV1, ["backprop"]),
      );
    });

    it("covers the name with the checksum", () => {
      const code = encodeShareCode(curriculumV1, ["backprop"], "Ada Lovelace");
      const shortened = code.slice(0, -2);
      expect(decodeShareCode(curriculumV1, shortened)).toEqual({ ok: false, reason: "checksum" });
    });
  });

  describe("bad input", () => {
    const good = encodeShareCode(curriculumV1, ["linear-models", "attention"]);
    const flip = (text: string, at: number) =>
      text.slice(0, at) + (text[at] === "A" ? "B" : "A") + text.slice(at + 1);

    it.each([
      ["empty", "", "empty"],
      ["only spaces", "   ", "empty"],
      ["a space inside", `${good.slice(0, 3)} ${good.slice(3)}`, "bad-characters"],
      ["percent-escaped", `${good}%20`, "bad-characters"],
      ["non-ASCII", `${good}é`, "bad-characters"],
      ["a future format", `2${good.slice(1)}`, "unknown-version"],
      ["only the version", "1", "truncated"],
      ["cut in the bitset", good.slice(0, 4), "truncated"],
      ["cut in the checksum", good.slice(0, -1), "truncated"],
      ["a mistyped bitset character", flip(good, 2), "checksum"],
      ["a mistyped checksum character", flip(good, good.length - 1), "checksum"],
      ["a length field longer than any code", "1gggg", "too-long"],
      ["longer than the cap", `1${"A".repeat(MAX_SHARE_CODE_LENGTH)}`, "too-long"],
    ])("%s", (_, code, reason) => {
      expect(decodeShareCode(curriculumV1, code)).toEqual({ ok: false, reason });
    });

    it("detects every single-character change and every swap of neighbours", () => {
      const code = encodeShareCode(curriculumV1, ["backprop", "rnn"], "Ada");
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
      for (let i = 1; i < code.length; i++) {
        for (const replacement of alphabet) {
          if (replacement === code[i]) continue;
          const changed = code.slice(0, i) + replacement + code.slice(i + 1);
          expect(decodeShareCode(curriculumV1, changed).ok, changed).toBe(false);
        }
        const swapped = code.slice(0, i - 1) + code[i] + code[i - 1] + code.slice(i + 1);
        if (swapped !== code)
          expect(decodeShareCode(curriculumV1, swapped).ok, swapped).toBe(false);
      }
    });
  });

  it("never throws and never yields a topic outside the curriculum (100,000 seeded inputs)", () => {
    const curriculum = makeCurriculum({
      topics: [
        ["a", 0],
        ["b", 2],
        ["c", 7],
        ["d", 13],
      ],
      retired: { gone: 1 },
    });
    const known = new Set(curriculum.topics.map((topic) => topic.id));
    const random = mulberry32(0x5eed);
    const pick = (text: string) => text[Math.floor(random() * text.length)] ?? "";
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const noise = `${alphabet} %#/?&=.~\u0000\u00e9\u4e2d\ud83d`;
    const valid = [
      encodeShareCode(curriculum, []),
      encodeShareCode(curriculum, ["a", "d"]),
      encodeShareCode(curriculum, ["a", "b", "c", "d"], "小明"),
    ];
    const counts = { ok: 0, failed: 0 };
    for (let run = 0; run < 100_000; run++) {
      let input: string;
      if (run % 2 === 0) {
        const length = Math.floor(random() * 40);
        input = Array.from({ length }, () => pick(random() < 0.9 ? alphabet : noise)).join("");
        if (random() < 0.5) input = `1${input}`;
      } else {
        input = valid[run % valid.length] ?? "";
        const edits = 1 + Math.floor(random() * 3);
        for (let e = 0; e < edits; e++) {
          const at = Math.floor(random() * (input.length + 1));
          const kind = random();
          if (kind < 0.4) input = input.slice(0, at) + pick(alphabet) + input.slice(at + 1);
          else if (kind < 0.6) input = input.slice(0, at) + pick(alphabet) + input.slice(at);
          else if (kind < 0.8) input = input.slice(0, at) + input.slice(at + 1);
          else input = input.slice(0, at);
        }
      }
      const result = decodeShareCode(curriculum, input);
      if (result.ok) {
        counts.ok++;
        for (const id of result.done) expect(known.has(id)).toBe(true);
        expect(result.ignoredSlots).toBeGreaterThanOrEqual(0);
      } else {
        counts.failed++;
      }
    }
    // Both outcomes occur, so the loop really exercised decoding and not only rejection.
    expect(counts.ok).toBeGreaterThan(0);
    expect(counts.failed).toBeGreaterThan(90_000);
  });
});

/** A small seeded PRNG (mulberry32): the same inputs on every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
