/**
 * The sweep point cache: `<out>/<scenario>/.cache/points/<key>.json`, one entry per finished
 * design point (a ResultCache). A rerun of an interrupted sweep, or a sweep that shares points
 * with an earlier one, takes finished points from here and runs only the rest. Every entry is
 * checked before it is reused (validPoint): a hand-edited or damaged one is run again.
 */
import { join } from 'node:path';
import type { ModelParams } from '../../model/types.js';
import { COUNTED_OUTCOMES, type PointStatistics } from '../../stats/index.js';
import { ResultCache, type CacheValidator } from '../../report/resultCache.js';

/** Bumped whenever what a point keeps changes (code changes are caught by the code fingerprint). */
export const POINT_FORMAT = 'brink-sweep-point/2';

export function pointCacheFolder(outRoot: string, scenarioName: string): string {
  return join(outRoot, scenarioName, '.cache', 'points');
}

const FINAL_STATES = ['pAgreement', 'pCeasefire', 'pWar', 'pFizzled', 'pConflict'];
const POINT_VALUES = ['medianPeakRung', 'meanPeakRung', 'medianBouts', 'meanBouts', 'meanBoutPeakRung', 'medianBoutGap', 'medianT0ToCeasefire', 'medianBorderClosedDays', 'meanBorderClosedDays'];

const sameKeys = (value: object, names: readonly string[]) => {
  const keys = Object.keys(value).sort();
  return keys.length === names.length && [...names].sort().every((name, i) => keys[i] === name);
};

/**
 * A point's statistics as `pointStatistics` makes them for these parameters and runs: every
 * count a whole number of runs, final states adding up to the runs (each run ends in exactly
 * one), "reached" nested (rung 8 ⊂ ≥ 7 ⊂ ≥ 6), every value null or a finite number ≥ 0.
 */
export function validPoint(params: ModelParams, runs: number): CacheValidator<PointStatistics> {
  const valueNames = [...POINT_VALUES, ...params.states.map((s) => `medianDeaths_${s.id}`), 'meanDeaths'];
  return (value: unknown): value is PointStatistics => {
    const point = value as PointStatistics | null;
    if (typeof point !== 'object' || point === null || point.runs !== runs) return false;
    const { counts, values } = point;
    if (typeof counts !== 'object' || counts === null || typeof values !== 'object' || values === null) return false;
    if (!sameKeys(counts, COUNTED_OUTCOMES.map((o) => o.name)) || !sameKeys(values, valueNames)) return false;
    if (!Object.values(counts).every((k) => Number.isInteger(k) && k >= 0 && k <= runs)) return false;
    if (FINAL_STATES.reduce((sum, name) => sum + counts[name]!, 0) !== runs) return false;
    if (!(counts.pReached8! <= counts.pReached7! && counts.pReached7! <= counts.pReached6!)) return false;
    return Object.values(values).every((v) => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0));
  };
}

export function pointCache(folder: string, reuse = true): ResultCache<PointStatistics> {
  // Every read passes its own validPoint (it needs the point's parameters and runs).
  return new ResultCache(folder, POINT_FORMAT, (_value): _value is PointStatistics => false, reuse);
}

/** The key of a point: its resolved parameters (horizon included), seed and runs. */
export function pointKey(params: ModelParams, seed: string, runs: number): string {
  return pointCache('').key({ params, seed, runs });
}
