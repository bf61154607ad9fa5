/**
 * `--set` list segments must be canonical indices within the list (or the next one, to append):
 * anything else used to be set as an array property the schema never saw, recorded as applied.
 */
import { describe, expect, it } from 'vitest';
import { InputError, loadScenario } from '../../src/index.js';
import { brink } from '../helpers/cli.js';
import { DURAND } from '../helpers/scenarios.js';

function problemsOf(set: string): string[] {
  try {
    loadScenario(DURAND, { set: [set] });
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.source}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('--set list indices', () => {
  const events = loadScenario(DURAND).params.events.length;

  for (const segment of ['-1', '01', '1e1', '0x1', 'length', ' 1', '+1']) {
    it(`refuses events.${segment}.day, naming the path and the list's range`, () => {
      expect(problemsOf(`events.${segment}.day=1`)).toEqual([
        `--set events.${segment}.day=1: events is a list: expected an index from 0 to ${events} (${events} adds an item) written as a plain whole number, found ${JSON.stringify(segment)}`,
      ]);
    });
  }

  it('refuses events.length=0 (which emptied the list) and a far index with one line, not 99,998', () => {
    expect(problemsOf('events.length=0')).toHaveLength(1);
    expect(problemsOf('events.99999.day=1')).toEqual([
      `--set events.99999.day=1: events is a list: expected an index from 0 to ${events} (${events} adds an item) written as a plain whole number, found "99999"`,
    ]);
  });

  it('still sets an existing item, and the next index appends', () => {
    expect(loadScenario(DURAND, { set: ['events.0.day=1'] }).params.events.some((e) => e.day === 1)).toBe(true);
    const appended = loadScenario(DURAND, { set: [`events.${events}.day=5`, `events.${events}.border=closed`] });
    expect(appended.params.events).toHaveLength(events + 1);
  });

  it('exits 2 from the CLI, writing nothing', async () => {
    const result = await brink(['run', DURAND, '--set', 'events.01.day=1', '--out', '/nonexistent-brink-out']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--set events.01.day=1: events is a list');
  });
});
