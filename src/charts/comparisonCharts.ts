/**
 * Chart 7, comparison (for `brink compare` and `brink diff`): two trajectories or two fan
 * charts overlaid, and a chart of paired differences with their intervals.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { RunResult } from '../model/index.js';
import type { ModelParams } from '../model/types.js';
import type { EnsembleSummary } from '../stats/index.js';
import { asSpec, dayAxisTitle, frame, rungAxis, rungScale, type ChartMeta } from './frame.js';
import { rungRows } from './runData.js';
import { WIDTH } from './theme.js';

export interface Labelled<T> {
  readonly label: string;
  readonly value: T;
}

const SERIES_COLORS = ['#1b7837', '#762a83'] as const;

export interface ComparisonTrajectoryOptions {
  /** Show the legend naming the two runs (default true; colour and dash merge into one legend). */
  readonly legend?: boolean;
  /** Marks the first day the runs differ with a vertical rule. */
  readonly firstDifferenceDay?: number;
}

/** Two single runs (e.g. two seeds) overlaid: one panel per state, one line per run. */
export function comparisonTrajectoryChart(
  params: ModelParams,
  a: Labelled<RunResult>,
  b: Labelled<RunResult>,
  meta: ChartMeta,
  options: ComparisonTrajectoryOptions = {},
): TopLevelSpec {
  const rows = [...rungRows(params, a.value, a.label), ...rungRows(params, b.value, b.label)];
  const labels = [a.label, b.label];
  const marked = options.firstDifferenceDay;
  const dash = { domain: labels, range: [[1, 0], [5, 3]] };
  const x = { field: 'day', type: 'quantitative', title: dayAxisTitle(meta), scale: { domain: [0, params.days] } };
  const line = (state: { id: string }) => ({
    mark: { type: 'line', interpolate: 'step-after', strokeWidth: 1.6 },
    encoding: {
      x,
      y: { field: 'rung', type: 'quantitative', title: 'rung', scale: rungScale(params.ladder), axis: rungAxis(params.ladder) },
      color: {
        field: 'series',
        type: 'nominal',
        title: 'run',
        scale: { domain: labels, range: [...SERIES_COLORS] },
        ...(options.legend !== false ? { legend: { labelLimit: 400 } } : {}),
      },
      strokeDash: options.legend !== false ? { field: 'series', type: 'nominal', title: 'run', scale: dash } : { field: 'series', type: 'nominal', legend: null, scale: dash },
      tooltip: [
        { field: 'series', type: 'nominal', title: 'run' },
        { field: 'day', type: 'quantitative', title: 'day' },
        { field: 'rungName', type: 'nominal', title: `${state.id} rung` },
      ],
    },
  });
  const rule = {
    data: { values: [{ day: marked, label: `first difference: day ${marked}` }] },
    mark: { type: 'rule', color: '#444444', strokeDash: [2, 2] },
    encoding: { x, tooltip: [{ field: 'label', type: 'nominal', title: 'marker' }] },
  };
  return asSpec({
    ...frame(meta, `Two runs compared: ${a.label} vs ${b.label}`, marked === undefined ? undefined : `dotted line: first day the runs differ (day ${marked})`),
    data: { values: rows },
    vconcat: params.states.map((state) => ({
      width: WIDTH,
      height: 180,
      title: `${state.id}`,
      transform: [{ filter: { field: 'state', equal: state.id } }],
      ...(marked === undefined ? line(state) : { layer: [line(state), rule] }),
    })),
  });
}

export interface ComparisonFanOptions {
  /**
   * The line drawn over each 50% band: the median rung (default) or the mean rung. Over many
   * runs the mean moves smoothly where the median jumps between whole rungs, so two
   * ensembles' lines are easier to tell apart.
   */
  readonly centre?: 'median' | 'mean';
}

/** Two ensembles overlaid: per state, each ensemble's median (or mean) rung and 50% band. */
export function comparisonFanChart(
  params: ModelParams,
  a: Labelled<EnsembleSummary>,
  b: Labelled<EnsembleSummary>,
  meta: ChartMeta,
  options: ComparisonFanOptions = {},
): TopLevelSpec {
  const mean = options.centre === 'mean';
  const labels = [a.label, b.label];
  const rows = [a, b].flatMap(({ label, value }) =>
    value.bands
      .filter((band) => band.measure === 'rung')
      .map((band) => ({ series: label, day: band.day, state: band.state, p25: band.p25, p50: band.p50, p75: band.p75, ...(mean ? { mean: band.mean } : {}) })),
  );
  const centre = mean ? { field: 'mean', title: 'mean rung' } : { field: 'p50', title: 'median rung' };
  const color = { field: 'series', type: 'nominal', title: 'scenario', scale: { domain: labels, range: [...SERIES_COLORS] } };
  const x = { field: 'day', type: 'quantitative', title: dayAxisTitle(meta), scale: { domain: [0, params.days] } };
  const y = { type: 'quantitative', title: 'rung', scale: rungScale(params.ladder), axis: rungAxis(params.ladder) };
  return asSpec({
    ...frame(meta, `Two ensembles compared: ${centre.title} and 50% band, ${a.label} vs ${b.label}`),
    data: { values: rows },
    vconcat: params.states.map((state) => ({
      width: WIDTH,
      height: 200,
      title: state.id,
      transform: [{ filter: { field: 'state', equal: state.id } }],
      layer: [
        { mark: { type: 'area', opacity: mean ? 0.15 : 0.25, interpolate: 'step-after' }, encoding: { x, y: { ...y, field: 'p25' }, y2: { field: 'p75' }, color } },
        {
          mark: { type: 'line', strokeWidth: 2, interpolate: 'step-after' },
          encoding: {
            x,
            y: { ...y, field: centre.field },
            color,
            tooltip: [
              { field: 'series', type: 'nominal', title: 'scenario' },
              { field: 'day', type: 'quantitative', title: 'day' },
              { field: centre.field, type: 'quantitative', title: centre.title, format: '.1f' },
              ...(mean ? [{ field: 'p25', type: 'quantitative', title: '25%' }, { field: 'p75', type: 'quantitative', title: '75%' }] : []),
            ],
          },
        },
      ],
    })),
  });
}

