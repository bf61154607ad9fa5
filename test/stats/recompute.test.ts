/**
 * The ensemble's statistics (computed from tallies) against the same statistics recomputed
 * from outcomes.csv with plain code: sorting, simple-statistics' quantileSorted, a direct
 * Kaplan–Meier loop and the Wilson formula written out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quantileSorted } from 'simple-statistics';
import { beforeAll, describe, expect, it } from 'vitest';
import { brink, tempDir } from '../helpers/cli.js';

interface Stats {
  probabilities: { outcome: string; k: number; n: number; p: number; lower: number; upper: number }[];
  timeToCeasefire: { median: number | null; n: number; events: number };
  distributions: Record<string, { n: number; p05: number; p50: number; p95: number }>;
}

let rows: Record<string, string>[] = [];
let stats: Stats;
const DAYS = 200;

beforeAll(async () => {
  const out = tempDir();
  const result = await brink(['ensemble', 'scenarios/durand-line-2025.yaml', '--runs', '400', '--days', String(DAYS), '--seed', 'recompute', '--out', out, '--quiet', '--workers', '2']);
  expect(result.code).toBe(0);
  const [folder] = readdirSync(join(out, 'durand-line-2025'));
  const dir = join(out, 'durand-line-2025', folder!);
  const [header, ...lines] = readFileSync(join(dir, 'outcomes.csv'), 'utf8').trimEnd().split('\n');
  const columns = header!.split(',');
  rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, n) => [columns[n]!, cell])));
  stats = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')).statistics as Stats;
});

const numbers = (values: string[]) => values.filter((v) => v !== '').map(Number).sort((a, b) => a - b);
const listed = (column: string) => numbers(rows.flatMap((r) => r[column]!.split(' ')));

function expectQuantiles(name: string, sorted: number[], tolerance = 0) {
  const d = stats.distributions[name]!;
  expect(d.n, name).toBe(sorted.length);
  for (const [p, key] of [[0.05, 'p05'], [0.5, 'p50'], [0.95, 'p95']] as const) {
    const expected = quantileSorted(sorted, p);
    if (tolerance === 0) expect(d[key], `${name} ${key}`).toBeCloseTo(expected, 6);
    else expect(Math.abs(d[key] - expected) / expected, `${name} ${key}`).toBeLessThan(tolerance);
  }
}

describe('statistics recomputed from outcomes.csv', () => {
  it('final-state and rung probabilities with Wilson intervals', () => {
    const n = rows.length;
    const z = 1.959963984540054;
    const wilson = (k: number) => {
      const p = k / n;
      const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
      const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
      return [Math.max(0, centre - half), Math.min(1, centre + half)];
    };
    const check = (outcome: string, k: number) => {
      const row = stats.probabilities.find((p) => p.outcome === outcome)!;
      expect(row.k, outcome).toBe(k);
      expect(row.n).toBe(n);
      const [lower, upper] = wilson(k);
      expect(row.lower).toBeCloseTo(lower!, 6);
      expect(row.upper).toBeCloseTo(upper!, 6);
    };
    for (const state of ['agreement', 'ceasefire', 'war', 'fizzled', 'conflict']) check(`final:${state}`, rows.filter((r) => r.finalState === state).length);
    for (const rung of [6, 7, 8]) check(`reached:${rung}`, rows.filter((r) => Number(r.peakRung) >= rung).length);
    check('ceasefire:by30', rows.filter((r) => r.ceasefireDay !== '' && Number(r.ceasefireDay) <= 30).length);
    check('bouts:recur', rows.filter((r) => Number(r.bouts) >= 2).length);
    const peaks = (r: Record<string, string>) => (r.boutPeaks === '' ? [] : r.boutPeaks!.split(' ').map(Number));
    check('bouts:climb', rows.filter((r) => peaks(r).slice(1).some((peak) => peak > peaks(r)[0]!)).length);
  });

  it('medians and 5/95% of the run outcomes', () => {
    expectQuantiles('peakRung', numbers(rows.map((r) => r.peakRung!)));
    expectQuantiles('t0ToPeak', numbers(rows.map((r) => r.peakDay!)));
    expectQuantiles('t0ToCeasefire', numbers(rows.filter((r) => r.ceasefireDay !== '' && r.firstKineticDay !== '').map((r) => String(Math.max(0, Number(r.ceasefireDay) - Number(r.firstKineticDay))))));
    expectQuantiles('bouts', numbers(rows.map((r) => r.bouts!)));
    expectQuantiles('boutLength', listed('boutLengths'));
    expectQuantiles('borderClosedDays', numbers(rows.map((r) => r.borderClosedDays!)));
    for (const state of ['afghanistan', 'pakistan']) {
      for (const column of ['trueDeaths', 'claimedByEnemy', 'admitted']) {
        const sorted = numbers(rows.map((r) => r[`${state}_${column}`]!));
        // Exact below 4,096 deaths; geometric bins (±0.8%) above.
        expectQuantiles(`${state}.${column}`, sorted, sorted.at(-1)! < 4096 ? 0 : 0.01);
      }
      const ratios = rows
        .filter((r) => Number(r[`${state}_trueDeaths`]) > 0)
        .map((r) => Number(r[`${state}_claimedByEnemy`]) / Number(r[`${state}_trueDeaths`]))
        .sort((a, b) => a - b);
      expectQuantiles(`${state}.claimRatio`, ratios, 0.01);
    }
  });

  it('the Kaplan–Meier median time to ceasefire from T0', () => {
    const subjects = rows
      .filter((r) => r.firstKineticDay !== '')
      .map((r) => {
        const t0 = Number(r.firstKineticDay);
        return r.ceasefireDay === ''
          ? { t: DAYS - 1 - t0, event: false }
          : { t: Math.max(0, Number(r.ceasefireDay) - t0), event: true };
      });
    let survival = 1;
    let median: number | null = null;
    const times = [...new Set(subjects.map((s) => s.t))].sort((a, b) => a - b);
    for (const t of times) {
      const atRisk = subjects.filter((s) => s.t >= t).length;
      const events = subjects.filter((s) => s.t === t && s.event).length;
      survival *= 1 - events / atRisk;
      if (median === null && survival <= 0.5) median = t;
    }
    expect(stats.timeToCeasefire.n).toBe(subjects.length);
    expect(stats.timeToCeasefire.events).toBe(subjects.filter((s) => s.event).length);
    expect(stats.timeToCeasefire.median).toBe(median);
  });
});
