/** The summary `brink compare` prints for a person: every outcome, A, B, B − A and its interval. */
import { formatInterval, formatP, formatValue } from './pages.js';
import type { LoadedScenario } from '../../scenarios/index.js';
import type { RunRange } from '../../sim/plan.js';
import type { ComparisonSummary } from '../../stats/index.js';

export function compareSummaryText(a: LoadedScenario, b: LoadedScenario, seed: string, summary: ComparisonSummary, range: RunRange, folder: string): string {
  const probabilities = summary.rows.filter((r) => r.kind === 'probability');
  const means = summary.rows.filter((r) => r.kind === 'mean');
  const width = Math.max(...summary.rows.map((r) => r.description.length));
  const cells = (values: readonly string[], widths: readonly number[]) => values.map((v, n) => v.padStart(widths[n]!)).join('  ');
  const widths = [8, 8, 10, 18];
  const lines = [
    `brink compare · A: ${a.info.name} vs B: ${b.info.name} · seed ${seed} · runs ${range.from}–${range.to - 1} (${summary.runs} pairs) · ${a.params.days} days`,
    `  common random numbers: run k of A and of B share seed "${seed}" and run index k; differences are B − A`,
    `  ${'outcome probabilities'.padEnd(width)}  ${cells(['A', 'B', 'B − A', '95% interval'], widths)}  McNemar p`,
    ...probabilities.map(
      (r) =>
        `  ${r.description.padEnd(width)}  ${cells([formatValue(r, r.a), formatValue(r, r.b), formatValue(r, r.difference, true), formatInterval(r)], widths)}  ${formatP(r.mcnemar?.p)}`,
    ),
    `  ${'means per run'.padEnd(width)}  ${cells(['A', 'B', 'B − A', '95% interval'], widths)}  pairs`,
    ...means.map(
      (r) =>
        `  ${r.description.padEnd(width)}  ${cells([formatValue(r, r.a), formatValue(r, r.b), formatValue(r, r.difference, true), formatInterval(r)], widths)}  ${r.n}`,
    ),
    `  intervals: Newcombe's paired score interval for probabilities; ${means[0]?.method ?? 'paired bootstrap'} for means; McNemar exact below 25 discordant pairs`,
    `wrote ${folder}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** `brink compare --json`: the folder, both scenarios, and every paired difference. */
export function compareJson(compared: { readonly folder: string; readonly seed: string; readonly runs: number; readonly range: RunRange; readonly a: LoadedScenario; readonly b: LoadedScenario; readonly summary: ComparisonSummary }) {
  const scenario = (s: LoadedScenario) => ({ name: s.info.name, file: s.file, overrides: s.overrides, paramsHash: s.paramsHash });
  return { folder: compared.folder, seed: compared.seed, runs: compared.runs, runIndices: compared.range, a: scenario(compared.a), b: scenario(compared.b), differences: compared.summary.rows };
}
