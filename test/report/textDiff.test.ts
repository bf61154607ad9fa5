/** Locating the first difference in brink's data files (brink diff <dirA> <dirB>). */
import { describe, expect, it } from 'vitest';
import { csvCells, csvDifference, firstJsonDifference, ndjsonDifference } from '../../src/report/textDiff.js';
import { formatCell } from '../../src/report/csv.js';

describe('text differences', () => {
  it('csvCells reads back what formatCell writes, quotes and commas included', () => {
    const values = ['plain', 'with, comma', 'a "quoted" word', '', '3.5'];
    expect(csvCells(values.map(formatCell).join(','))).toEqual(values);
  });

  it('CSV: the line, its day, state and run index, and the first differing column', () => {
    const a = 'day,state,rung,note\n0,x,1,"a, b"\n1,x,2,c\n';
    const b = 'day,state,rung,note\n0,x,1,"a, b"\n1,x,3,c\n';
    expect(csvDifference(a, a)).toBeNull();
    expect(csvDifference(a, b)).toEqual({ line: 3, day: 1, state: 'x', field: 'rung', a: '2', b: '3' });
    expect(csvDifference('runIndex,k\n7,1\n', 'runIndex,k\n7,2\n')).toEqual({ line: 2, runIndex: 7, field: 'k', a: '1', b: '2' });
    expect(csvDifference(a, `${a}2,x,0,d\n`)).toEqual({ line: 4, note: 'B has more lines' });
    expect(csvDifference(a, a.replace('rung', 'level'))).toMatchObject({ line: 1, field: 'header' });
  });

  it('NDJSON: the line, its day and the first differing field (nested)', () => {
    const a = '{"day":0,"actor":"x","detail":{"deaths":3}}\n{"day":4,"actor":"y","detail":{"deaths":5}}\n';
    const b = '{"day":0,"actor":"x","detail":{"deaths":3}}\n{"day":4,"actor":"y","detail":{"deaths":6}}\n';
    expect(ndjsonDifference(a, b)).toEqual({ line: 2, day: 4, field: 'detail.deaths', a: '5', b: '6' });
  });

  it('JSON: the path of the first differing value, keys missing on one side included', () => {
    expect(firstJsonDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toEqual({ field: 'a[1].b', a: '2', b: '3' });
    expect(firstJsonDifference({ a: 1 }, { a: 1, extra: true })).toEqual({ field: 'extra', a: '(absent)', b: 'true' });
    expect(firstJsonDifference({ a: 1 }, { a: 1 })).toBeNull();
  });
});