export interface PairedDifference {
  readonly outcome: string;
  readonly difference: number;
  readonly lower: number;
  readonly upper: number;
}

export interface PairedDifferenceOptions {
  /** What the differences are measured in, named in the axis title (e.g. `percentage points`). */
  readonly unit?: string;
  /** A title naming what this chart's outcomes have in common, instead of the general one. */
  readonly title?: string;
}

/** Paired differences B − A per outcome, with their 95% intervals and a rule at zero. */
export function pairedDifferenceChart(
  rows: readonly PairedDifference[],
  labels: readonly [string, string],
  meta: ChartMeta,
  options: PairedDifferenceOptions = {},
): TopLevelSpec {
  const y = { field: 'outcome', type: 'nominal', title: null, sort: null, axis: { labelLimit: 300 } };
  const measured = options.unit === undefined ? 'paired difference' : `paired difference in ${options.unit}`;
  const x = { type: 'quantitative', title: `${measured}, ${labels[1]} − ${labels[0]} (95% interval)` };
  return asSpec({
    ...frame(meta, options.title ?? `What changed: ${labels[1]} minus ${labels[0]}, run by run`),
    width: 460,
    height: { step: 26 },
    data: { values: rows },
    layer: [
      { mark: { type: 'rule', strokeWidth: 2, color: '#444444' }, encoding: { y, x: { ...x, field: 'lower' }, x2: { field: 'upper' } } },
      {
        mark: { type: 'point', filled: true, size: 70, color: '#762a83' },
        encoding: {
          y,
          x: { ...x, field: 'difference' },
          tooltip: [
            { field: 'outcome', type: 'nominal', title: 'outcome' },
            { field: 'difference', type: 'quantitative', title: 'difference', format: '.3f' },
            { field: 'lower', type: 'quantitative', title: '95% lower', format: '.3f' },
            { field: 'upper', type: 'quantitative', title: '95% upper', format: '.3f' },
          ],
        },
      },
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', strokeDash: [4, 4], color: '#999999' }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
    ],
  });
}

/**
 * Two ensembles' daily probabilities overlaid: a ceasefire (or agreement) in force, and some
 * state at a kinetic rung. What a mediation changes shows here first.
 */
export function comparisonDailyChart(params: ModelParams, a: Labelled<EnsembleSummary>, b: Labelled<EnsembleSummary>, meta: ChartMeta): TopLevelSpec {
  const labels = [a.label, b.label];
  const measures = [
    { key: 'pCeasefire', title: 'P(ceasefire or agreement in force)' },
    { key: 'pKinetic', title: `P(some state at a kinetic rung, ≥ ${params.ladder.thresholds.kinetic})` },
  ] as const;
  const rows = [a, b].flatMap(({ label, value }) =>
    value.daily.flatMap((d) => measures.map((m) => ({ series: label, day: d.day, measure: m.title, p: d[m.key] }))),
  );
  const color = { field: 'series', type: 'nominal', title: 'scenario', scale: { domain: labels, range: [...SERIES_COLORS] } };
  return asSpec({
    ...frame(meta, `Day by day: ${a.label} vs ${b.label}`),
    data: { values: rows },
    vconcat: measures.map((m) => ({
      width: WIDTH,
      height: 150,
      title: m.title,
      transform: [{ filter: { field: 'measure', equal: m.title } }],
      mark: { type: 'line', interpolate: 'step-after', strokeWidth: 1.8 },
      encoding: {
        x: { field: 'day', type: 'quantitative', title: dayAxisTitle(meta), scale: { domain: [0, params.days] } },
        y: { field: 'p', type: 'quantitative', title: 'share of runs', scale: { domain: [0, 1] }, axis: { format: '.0%' } },
        color,
        // The same title as colour, so the two merge into one legend showing both.
        strokeDash: { field: 'series', type: 'nominal', title: 'scenario', scale: { domain: labels, range: [[1, 0], [5, 3]] } },
        tooltip: [
          { field: 'series', type: 'nominal', title: 'scenario' },
          { field: 'day', type: 'quantitative', title: 'day' },
          { field: 'p', type: 'quantitative', title: m.title, format: '.1%' },
        ],
      },
    })),
  });
}
