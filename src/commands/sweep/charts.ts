/**
 * Which charts a sweep folder gets, by design and number of parameters, for each outcome
 * chosen with `--outcome`:
 *   one parameter, grid        a line per outcome with its interval band (probabilities share one chart)
 *   two parameters, grid       a heatmap per outcome, each cell with its value and interval
 *   otherwise (LHS, Sobol', grids of 3+ parameters)
 *                              one panel per parameter: the outcome at every point against it
 *   Sobol'                     first, the indices of each outcome as bars with bootstrap intervals
 */
import { sobolIndicesChart, sweepEffectsChart, sweepHeatmap, sweepLineChart, type ChartMeta } from '../../charts/index.js';
import type { ModelParams } from '../../model/types.js';
import type { ReportChart } from '../../render/htmlReport.js';
import { describeParameter } from '../../scenarios/index.js';
import { gridLevels } from '../../sim/design/gridLevels.js';
import { describeOutcome, isCountedOutcome, outcomeValue, wilsonInterval } from '../../stats/index.js';
import type { SobolOutcome } from './sobol.js';
import type { SweepDefinition, SweepPointRecord } from './records.js';

/** The design in words, for the second subtitle line of every sweep chart. */
export function designSubtitle(definition: SweepDefinition, runs: number): string {
  const same = `${runs.toLocaleString('en-US')} runs at each, the same run indices at every point`;
  const points = definition.points.toLocaleString('en-US');
  if (definition.design.kind === 'grid') {
    const levels = definition.parameters.map((p) => gridLevels(p).length);
    return `grid of ${points} points${levels.length > 1 ? ` (${levels.join(' × ')})` : ''}, ${same}`;
  }
  if (definition.design.kind === 'lhs') return `Latin hypercube of ${points} points, ${same}`;
  return `Saltelli design: N = ${definition.design.samples} base samples, ${points} points, ${same}`;
}

/**
 * An axis title for a parameter: its path and, from the schema, what it means, wrapped into
 * lines of at most `width` characters (vertical axes are short).
 */
