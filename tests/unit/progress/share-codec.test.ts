import fc from "fast-check";
import {
  decodeShareCode,
  encodeShareCode,
  MAX_SHARE_CODE_LENGTH,
  MAX_SHARE_SLOTS,
} from "../../../src/progress/share-codec";
import {
  curriculumV1,
  curriculumV2,
  makeCurriculum,
  makeGappedCurriculum,
  makeNumberedCurriculum,
} from "../../fixtures/progress/curricula";
import { seededRandom } from "../../../src/graph/generate";

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

  it("stays within ceil(n / 6) + 8 characters for n = 1 ... 300 slots, all done", () => {
    for (let n = 1; n <= 300; n++) {
      const curriculum = makeNumberedCurriculum(n);
      const all = curriculum.topics.map((topic) => topic.id);
      const code = encodeShareCode(curriculum, all);
      expect(code.length, `n = ${n}`).toBeLessThanOrEqual(Math.ceil(n / 6) + 8);
      expect(decodeShareCode(curriculum, code), `n = ${n}`).toEqual({
        ok: true,
        done: all,
        ignoredSlots: 0,
      });
    }
  });

  it("stays within the length rule for any done set and any slot numbering", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 300 }),
        fc.infiniteStream(fc.boolean()),
        (slots, coin) => {
          const curriculum = makeCurriculum({ topics: slots.map((slot) => [`s${slot}`, slot]) });
          const done = curriculum.topics.map((topic) => topic.id).filter(() => coin.next().value);
          const code = encodeShareCode(curriculum, done);
          expect(code.length).toBeLessThanOrEqual(Math.ceil(curriculum.slotCount / 6) + 8);
          const decoded = decodeShareCode(curriculum, code);
          expect(decoded.ok && [...decoded.done].sort()).toEqual([...done].sort());
        },
      ),
      { seed: 15, numRuns: 300 },
    );
  });

  it("keeps large curricula within the rule and within what readers accept", () => {
    for (const n of [1000, 6138, 6139, 10_000, MAX_SHARE_SLOTS, 24_000]) {
      const curriculum = makeNumberedCurriculum(n);
      const code = encodeShareCode(
        curriculum,
        curriculum.topics.map((topic) => topic.id),
        "字".repeat(40),
      );
      const unnamed = encodeShareCode(
        curriculum,
        curriculum.topics.map((topic) => topic.id),
      );
      expect(unnamed.length, `n = ${n}`).toBeLessThanOrEqual(Math.ceil(n / 6) + 8);
      expect(code.length, `n = ${n}`).toBeLessThanOrEqual(MAX_SHARE_CODE_LENGTH);
      const decoded = decodeShareCode(curriculum, code);
      expect(decoded.ok && decoded.done.length, `n = ${n}`).toBe(Math.min(n, MAX_SHARE_SLOTS));
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
    const named = encodeShareCode(curriculumV1, ["linear-models"], "Ada");
    const nameText = "QWRh"; // "Ada" as base64url
    const flip = (text: string, at: number) =>
      text.slice(0, at) + (text[at] === "A" ? "B" : "A") + text.slice(at + 1);

    it.each([
      ["empty", "", "empty"],
      ["only spaces", "   ", "empty"],
      ["a space inside", `${good.slice(0, 3)} ${good.slice(3)}`, "bad-characters"],
      ["percent-escaped", `${good}%20`, "bad-characters"],
      ["non-ASCII", `${good}é`, "bad-characters"],
      ["a future format", `3${good.slice(1)}`, "unknown-version"],
      ["a reserved flag (8)", `2I${good.slice(2)}`, "unknown-version"],
      ["a reserved flag (16)", `2Q${good.slice(2)}`, "unknown-version"],
      ["a reserved flag (32)", `2g${good.slice(2)}`, "unknown-version"],
      ["only the version", "2", "truncated"],
      ["cut before the checksum", good.slice(0, 7), "truncated"],
      ["cut in the checksum", good.slice(0, -1), "checksum"],
      ["a mistyped bitset character", flip(good, 4), "checksum"],
      ["a mistyped checksum character", flip(good, good.length - 1), "checksum"],
      ["a mistyped fingerprint character", flip(good, 2), "checksum"],
      [
        "a named code cut in the checksum",
        named.slice(0, named.indexOf(nameText) - 1),
        "truncated",
      ],
      ["a length field longer than any code", `2B${good.slice(2, 4)}gggg`, "too-long"],
      ["longer than the cap", `2${"A".repeat(MAX_SHARE_CODE_LENGTH)}`, "too-long"],
    ])("%s", (_, code, reason) => {
      expect(decodeShareCode(curriculumV1, code)).toEqual({ ok: false, reason });
    });

    const legacy = "1BiLX73"; // A version-1 code (docs/share-links.md): slots 0 and 4.
    it.each([
      ["reads", legacy, { ok: true, done: ["linear-models", "attention"], ignoredSlots: 0 }],
      ["only the version", "1", { ok: false, reason: "truncated" }],
      ["cut in the bitset", legacy.slice(0, 2), { ok: false, reason: "truncated" }],
      ["cut in the checksum", legacy.slice(0, -1), { ok: false, reason: "truncated" }],
      ["a mistyped bitset character", flip(legacy, 2), { ok: false, reason: "checksum" }],
      ["a length field longer than any code", "1gggg", { ok: false, reason: "too-long" }],
      [
        "longer than the cap",
        `1${"A".repeat(MAX_SHARE_CODE_LENGTH)}`,
        { ok: false, reason: "too-long" },
      ],
    ])("version 1: %s", (_, code, result) => {
      expect(decodeShareCode(curriculumV1, code)).toEqual(result);
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

  describe("curriculum fingerprint", () => {
    const other = makeCurriculum({
      topics: [
        ["ownership", 0],
        ["borrowing", 1],
        ["lifetimes", 2],
        ["traits", 3],
        ["async", 4],
      ],
    });

    it("explains a code from another curriculum instead of reading it as progress", () => {
      const code = encodeShareCode(other, ["ownership", "traits"], "Ferris");
      expect(decodeShareCode(curriculumV1, code)).toEqual({
        ok: false,
        reason: "other-curriculum",
      });
      expect(decodeShareCode(other, code)).toEqual({
        ok: true,
        done: ["ownership", "traits"],
        name: "Ferris",
        ignoredSlots: 0,
      });
    });

    it("never reads another curriculum's code as progress (random curricula)", () => {
      const idArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
      let explained = 0;
      let runs = 0;
      fc.assert(
        fc.property(
          fc.uniqueArray(idArb, { minLength: 6, maxLength: 12 }),
          fc.infiniteStream(fc.boolean()),
          (ids, coin) => {
            const mine = makeCurriculum({ topics: ids.slice(0, 6).map((id, i) => [id, i]) });
            // Same slots, different first three ids: another curriculum.
            const theirs = makeCurriculum({
              topics: [...ids.slice(6), ...ids.slice(0, 6)]
                .slice(0, 6)
                .map((id, i) => [`x-${id}`, i]),
            });
            const done = theirs.topics.map((t) => t.id).filter(() => coin.next().value);
            const result = decodeShareCode(mine, encodeShareCode(theirs, done));
            runs++;
            expect(result.ok).toBe(false);
            if (!result.ok && result.reason === "other-curriculum") explained++;
          },
        ),
        { seed: 1515, numRuns: 500 },
      );
      // The two visible fingerprint digits agree by chance once in 4,096; then it says "checksum".
      expect(explained).toBeGreaterThanOrEqual(runs - 2);
    });

    it("reads a code made before one of the earliest topics was renamed, both ways round", () => {
      const before = makeCurriculum({
        topics: [
          ["intro", 0],
          ["basics", 1],
          ["more", 2],
        ],
      });
      const after = makeCurriculum({
        topics: [
          ["introduction", 0],
          ["basics", 1],
          ["more", 2],
        ],
        aliases: { intro: "introduction" },
      });
      expect(decodeShareCode(after, encodeShareCode(before, ["intro", "more"]))).toEqual({
        ok: true,
        done: ["introduction", "more"],
        ignoredSlots: 0,
      });
      // An older copy of the site still knows the code a renamed curriculum writes.
      expect(decodeShareCode(before, encodeShareCode(after, ["introduction"]))).toEqual({
        ok: true,
        done: ["intro"],
        ignoredSlots: 0,
      });
    });

    it("does not change when topics are added, removed or reordered", () => {
      const small = makeCurriculum({
        topics: [
          ["a", 0],
          ["b", 1],
          ["c", 2],
        ],
      });
      const grown = makeCurriculum({
        topics: [
          ["d", 3],
          ["c", 2],
          ["e", 4],
          ["a", 0],
        ],
        retired: { b: 1 },
      });
      expect(encodeShareCode(grown, []).slice(0, 4)).toBe(encodeShareCode(small, []).slice(0, 4));
      expect(decodeShareCode(grown, encodeShareCode(small, ["a", "b", "c"]))).toEqual({
        ok: true,
        done: ["c", "a"],
        ignoredSlots: 1,
      });
    });

    it("reads codes made while the curriculum had fewer than three slots", () => {
      const first = makeCurriculum({ topics: [["a", 0]] });
      const later = makeCurriculum({
        topics: [
          ["a", 0],
          ["b", 1],
          ["c", 2],
          ["d", 3],
        ],
      });
      expect(decodeShareCode(later, encodeShareCode(first, ["a"]))).toEqual({
        ok: true,
        done: ["a"],
        ignoredSlots: 0,
      });
    });

    it("calls every mistyped fingerprint character damage, not another curriculum", () => {
      const code = encodeShareCode(curriculumV1, ["backprop"]);
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
      for (const at of [2, 3]) {
        for (const replacement of alphabet) {
          if (replacement === code[at]) continue;
          const changed = code.slice(0, at) + replacement + code.slice(at + 1);
          expect(decodeShareCode(curriculumV1, changed), changed).toEqual({
            ok: false,
            reason: "checksum",
          });
        }
      }
    });
  });

  describe("hostile slots", () => {
    it("encodes a topic on slot 10^15 without allocating up to it (left out, not crashed)", () => {
      const curriculum = makeCurriculum({
        topics: [
          ["a", 0],
          ["huge", 1e15],
        ],
      });
      const code = encodeShareCode(curriculum, ["a", "huge"]);
      expect(code.length).toBeLessThanOrEqual(12);
      expect(decodeShareCode(curriculum, code)).toEqual({ ok: true, done: ["a"], ignoredSlots: 0 });
    });

    it("refuses a code that would name slot 10^6, before reading its bits", () => {
      const digits = Math.ceil(1e6 / 6);
      const length = [digits & 31, (digits >> 5) & 31, (digits >> 10) & 31, digits >> 15];
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
      const lengthText = length.map((d, i) => alphabet[i < 3 ? d | 32 : d]).join("");
      for (const code of [`1${lengthText}gAAAA`, `2B${"AA"}${lengthText}gAAAA`]) {
        expect(decodeShareCode(curriculumV1, code)).toEqual({ ok: false, reason: "too-long" });
      }
    });

    it("counts set bits beyond the curriculum's slots as ignored", () => {
      const big = makeNumberedCurriculum(3000);
      const small = makeNumberedCurriculum(3);
      const code = encodeShareCode(big, ["t0", "t2999", "t1500"]);
      expect(decodeShareCode(small, code)).toEqual({ ok: true, done: ["t0"], ignoredSlots: 2 });
    });
  });

  it("never throws and never yields a topic outside the curriculum (100,000 seeded inputs)", () => {
    const curriculum = makeGappedCurriculum();
    const known = new Set(curriculum.topics.map((topic) => topic.id));
    const random = seededRandom(0x5eed);
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
        const lead = random();
        if (lead < 0.3) input = `1${input}`;
        else if (lead < 0.6) input = `2${input}`;
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
