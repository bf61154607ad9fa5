/**
 * A case library's check on one page (`brink check --cases`): the targets chart of every bout
 * (charts/targetsChart.ts: band, simulated value with its interval, observed value, one row per
 * criterion) stacked in bout order, each titled with its dyad, bout and targets met — so which
 * bouts and which facts the one set of mechanisms misses is seen at a glance.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { CheckResult } from '../calibration/checkTargets.js';
import { asSpec, frame, type ChartMeta } from './frame.js';
import { LEGEND, targetsFacet } from './targetsChart.js';

export interface CaseChartEntry {
  /** `dyad / bout`. */
  readonly label: string;
  readonly result: CheckResult;
}

export function casesChart(cases: readonly CaseChartEntry[], meta: ChartMeta, met: { readonly passed: number; readonly total: number }): TopLevelSpec {
  return asSpec({
    ...frame(meta, `Case library: ${met.passed} of ${met.total} targets met in ${cases.length} bouts`, LEGEND),
    spacing: 24,
    vconcat: cases.map(({ label, result }) => ({
      title: { text: `${label}: ${result.passed} of ${result.total} targets met`, anchor: 'start', fontSize: 12 },
      ...targetsFacet(result),
    })),
  });
}
