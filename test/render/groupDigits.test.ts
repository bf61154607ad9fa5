import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/render/reportsIndex.js';
import { assertProperty } from '../helpers/property.js';

describe('groupDigits', () => {
  it('groups a whole number in threes as en-US does', () => {
    expect([0, 7, 999, 1000, 12345, 1000000].map(groupDigits)).toEqual(['0', '7', '999', '1,000', '12,345', '1,000,000']);
  });

  it('writes every whole number as toLocaleString("en-US") does', () => {
    assertProperty(
      fc.property(fc.oneof(fc.nat(10_000), fc.maxSafeNat()), (whole) => {
        expect(groupDigits(whole)).toBe(whole.toLocaleString('en-US'));
      }),
    );
  });
});
