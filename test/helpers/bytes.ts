/**
 * Byte-for-byte comparison of files. `expect(bufferB).toEqual(bufferA)` walks a Buffer index
 * by index as an object (about 6 ms per kilobyte: 6 s for one 1 MB index.html); this compares
 * with Buffer.equals and, when the bytes differ, fails naming the first differing byte and the
 * text around it in both.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** "identical", or where and how `actual` differs from `expected`. */
export function byteDifference(actual: Uint8Array, expected: Uint8Array): string {
  const a = Buffer.from(actual.buffer, actual.byteOffset, actual.byteLength);
  const e = Buffer.from(expected.buffer, expected.byteOffset, expected.byteLength);
  if (a.equals(e)) return 'identical';
  let at = 0;
  while (at < a.length && at < e.length && a[at] === e[at]) at += 1;
  const around = (b: Buffer) => JSON.stringify(b.subarray(Math.max(0, at - 40), at + 40).toString('latin1'));
  return `${a.length} bytes against ${expected.byteLength}, first difference at byte ${at}: ${around(a)} against ${around(e)}`;
}

/** Fails unless `actual` has exactly the bytes of `expected`. */
export function expectSameBytes(actual: Uint8Array, expected: Uint8Array, label?: string): void {
  expect(byteDifference(actual, expected), label).toBe('identical');
}

/** Fails unless the file `actual` has exactly the bytes of the file `expected`. */
export function expectSameFile(actual: string, expected: string, label?: string): void {
  expectSameBytes(readFileSync(actual), readFileSync(expected), label);
}

/**
 * The keys where two objects of columns (typed arrays, as a run's DayRecords) differ: typed
 * arrays by their bytes, other values by Object.is. Empty when equal. `toEqual` on such an object
 * compares each array element by element through vitest's generic equality, some 15,000 values
 * per 365-day run.
 */
export function differingColumns(actual: object, expected: object): string[] {
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(e)])].sort();
  return keys.filter((key) => {
    const [x, y] = [a[key], e[key]];
    if (ArrayBuffer.isView(x) && ArrayBuffer.isView(y)) {
      return x.constructor !== y.constructor || byteDifference(new Uint8Array(x.buffer, x.byteOffset, x.byteLength), new Uint8Array(y.buffer, y.byteOffset, y.byteLength)) !== 'identical';
    }
    return !Object.is(x, y);
  });
}
