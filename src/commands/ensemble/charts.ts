/**
 * The charts of an ensemble folder; the fan chart draws the first few runs as samples, the fog of
 * war the observed claim ratios of the bundled targets files (observations.ts).
 */
import { boutsChart, ensembleFanChart, FAN_SAMPLES, fogOfWarChart, peakRungChart, probabilityChart, rungOccupancyChart, survivalChart } from '../../charts/index.js';
import { simulateRun } from '../../model/index.js';
import type { ReportChart } from '../../render/htmlReport.js';
import { chartMeta } from '../../report/chartFiles.js';
import type { LoadedScenario } from '../../scenarios/index.js';
import type { RunRange } from '../../sim/plan.js';
import type { EnsembleTallies } from '../../sim/tallies.js';
import type { EnsembleSummary } from '../../stats/index.js';
import { bundledClaimRatios } from './observations.js';

export function ensembleCharts(scenario: LoadedScenario, tallies: EnsembleTallies, summary: EnsembleSummary, seed: string, range: RunRange): ReportChart[] {
  const { params } = scenario;
  const meta = chartMeta(scenario, seed, range.to - range.from);
  const samples = [];
  for (let k = range.from; k < Math.min(range.to, range.from + FAN_SAMPLES); k += 1) samples.push(simulateRun(params, seed, k, { recordEvents: false }));
  return [
    { name: 'fan', spec: ensembleFanChart(params, summary, meta, samples) },
    { name: 'rung-occupancy', spec: rungOccupancyChart(params, tallies, meta) },
    { name: 'time-to-ceasefire', spec: survivalChart(summary, meta) },
    { name: 'outcomes', spec: probabilityChart(summary, meta, params.ladder) },
    { name: 'peak-rung', spec: peakRungChart(params, tallies, meta) },
    { name: 'bouts', spec: boutsChart(tallies, meta) },
    { name: 'fog-of-war', spec: fogOfWarChart(params, tallies, meta, bundledClaimRatios()) },
  ];
}
