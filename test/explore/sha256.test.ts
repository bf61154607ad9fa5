/** The page's SHA-256 stand-in for node:crypto must hash exactly as Node does: scenario hashes name runs. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHash as pageHash } from '../../src/explore/shims/crypto.js';
import { sha256Hex } from '../../src/explore/shims/sha256.js';
import { assertProperty } from '../helpers/property.js';

const node = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the page sha256', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it("equals Node's for any bytes, around every block boundary", () => {
    assertProperty(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => sha256Hex(bytes) === node(bytes)), { numRuns: 300 });
    for (let length = 50; length < 135; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, n) => (n * 31 + length) & 0xff);
      expect(sha256Hex(bytes), `length ${length}`).toBe(node(bytes));
    }
  });

  it("hashes text as UTF-8 and in parts, as Node's createHash does", () => {
    const text = 'durand-line — λ0 ≥ 3';
    expect(pageHash('sha256').update(text).update('more').digest('hex')).toBe(createHash('sha256').update(text).update('more').digest('hex'));
  });
});
