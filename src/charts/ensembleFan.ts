/**
 * Chart 2, ensemble fan chart: median rung per day per state with 50% and 90% bands and a few
 * sample runs drawn thin (run index and seed in the tooltip); the same for intensity; and the
 * probability that some state is at a kinetic rung, per day.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { RunResult } from '../model/index.js';
import type { ModelParams } from '../model/types.js';
import type { EnsembleSummary } from '../stats/index.js';
import { asSpec, dayAxisTitle, frame, rungAxis, rungScale, type ChartMeta } from './frame.js';
import { rungChangeRows } from './runData.js';
import { STATE_COLORS, WIDTH } from './theme.js';

/** How many sample trajectories a fan chart draws. */
export const FAN_SAMPLES = 5;

function fanPanel(params: ModelParams, summary: EnsembleSummary, measure: 'rung' | 'intensity', meta: ChartMeta, samples: readonly RunResult[]) {
  const stateIds = params.states.map((s) => s.id);
  const color = { field: 'state', type: 'nominal', title: 'state', scale: { domain: stateIds, range: [...STATE_COLORS] } };
  const x = { field: 'day', type: 'quantitative', title: dayAxisTitle(meta), scale: { domain: [0, params.days] } };
  const rows = summary.bands.filter((b) => b.measure === measure).map((b) => ({ day: b.day, state: b.state, p05: b.p05, p25: b.p25, p50: b.p50, p75: b.p75, p95: b.p95 }));
  const y =
    measure === 'rung'
      ? { type: 'quantitative', title: 'escalation rung', scale: rungScale(params.ladder), axis: rungAxis(params.ladder) }
      : { type: 'quantitative', title: 'intensity (0–10)', scale: { domain: [0, 10] } };
  const tooltip = [
    { field: 'day', type: 'quantitative', title: 'day' },
    { field: 'state', type: 'nominal', title: 'state' },
    { field: 'p05', type: 'quantitative', title: '5%', format: '.2f' },
    { field: 'p25', type: 'quantitative', title: '25%', format: '.2f' },
    { field: 'p50', type: 'quantitative', title: 'median', format: '.2f' },
    { field: 'p75', type: 'quantitative', title: '75%', format: '.2f' },
    { field: 'p95', type: 'quantitative', title: '95%', format: '.2f' },
  ];
  const layers: object[] = [
    { mark: { type: 'area', opacity: 0.15, interpolate: 'step-after' }, encoding: { x, y: { ...y, field: 'p05' }, y2: { field: 'p95' }, color } },
    { mark: { type: 'area', opacity: 0.3, interpolate: 'step-after' }, encoding: { x, y: { ...y, field: 'p25' }, y2: { field: 'p75' }, color } },
    { mark: { type: 'line', strokeWidth: 2, interpolate: 'step-after' }, encoding: { x, y: { ...y, field: 'p50' }, color, tooltip } },
  ];
  if (measure === 'rung' && samples.length > 0) {
    layers.push({
      data: { values: samples.flatMap((run) => rungChangeRows(params, run).map((row) => ({ ...row, runIndex: run.runIndex, seed: run.seed }))) },
      mark: { type: 'line', strokeWidth: 0.6, opacity: 0.4, interpolate: 'step-after' },
      encoding: {
        x,
        y: { ...y, field: 'rung' },
        color,
        detail: { field: 'runIndex', type: 'nominal' },
        tooltip: [
          { field: 'runIndex', type: 'nominal', title: 'run' },
          { field: 'seed', type: 'nominal', title: 'seed' },
          { field: 'state', type: 'nominal', title: 'state' },
          { field: 'day', type: 'quantitative', title: 'day' },
          { field: 'rungName', type: 'nominal', title: 'rung' },
        ],
      },
    });
  }
  return {
    width: WIDTH,
    height: measure === 'rung' ? 260 : 150,
    title: measure === 'rung' ? `Rung: median, 50% and 90% bands${samples.length > 0 ? `, ${samples.length} sample runs` : ''}` : 'Intensity: median, 50% and 90% bands',
    data: { values: rows },
    layer: layers,
  };
}

export function ensembleFanChart(params: ModelParams, summary: EnsembleSummary, meta: ChartMeta, samples: readonly RunResult[] = []): TopLevelSpec {
  const stateIds = params.states.map((s) => s.id);
  const kinetic = summary.daily.map((d) => ({ day: d.day, pKinetic: d.pKinetic }));
  return asSpec({
    ...frame(meta, `Escalation across ${summary.runs.toLocaleString('en-US')} runs: ${stateIds.join(' and ')} per day`),
    vconcat: [
      fanPanel(params, summary, 'rung', meta, samples),
      fanPanel(params, summary, 'intensity', meta, []),
      {
        width: WIDTH,
        height: 110,
        title: `P(some state at a kinetic rung, ≥ ${params.ladder.thresholds.kinetic})`,
        data: { values: kinetic },
        mark: { type: 'area', interpolate: 'step-after', opacity: 0.6, color: '#555555', line: true },
        encoding: {
          x: { field: 'day', type: 'quantitative', title: dayAxisTitle(meta), scale: { domain: [0, params.days] } },
          y: { field: 'pKinetic', type: 'quantitative', title: 'probability', scale: { domain: [0, 1] }, axis: { format: '.0%' } },
          tooltip: [
            { field: 'day', type: 'quantitative', title: 'day' },
            { field: 'pKinetic', type: 'quantitative', title: 'P(kinetic)', format: '.1%' },
          ],
        },
      },
    ],
  });
}
