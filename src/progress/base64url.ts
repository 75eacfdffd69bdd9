/**
 * The URL-safe base64 alphabet (RFC 4648 section 5, without padding), digit by digit. Share
 * codes are built from 6-bit digits, so they survive URLs, chat apps and copy-paste unescaped.
 */

export const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Char code -> digit value, -1 for characters outside the alphabet. */
const DIGIT_OF = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** The digit (0-63) for the character at `index`, or -1 if it is not in the alphabet. */
export function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 128 ? (DIGIT_OF[code] ?? -1) : -1;
}

/** The character for a digit 0-63. */
export function digitChar(digit: number): string {
  return ALPHABET.charAt(digit & 63);
}

/** True when every character of `text` is in the alphabet. */
export function isAlphabetOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (digitAt(text, i) < 0) return false;
  return true;
}

/** Bytes as unpadded base64url. */
export function encodeBytes(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += digitChar(buffer >> bits);
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += digitChar(buffer << (6 - bits));
  return out;
}

/** Unpadded base64url back to bytes. Leftover bits that do not fill a byte are ignored. */
export function decodeBytes(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    buffer = ((buffer << 6) | Math.max(0, digitAt(text, i))) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[length++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, length);
}
