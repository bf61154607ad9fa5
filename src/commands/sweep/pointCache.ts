/**
 * The sweep point cache: `<out>/<scenario>/.cache/points/<key>.json`, one entry per finished
 * design point (a ResultCache). A rerun of an interrupted sweep, or a sweep that shares points
 * with an earlier one, takes finished points from here and runs only the rest.
 */
import { join } from 'node:path';
import type { ModelParams } from '../../model/types.js';
import type { PointStatistics } from '../../stats/index.js';
import { ResultCache } from '../../report/resultCache.js';

/** Bumped whenever what a point keeps, or how it is computed, changes. */
export const POINT_FORMAT = 'brink-sweep-point/2';

export function pointCacheFolder(outRoot: string, scenarioName: string): string {
  return join(outRoot, scenarioName, '.cache', 'points');
}

const isPoint = (value: unknown): value is PointStatistics => typeof (value as PointStatistics | null)?.runs === 'number';

export function pointCache(folder: string): ResultCache<PointStatistics> {
  return new ResultCache(folder, POINT_FORMAT, isPoint);
}

/** The key of a point: its resolved parameters (horizon included), seed and runs. */
export function pointKey(params: ModelParams, seed: string, runs: number): string {
  return pointCache('').key({ params, seed, runs });
}