export function parameterTitle(path: string, width = 80): string[] {
  const description = describeParameter(path);
  if (description === undefined) return [path];
  const lines = [path];
  let line = '(';
  for (const word of `${description})`.split(' ')) {
    if (line.length > 1 && line.length + 1 + word.length > width) {
      // A short word ("1", "a") reads better at the start of the next line than dangling.
      const last = line.lastIndexOf(' ');
      const dangling = last > 0 && line.length - last - 1 <= 2;
      lines.push(dangling ? line.slice(0, last) : line);
      line = dangling ? `${line.slice(last + 1)} ${word}` : word;
    } else {
      line = line === '(' ? `(${word}` : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.length === 2 && lines[0]!.length + lines[1]!.length + 1 <= width ? [`${lines[0]} ${lines[1]}`] : lines;
}

interface OutcomePoint {
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

function outcomeAt(record: SweepPointRecord, outcome: string): OutcomePoint {
  const value = outcomeValue(record.statistics, outcome);
  if (!isCountedOutcome(outcome)) return { value, lower: null, upper: null };
  const w = wilsonInterval(record.statistics.counts[outcome]!, record.statistics.runs);
  return { value, lower: w.lower, upper: w.upper };
}

export function sweepCharts(
  params: ModelParams,
  definition: SweepDefinition,
  records: readonly SweepPointRecord[],
  sobol: readonly SobolOutcome[] | undefined,
  outcomes: readonly string[],
  runs: number,
  meta: ChartMeta,
): ReportChart[] {
  const subtitle = designSubtitle(definition, runs);
  const paths = definition.parameters.map((p) => p.path);
  const charts: ReportChart[] = [];
  for (const outcome of sobol === undefined ? [] : outcomes) {
    const result = sobol?.find((s) => s.outcome === outcome);
    if (result === undefined) continue;
    const rows = result.indices.flatMap((r) => [
      { parameter: r.parameter, index: 'first-order (S1)' as const, ...r.first },
      { parameter: r.parameter, index: 'total (ST)' as const, ...r.total },
    ]);
    const { description } = describeOutcome(outcome, params);
    charts.push({ name: `sobol-${outcome}`, spec: sobolIndicesChart(rows, { outcome, description, subtitle: `${subtitle}; 95% bootstrap intervals`, parameters: paths }, meta) });
  }
  if (definition.design.kind === 'grid' && paths.length === 1) charts.push(...lineCharts(params, definition, records, outcomes, subtitle, meta));
  else if (definition.design.kind === 'grid' && paths.length === 2) charts.push(...heatmaps(params, definition, records, outcomes, subtitle, meta));
  else charts.push(...effectsCharts(params, definition, records, outcomes, subtitle, meta));
  return charts;
}

function lineCharts(params: ModelParams, definition: SweepDefinition, records: readonly SweepPointRecord[], outcomes: readonly string[], subtitle: string, meta: ChartMeta): ReportChart[] {
  const { path, integer } = definition.parameters[0]!;
  const rowsOf = (names: readonly string[]) =>
    records.flatMap((record) => names.map((outcome) => ({ x: record.values[0]!, outcome: describeOutcome(outcome, params).label, ...outcomeAt(record, outcome), runs: record.statistics.runs, point: record.point })));
  const counted = outcomes.filter(isCountedOutcome);
  const charts: ReportChart[] = [];
  if (counted.length > 0) {
    const title = `${counted.length === 1 ? describeOutcome(counted[0]!, params).label : 'Outcome probabilities'} over ${path}, with 95% Wilson intervals`;
    charts.push({ name: 'line-probabilities', spec: sweepLineChart(rowsOf(counted), { parameter: path, xTitle: parameterTitle(path), yTitle: 'probability (line), 95% Wilson interval (band)', probability: true, integer, title, subtitle }, meta) });
  }
  for (const outcome of outcomes.filter((o) => !isCountedOutcome(o))) {
    const { label } = describeOutcome(outcome, params);
    charts.push({ name: `line-${outcome}`, spec: sweepLineChart(rowsOf([outcome]), { parameter: path, xTitle: parameterTitle(path), yTitle: label, probability: false, integer, title: `${label} over ${path}`, subtitle }, meta) });
  }
  return charts;
}

function heatmaps(params: ModelParams, definition: SweepDefinition, records: readonly SweepPointRecord[], outcomes: readonly string[], subtitle: string, meta: ChartMeta): ReportChart[] {
  const [px, py] = definition.parameters;
  return outcomes.map((outcome) => {
    const probability = isCountedOutcome(outcome);
    const { label, unit } = describeOutcome(outcome, params);
    const cells = records
      .map((record) => ({ record, at: outcomeAt(record, outcome) }))
      .filter(({ at }) => at.value !== null)
      .map(({ record, at }) => ({ x: record.values[0]!, y: record.values[1]!, p: at.value!, lower: at.lower ?? at.value!, upper: at.upper ?? at.value!, runs: record.statistics.runs }));
    const spec = sweepHeatmap(cells, { x: px!.path, y: py!.path, outcome: label }, meta, {
      subtitle: probability ? `${subtitle}; cells: estimate and 95% Wilson interval` : subtitle,
      xTitle: parameterTitle(px!.path),
      yTitle: parameterTitle(py!.path, 40),
      showIntervals: probability,
      probability,
      legendTitle: probability ? label : unit,
    });
    return { name: `heatmap-${outcome}`, spec };
  });
}

function effectsCharts(params: ModelParams, definition: SweepDefinition, records: readonly SweepPointRecord[], outcomes: readonly string[], subtitle: string, meta: ChartMeta): ReportChart[] {
  const paths = definition.parameters.map((p) => p.path);
  return outcomes.map((outcome) => {
    const probability = isCountedOutcome(outcome);
    const { label } = describeOutcome(outcome, params);
    const rows = records.flatMap((record) => paths.map((parameter, i) => ({ parameter, x: record.values[i]!, ...outcomeAt(record, outcome), point: record.point, runs: record.statistics.runs })));
    const yTitle = probability ? `${label} (point), 95% Wilson interval (rule)` : label;
    const panels = definition.parameters.map((p) => ({ path: p.path, title: parameterTitle(p.path, 48), integer: p.integer }));
    return { name: `effects-${outcome}`, spec: sweepEffectsChart(rows, { outcome: label, yTitle, probability, title: `${label} against each parameter`, subtitle, panels }, meta) };
  });
}
