/**
 * CRC-24 with the polynomial and initial value of OpenPGP's armor checksum (RFC 4880, 6.1).
 * A 24-bit CRC catches every error confined to 24 consecutive bits, so any single mistyped
 * character and any swap of two neighbours in a share code is always detected; other damage
 * slips through about once in 16 million.
 */

const POLYNOMIAL = 0x864cfb;
const INITIAL = 0xb704ce;

const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let byte = 0; byte < 256; byte++) {
    let crc = byte << 16;
    for (let bit = 0; bit < 8; bit++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= POLYNOMIAL;
    }
    table[byte] = crc & 0xffffff;
  }
  return table;
})();

/** CRC-24 of the low bytes of `text`'s char codes (share codes are ASCII). */
export function crc24(text: string): number {
  let crc = INITIAL;
  for (let i = 0; i < text.length; i++) {
    const index = ((crc >> 16) ^ text.charCodeAt(i)) & 0xff;
    crc = ((crc << 8) ^ (TABLE[index] ?? 0)) & 0xffffff;
  }
  return crc;
}
