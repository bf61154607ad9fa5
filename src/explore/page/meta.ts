/** Chart provenance in the page: what `report/chartFiles.ts`'s chartMeta gives the CLI's charts. */
import type { ChartMeta } from '../../charts/frame.js';
import type { LoadedScenario } from '../../scenarios/load.js';

export function pageChartMeta(version: string, scenario: LoadedScenario, seed: string, runs: number, runIndex?: number): ChartMeta {
  return {
    toolVersion: version,
    scenario: scenario.info.name,
    scenarioHash: scenario.paramsHash,
    seed,
    runs,
    ...(runIndex === undefined ? {} : { runIndex }),
    ...(scenario.info.startDate === undefined ? {} : { startDate: scenario.info.startDate }),
  };
}
