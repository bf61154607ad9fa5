/**
 * Which points of a sweep must run: those not in the point cache, each distinct parameter set
 * once (rounded whole numbers can make two points identical). Completed points are cached as
 * they come in and recorded for every design point that shares their parameters.
 */
import type { ModelParams } from '../../model/types.js';
import type { SweepPointTask } from '../../sim/runSweepPoints.js';
import type { PointStatistics } from '../../stats/index.js';
import { pointCache, pointKey, validPoint } from './pointCache.js';
import type { ResultCache } from '../../report/resultCache.js';
import type { SweepPointRecord } from './records.js';

export interface PlannedPoint {
  readonly point: number;
  readonly params: ModelParams;
  /** The swept parameters' values at the point. */
  readonly values: readonly number[];
}

export class PointPlan {
  /** Points taken from the cache. */
  readonly reused: number;
  /** What to run: one task per distinct uncached parameter set. */
  readonly tasks: readonly SweepPointTask[];
  private readonly records = new Map<number, SweepPointRecord>();
  private readonly waiting = new Map<string, PlannedPoint[]>();
  private readonly keys = new Map<number, string>();
  private readonly cache: ResultCache<PointStatistics>;

  constructor(
    points: readonly PlannedPoint[],
    cacheFolder: string,
    seed: string,
    runs: number,
    /** false (`--no-cache`): run every point, reading no entry. */
    reuse = true,
  ) {
    this.cache = pointCache(cacheFolder, reuse);
    const tasks: SweepPointTask[] = [];
    let reused = 0;
    for (const planned of points) {
      const key = pointKey(planned.params, seed, runs);
      const cached = this.cache.get(key, validPoint(planned.params, runs));
      if (cached !== undefined) {
        this.records.set(planned.point, { point: planned.point, key, values: planned.values, statistics: cached });
        reused += 1;
      } else if (this.waiting.has(key)) {
        this.waiting.get(key)!.push(planned);
      } else {
        this.waiting.set(key, [planned]);
        this.keys.set(planned.point, key);
        tasks.push({ point: planned.point, params: planned.params });
      }
    }
    this.reused = reused;
    this.tasks = tasks;
  }

  /** A task's statistics: cached at once (a later Ctrl-C keeps it), recorded for every point that shares it. */
  complete(task: SweepPointTask, statistics: PointStatistics): void {
    const key = this.keys.get(task.point)!;
    this.cache.set(key, statistics);
    for (const planned of this.waiting.get(key)!) this.records.set(planned.point, { point: planned.point, key, values: planned.values, statistics });
  }

  /** Every point's record, in point order (call once all tasks are complete). */
  results(): SweepPointRecord[] {
    return [...this.records.keys()].sort((a, b) => a - b).map((p) => this.records.get(p)!);
  }
}
