/** What a sweep folder is written from: the sweep's definition and one record per design point. */
import type { DesignSpec } from '../../sim/design/sweepDesign.js';
import type { SweepParameter } from '../../sim/design/sweepParameter.js';
import type { PointStatistics } from '../../stats/index.js';

export interface SweepDefinition {
  readonly design: DesignSpec;
  readonly parameters: readonly SweepParameter[];
  /** Points in the whole design. */
  readonly points: number;
  readonly sweepHash: string;
}

export interface SweepPointRecord {
  /** Index in the design (design order: grid rows, LHS samples, Saltelli rows). */
  readonly point: number;
  /** The point's cache key (pointCache.ts). */
  readonly key: string;
  /** The value of each swept parameter, in the order of the definition's parameters. */
  readonly values: readonly number[];
  readonly statistics: PointStatistics;
}
