/** The tables of a sweep folder's index.html: the design, Sobol' indices, and the points. */
import type { ModelParams } from '../../model/types.js';
import type { ReportTable } from '../../render/htmlReport.js';
import { gridLevels } from '../../sim/design/gridLevels.js';
import { describeOutcome, isCountedOutcome, outcomeValue, wilsonInterval } from '../../stats/index.js';
import type { SobolOutcome } from './sobol.js';
import type { SweepDefinition, SweepPointRecord } from './records.js';

/** Points shown in the page; points.csv has them all. */
export const POINTS_SHOWN = 200;

const num = (x: number | null) => (x === null ? '–' : String(Math.round(x * 1000) / 1000));
const pct = (p: number | null) => (p === null ? '–' : `${(100 * p).toFixed(1)}%`);

/** An outcome at a point as a person reads it: "31.0% [25.0%, 37.7%]", or a plain number. */
export function formatOutcome(record: SweepPointRecord, outcome: string): string {
  if (!isCountedOutcome(outcome)) return num(outcomeValue(record.statistics, outcome));
  const w = wilsonInterval(record.statistics.counts[outcome]!, record.statistics.runs);
  return `${pct(w.p)} [${pct(w.lower)}, ${pct(w.upper)}]`;
}

export function sweepTables(
  params: ModelParams,
  definition: SweepDefinition,
  records: readonly SweepPointRecord[],
  sobol: readonly SobolOutcome[] | undefined,
  outcomes: readonly string[],
): ReportTable[] {
  const tables: ReportTable[] = [
    {
      heading: `Design: ${definition.design.kind}, ${definition.points} points${definition.design.samples === undefined ? '' : ` (--samples ${definition.design.samples})`}`,
      columns: ['parameter', 'from', 'to', definition.design.kind === 'grid' ? 'levels' : 'sampled', 'whole numbers'],
      rows: definition.parameters.map((p) => [
        p.path,
        num(p.from),
        num(p.to),
        definition.design.kind === 'grid' ? gridLevels(p).map(num).join(', ') : 'over the range',
        p.integer ? 'yes' : 'no',
      ]),
    },
  ];
  for (const outcome of outcomes) {
    const result = sobol?.find((s) => s.outcome === outcome);
    if (result === undefined) continue;
    tables.push({
      heading: `Sobol' indices of ${outcome} (${describeOutcome(outcome, params).description}), 95% bootstrap intervals`,
      columns: ['parameter', 'first-order S1', '95% interval', 'total ST', '95% interval'],
      rows: result.indices.map((r) => [r.parameter, num(r.first.estimate), `${num(r.first.lower)} – ${num(r.first.upper)}`, num(r.total.estimate), `${num(r.total.lower)} – ${num(r.total.upper)}`]),
    });
  }
  const shown = records.slice(0, POINTS_SHOWN);
  tables.push({
    heading: `Points${records.length > shown.length ? ` (the first ${shown.length} of ${records.length}; all in points.csv)` : ''}`,
    columns: ['point', ...definition.parameters.map((p) => p.path), ...outcomes.map((o) => describeOutcome(o, params).label)],
    rows: shown.map((record) => [String(record.point), ...record.values.map(num), ...outcomes.map((o) => formatOutcome(record, o))]),
  });
  return tables;
}
