/**
 * Charts in an output folder: `charts/<name>.vl.json` (the spec, with `$schema` and provenance),
 * `charts/<name>.svg` and `charts/<name>.png`, rendered without a browser.
 */
import type { ChartMeta } from '../charts/index.js';
import type { ReportChart } from '../render/htmlReport.js';
import type { LoadedScenario } from '../scenarios/index.js';
import type { StagingFolder } from './atomicFolder.js';
import { provenance } from './provenance.js';

/**
 * What a chart says about its data's origin (subtitle and `usermeta`): scenario, parameter
 * hash, seed, runs, and the run index of single-run charts.
 *
 * @example
 * const spec = charts.runTrajectoryChart(scenario.params, run, chartMeta(scenario, run.seed, 1, run.runIndex));
 */
export function chartMeta(scenario: LoadedScenario, seed: string, runs: number, runIndex?: number): ChartMeta {
  return {
    toolVersion: provenance().version,
    scenario: scenario.info.name,
    scenarioHash: scenario.paramsHash,
    seed,
    runs,
    ...(runIndex === undefined ? {} : { runIndex }),
    ...(scenario.info.startDate === undefined ? {} : { startDate: scenario.info.startDate }),
  };
}

/** Renders and writes every chart; returns how long each took, in ms, by name. */
export async function writeCharts(staging: StagingFolder, charts: readonly ReportChart[]): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  if (charts.length === 0) return timings;
  // Vega, Vega-Lite and resvg take a third of a second to load: only when there are charts.
  const { renderChart, withFreshSvgIds } = await import('../render/renderChart.js');
  // A folder's SVGs are the same bytes whether this process drew other charts before or not.
  await withFreshSvgIds(async () => {
    for (const chart of charts) {
      const started = performance.now();
      const rendered = await renderChart(chart.spec);
      staging.writeView(`charts/${chart.name}.vl.json`, `${JSON.stringify(chart.spec, null, 2)}\n`);
      staging.writeView(`charts/${chart.name}.svg`, rendered.svg);
      staging.writeView(`charts/${chart.name}.png`, rendered.png);
      timings[chart.name] = Math.round(performance.now() - started);
    }
  });
  return timings;
}

/**
 * Chart provenance for two scenarios side by side: both names, both parameter hashes
 * (comma-separated, A first); one name and hash when they are the same scenario.
 */
export function pairChartMeta(a: LoadedScenario, b: LoadedScenario, seed: string, runs: number, runIndex?: number): ChartMeta {
  const same = a.paramsHash === b.paramsHash;
  return {
    ...chartMeta(a, seed, runs, runIndex),
    scenario: same ? a.info.name : a.info.name === b.info.name ? `${a.info.name}, B with ${onlyInB(a, b)}` : `${a.info.name} vs ${b.info.name}`,
    scenarioHash: same ? a.paramsHash : `${a.paramsHash},${b.paramsHash}`,
  };
}

/** B's overrides that A does not have (its --set-b), or "other parameters". */
export function onlyInB(a: LoadedScenario, b: LoadedScenario): string {
  const extra = b.overrides.filter((o) => !a.overrides.includes(o));
  return extra.length > 0 ? extra.join(' ') : 'other parameters';
}
