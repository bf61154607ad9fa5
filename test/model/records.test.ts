/**
 * The table of recorded columns (src/model/records.ts) is what the run records: every column it
 * declares is allocated, and at the end of every day recordDay.ts (written out column by column
 * for speed) holds exactly the value the table's `read` gives from the day's state.
 */
import { describe, expect, it } from 'vitest';
import { createDayRecords, DYAD_RECORD_COLUMNS, STATE_RECORD_COLUMNS } from '../../src/model/records.js';
import { loadScenario } from '../../src/scenarios/index.js';
import { traceRun } from '../helpers/mechanisms.js';
import { bundledScenarioFile } from '../../src/scenarios/packageFiles.js';

describe('the table of recorded columns', () => {
  it('allocates every declared column, per state or per day, and nothing else', () => {
    const records = createDayRecords(5) as unknown as Record<string, unknown>;
    expect(Object.keys(records).sort()).toEqual(['days', ...STATE_RECORD_COLUMNS.map((c) => c.name), ...DYAD_RECORD_COLUMNS.map((c) => c.name)].sort());
    for (const column of STATE_RECORD_COLUMNS) expect((records[column.name] as ArrayLike<number>).length, column.name).toBe(10);
    for (const column of DYAD_RECORD_COLUMNS) expect((records[column.name] as ArrayLike<number>).length, column.name).toBe(5);
  });

  it('every column has a unit and a meaning, and names are unique', () => {
    const all = [...STATE_RECORD_COLUMNS, ...DYAD_RECORD_COLUMNS];
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
    for (const column of all) {
      expect(column.unit, column.name).not.toBe('');
      expect(column.doc, column.name).not.toBe('');
    }
  });

  it.each(['durand-line-2025', 'quiet-border', 'no-mediators'])('recordDay writes what the table reads, every day of %s', (name) => {
    const { params } = loadScenario(bundledScenarioFile(name), { days: 120 });
    let checked = 0;
    traceRun(params, 'records', 1, (ctx) => {
      const { day, actors, dyad } = ctx.state;
      if (day < 0) return;
      const records = ctx.records as unknown as Record<string, ArrayLike<number>>;
      for (const column of STATE_RECORD_COLUMNS) {
        for (const i of [0, 1] as const) expect(records[column.name]![day * 2 + i], `${column.name}[${day}, ${i}]`).toBe(column.read(actors[i], day));
      }
      for (const column of DYAD_RECORD_COLUMNS) if (column.read !== null) expect(records[column.name]![day], `${column.name}[${day}]`).toBe(column.read(dyad));
      checked += 1;
    });
    expect(checked).toBe(120);
  });
});
