// Reads of positions the engine computed itself. An index out of range means an engine bug, so
// these throw with a clear message instead of quietly standing in for topic 0. The check is one
// comparison, so it stays on everywhere. One helper per array kind keeps each element read
// specialised to that kind, which keeps the hot loops fast.

function outOfRange(length: number, i: number): never {
  throw new RangeError(`graph engine: index ${i} is outside 0..${length - 1}`);
}

/** The element at `i` of a plain array. */
export function at<T>(values: readonly T[], i: number): T {
  const value = values[i];
  if (value === undefined) outOfRange(values.length, i);
  return value;
}

/** The element at `i` of an Int32Array (positions, offsets, counts). */
export function intAt(values: Int32Array, i: number): number {
  const value = values[i];
  if (value === undefined) outOfRange(values.length, i);
  return value;
}

/** The element at `i` of a Uint8Array (flags). */
export function byteAt(values: Uint8Array, i: number): number {
  const value = values[i];
  if (value === undefined) outOfRange(values.length, i);
  return value;
}

/** The element at `i` of a Float64Array (hours, costs). */
export function floatAt(values: Float64Array, i: number): number {
  const value = values[i];
  if (value === undefined) outOfRange(values.length, i);
  return value;
}

/** `value`, which the engine's own bookkeeping guarantees; throws (an engine bug) when missing. */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`graph engine: missing ${what}`);
  return value;
}
