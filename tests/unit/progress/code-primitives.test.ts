import fc from "fast-check";
import { decodeBytes, encodeBytes, isAlphabetOnly } from "../../../src/progress/base64url";
import { crc24 } from "../../../src/progress/crc24";

describe("crc24", () => {
  it.each([
    ["", 0xb704ce],
    // The published check value of CRC-24/OpenPGP.
    ["123456789", 0x21cf02],
  ])("of %j is the standard value", (text, expected) => {
    expect(crc24(text)).toBe(expected);
  });
});

describe("base64url", () => {
  it.each([
    [[], ""],
    [[0xfb], "-w"],
    [[0xff, 0xff], "__8"],
    [[0x66, 0x6f, 0x6f], "Zm9v"],
  ])("encodes %j as %j", (bytes, text) => {
    expect(encodeBytes(new Uint8Array(bytes))).toBe(text);
  });

  it("round-trips any bytes using only URL-safe characters", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = encodeBytes(bytes);
        expect(isAlphabetOnly(text)).toBe(true);
        expect([...decodeBytes(text)]).toEqual([...bytes]);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it.each(["a b", "a+b", "a/b", "a=", "é"])("rejects %j as not alphabet-only", (text) => {
    expect(isAlphabetOnly(text)).toBe(false);
  });
});
