/** The short summary of an ensemble that `brink ensemble` prints for a person. */
import type { LoadedScenario } from '../../scenarios/index.js';
import type { RunRange } from '../../sim/plan.js';
import type { EnsembleSummary } from '../../stats/index.js';

const percent = (p: number | null) => (p === null ? '–' : `${(100 * p).toFixed(1)}%`);
const number = (x: number | null) => (x === null ? '–' : String(Math.round(x * 10) / 10));

export function ensembleSummaryText(scenario: LoadedScenario, seed: string, summary: EnsembleSummary, range: { from: number; to: number }, folder: string): string {
  const { params, info } = scenario;
  const find = (outcome: string) => summary.probabilities.find((p) => p.outcome === outcome)!;
  const withInterval = (outcome: string) => {
    const p = find(outcome);
    return `${percent(p.p)} [${percent(p.lower)}, ${percent(p.upper)}]`;
  };
  const d = summary.distributions;
  const spread = (name: string) => {
    const x = d[name]!;
    return `median ${number(x.p50)}  (5–95%: ${number(x.p05)}–${number(x.p95)})`;
  };
  const km = summary.survival;
  const lines = [
    `brink ensemble ${info.name} · seed ${seed} · runs ${range.from}–${range.to - 1} (${summary.runs}) · ${params.days} days`,
    '  final state (95% Wilson interval)',
    ...['agreement', 'ceasefire', 'war', 'fizzled', 'conflict'].map((s) => `    ${s.padEnd(10)} ${withInterval(`final:${s}`)}`),
    `  reached rung 6 / 7 / 8   ${percent(find('reached:6').p)} / ${percent(find('reached:7').p)} / ${percent(find('reached:8').p)}`,
    `  ceasefire by day 30      ${withInterval('ceasefire:by30')}`,
    `  time to ceasefire from T0 (Kaplan–Meier): median ${number(km.median)} days [${number(km.medianLower)}, ${number(km.medianUpper)}]` +
      `${km.median === null ? ' (not reached)' : ''}`,
    `  peak rung                ${spread('peakRung')}`,
    `  T0 → peak (days)         ${spread('t0ToPeak')}`,
    `  bouts per run            ${spread('bouts')}`,
    `  bouts recur / climb      ${withInterval('bouts:recur')} / ${withInterval('bouts:climb')} (a later bout peaks above the first)`,
    `  quiet days between bouts ${spread('boutGap')}`,
    `  border closed (days)     ${spread('borderClosedDays')}`,
  ];
  for (const state of params.states) {
    lines.push(`  ${state.id} deaths: true ${spread(`${state.id}.trueDeaths`)}; claimed/true ${spread(`${state.id}.claimRatio`)}`);
  }
  lines.push(`wrote ${folder}`);
  return `${lines.join('\n')}\n`;
}

/** `brink ensemble --json`: the folder, what ran, and the headline statistics. */
export function ensembleJson(ensemble: { readonly folder: string; readonly seed: string; readonly runs: number; readonly range: RunRange; readonly summary: EnsembleSummary }) {
  const { summary } = ensemble;
  return {
    folder: ensemble.folder,
    seed: ensemble.seed,
    runs: ensemble.runs,
    runIndices: ensemble.range,
    probabilities: summary.probabilities,
    timeToCeasefire: { median: summary.survival.median, lower: summary.survival.medianLower, upper: summary.survival.medianUpper },
    distributions: summary.distributions,
  };
}
