/**
 * Every chart builder fed with real results of durand-line-2025.yaml at seed "golden": one run,
 * a 200-run ensemble, and the comparison and sweep inputs later commands pass in. Built once per
 * test file; the specs are what the CLI writes for the same inputs.
 */
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import {
  boutsChart,
  comparisonFanChart,
  comparisonTrajectoryChart,
  ensembleFanChart,
  FAN_SAMPLES,
  fogOfWarChart,
  observedClaimRatios,
  pairedDifferenceChart,
  peakRungChart,
  probabilityChart,
  runTrajectoryChart,
  rungOccupancyChart,
  survivalChart,
  sweepHeatmap,
  type ChartMeta,
} from '../../src/charts/index.js';
import { simulateRun } from '../../src/model/index.js';
import { loadScenario, loadTargets } from '../../src/scenarios/index.js';
import { runEnsemble } from '../../src/sim/runEnsemble.js';
import { summarizeEnsemble } from '../../src/stats/index.js';
import { DURAND, ROOT } from './scenarios.js';

/** The targets file whose chartObservations the ensemble charts mark (the October 2025 bout). */
const OCT_2025 = join(ROOT, 'scenarios', 'targets', 'oct-2025.yaml');

export const CHART_SEED = 'golden';
export const CHART_RUNS = 200;

const META: ChartMeta = { toolVersion: 'test', scenario: 'durand-line-2025', scenarioHash: 'test-hash', seed: CHART_SEED, runs: CHART_RUNS, startDate: '2025-10-09' };

/** name → spec, for every builder in src/charts. */
export async function allChartSpecs(): Promise<Record<string, TopLevelSpec>> {
  const { params } = loadScenario(DURAND);
  const quiet = loadScenario(DURAND, { set: ['spoilers.ttp.hazard=0.02'] }).params;
  const run = simulateRun(params, CHART_SEED, 0);
  const other = simulateRun(params, 'other', 0);
  const { tallies } = await runEnsemble(params, { seed: CHART_SEED, runs: CHART_RUNS, workers: 1 });
  const summary = summarizeEnsemble(params, tallies);
  const quietSummary = summarizeEnsemble(quiet, (await runEnsemble(quiet, { seed: CHART_SEED, runs: CHART_RUNS, workers: 1 })).tallies);
  const samples = Array.from({ length: FAN_SAMPLES }, (_, k) => simulateRun(params, CHART_SEED, k, { recordEvents: false }));
  const runMeta = { ...META, runs: 1, runIndex: 0 };
  return {
    trajectory: runTrajectoryChart(params, run, runMeta),
    fan: ensembleFanChart(params, summary, META, samples),
    'time-to-ceasefire': survivalChart(summary, META),
    outcomes: probabilityChart(summary, META, params.ladder),
    'peak-rung': peakRungChart(params, tallies, META),
    bouts: boutsChart(tallies, META),
    'fog-of-war': fogOfWarChart(params, tallies, META, observedClaimRatios(loadTargets(OCT_2025).chartObservations)),
    'rung-occupancy': rungOccupancyChart(params, tallies, META),
    'compare-trajectory': comparisonTrajectoryChart(params, { label: `seed ${CHART_SEED}`, value: run }, { label: 'seed other', value: other }, runMeta),
    'compare-fan': comparisonFanChart(params, { label: 'hazard 0.12', value: summary }, { label: 'hazard 0.02', value: quietSummary }, META),
    'paired-difference': pairedDifferenceChart(
      [
        { outcome: 'ceasefire by day 30', difference: 0.12, lower: 0.05, upper: 0.19 },
        { outcome: 'reached rung 7', difference: -0.3, lower: -0.38, upper: -0.22 },
      ],
      ['hazard 0.12', 'hazard 0.02'],
      META,
    ),
    'sweep-heatmap': sweepHeatmap(
      [0.05, 0.1, 0.2].flatMap((x) => [0.3, 0.6, 0.9].map((y) => ({ x, y, p: x * y, lower: x * y * 0.8, upper: Math.min(1, x * y * 1.2), runs: 100 }))),
      { x: 'spoilers.ttp.hazard', y: 'spoilers.ttp.agreementSuppression', outcome: 'P(war)' },
      META,
    ),
  };
}
