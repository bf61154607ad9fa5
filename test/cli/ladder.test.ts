/** A scenario with a ladder of its own (twelve rungs, an unthinkable rung) runs end to end: run, ensemble, charts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenarios/index.js';
import { brink, tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/scenarios.js';

const TWELVE = join(ROOT, 'test', 'fixtures', 'ladders', 'twelve-rungs.yaml');

function onlyFolder(out: string): string {
  const root = join(out, 'twelve-rungs');
  return join(root, readdirSync(root)[0]!);
}

describe('a twelve-rung ladder', () => {
  it('resolves to the rungs, thresholds and changes the file gives', () => {
    const { ladder, states } = loadScenario(TWELVE).params;
    expect(ladder.top).toBe(11);
    expect(ladder.thresholds).toEqual({ kinetic: 4, audience: 5, deepStrike: 8, war: 10, unthinkable: 11 });
    expect(ladder.muMil[5]).toBe(5);
    expect(ladder.name[11]).toBe('nuclear use');
    expect(states.map((s) => s.maxRung)).toEqual([11, 9]);
  });

  it('`--set ladder.changes.<rung>.<cell>` changes one cell', () => {
    const { ladder } = loadScenario(TWELVE, { set: ['ladder.changes.9.muCiv=7'] }).params;
    expect(ladder.muCiv[9]).toBe(7);
    expect(ladder.muMil[5]).toBe(5);
  });

  it('runs one run with its charts on the whole ladder', async () => {
    const out = tempDir();
    const result = await brink(['run', TWELVE, '--out', out, '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    const dir = onlyFolder(out);
    const trajectory = JSON.parse(readFileSync(join(dir, 'charts', 'trajectory.vl.json'), 'utf8')) as unknown;
    expect(JSON.stringify(trajectory)).toContain('"axis":{"values":[0,1,2,3,4,5,6,7,8,9,10,11]');
    expect(readFileSync(join(dir, 'days.csv'), 'utf8')).toContain('strategic bombing');
  });

  it('runs an ensemble: rung histograms of twelve bins, reached rows at its thresholds, charts on 0–11', async () => {
    const out = tempDir();
    const result = await brink(['ensemble', TWELVE, '--out', out, '--quiet', '--runs', '40', '--workers', '2']);
    expect(result.code, result.stderr).toBe(0);
    const dir = onlyFolder(out);
    const tallies = JSON.parse(readFileSync(join(dir, 'tallies.json'), 'utf8')) as { rungs: number };
    expect(tallies.rungs).toBe(12);
    const reached = readFileSync(join(dir, 'probabilities.csv'), 'utf8').split('\n').filter((line) => line.startsWith('reached:')).map((line) => line.split(',')[0]);
    expect(reached).toEqual(['reached:4', 'reached:7', 'reached:8', 'reached:10']);
    const fan = JSON.stringify(JSON.parse(readFileSync(join(dir, 'charts', 'fan.vl.json'), 'utf8')));
    expect(fan).toContain('"scale":{"domain":[0,11]}');
    expect(fan).toContain('P(some state at a kinetic rung, ≥ 4)');
    const outcomes = JSON.stringify(JSON.parse(readFileSync(join(dir, 'charts', 'outcomes.vl.json'), 'utf8')));
    expect(outcomes).toContain('reached rung 10 (open war)');
    expect(outcomes).toContain('ends in war (rung ≥ 10, last 14 days)');
  });

  it('refuses a rung reference above its top with exit 2 and line:column', async () => {
    const result = await brink(['run', TWELVE, '--set', 'constants.closeRung=12', '--out', tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('constants.closeRung: expected a rung from 0 to 11 (the top of the ladder), found 12');
  });
});
