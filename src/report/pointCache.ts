/**
 * The sweep point cache: `<out>/<scenario>/.cache/points/<key>.json`, one file per finished
 * design point, written atomically as each point completes. A rerun of an interrupted sweep
 * (or a sweep that shares points with an earlier one) takes finished points from here and
 * runs only the rest. The key is a content hash of everything a point's result depends on, so
 * an entry can never be used for a different point.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelParams } from '../model/types.js';
import { contentHash } from '../scenarios/index.js';
import type { PointStatistics } from '../stats/index.js';
import { writeFileAtomically } from './atomicFolder.js';
import { provenance } from './provenance.js';

/** Bumped whenever what a point keeps, or how it is computed, changes. */
export const POINT_FORMAT = 'brink-sweep-point/1';

/** sha256 of (format, tool version, the point's resolved parameters incl. days, seed, runs). */
export function pointKey(params: ModelParams, seed: string, runs: number): string {
  return contentHash({ format: POINT_FORMAT, tool: provenance().version, params, seed, runs });
}

export function pointCacheFolder(outRoot: string, scenarioName: string): string {
  return join(outRoot, scenarioName, '.cache', 'points');
}

/** A cached point's statistics, or undefined when absent or unreadable (then it is simply run again). */
export function readCachedPoint(folder: string, key: string): PointStatistics | undefined {
  const file = join(folder, `${key}.json`);
  if (!existsSync(file)) return undefined;
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { format?: string; key?: string; statistics?: PointStatistics };
    if (entry.format !== POINT_FORMAT || entry.key !== key || typeof entry.statistics?.runs !== 'number') return undefined;
    return entry.statistics;
  } catch {
    return undefined;
  }
}

export function writeCachedPoint(folder: string, key: string, statistics: PointStatistics): void {
  writeFileAtomically(join(folder, `${key}.json`), `${JSON.stringify({ format: POINT_FORMAT, key, statistics })}\n`);
}
