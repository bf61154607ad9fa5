/** The short summary of a sweep that `brink sweep` prints for a person. */
import { rounded } from '../../report/roundedJson.js';
import type { LoadedScenario } from '../../scenarios/index.js';
import { COUNTED_OUTCOMES, describeOutcome, outcomeValue, valueOutcomes, wilsonInterval } from '../../stats/index.js';
import { designSubtitle } from './charts.js';
import { formatOutcome } from './pages.js';
import type { SobolOutcome } from './sobol.js';
import type { SweepDefinition, SweepPointRecord } from './records.js';

/** Points listed in the terminal; points.csv and index.html have them all. */
const POINTS_PRINTED = 40;

/** A finished sweep, as the pipeline returns it. */
export interface SweepDone {
  readonly folder: string;
  readonly seed: string;
  readonly scenario: LoadedScenario;
  readonly runs: number;
  readonly definition: SweepDefinition;
  readonly records: readonly SweepPointRecord[];
  readonly outcomes: readonly string[];
  /** Sobol' indices of every scalar outcome (complete Saltelli designs only). */
  readonly sobol: readonly SobolOutcome[] | undefined;
  readonly reused: number;
  /** Distinct points simulated (points with identical parameters run once). */
  readonly ran: number;
  readonly wallMs: number;
}

const num = (x: number | null) => (x === null ? '–' : x.toFixed(3));

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: readonly string[]) => `    ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

export function sweepSummaryText(sweep: SweepDone): string {
  const { scenario, seed, runs, definition, records, sobol, outcomes, folder } = sweep;
  const counts = sweep;
  const { params, info } = scenario;
  const lines = [
    `brink sweep ${info.name} · seed ${seed} · ${definition.design.kind} · ${definition.points} points × ${runs} runs · ${params.days} days`,
    `  ${designSubtitle(definition, runs)} (run indices 0–${runs - 1} of seed ${seed})`,
    `  ${records.length} point(s) in this folder: ${counts.reused} reused from the cache, ${counts.ran} run (${(counts.ran * runs).toLocaleString('en-US')} runs) in ${(counts.wallMs / 1000).toFixed(1)} s`,
  ];
  for (const outcome of sobol === undefined ? [] : outcomes) {
    const result = sobol?.find((s) => s.outcome === outcome);
    if (result === undefined) continue;
    lines.push(`  Sobol' indices of ${outcome} (${describeOutcome(outcome, params).description}), 95% bootstrap intervals`);
    if (result.variance === 0) lines.push('    (the outcome does not vary over the design: no index is defined)');
    lines.push(
      ...table(
        ['parameter', 'first-order S1', 'total ST'],
        result.indices.map((r) => [r.parameter, `${num(r.first.estimate)} [${num(r.first.lower)}, ${num(r.first.upper)}]`, `${num(r.total.estimate)} [${num(r.total.lower)}, ${num(r.total.upper)}]`]),
      ),
    );
  }
  if (sobol === undefined) {
    const shown = records.slice(0, POINTS_PRINTED);
    lines.push('  outcomes per point (95% Wilson intervals)');
    lines.push(
      ...table(
        ['point', ...definition.parameters.map((p) => p.path), ...outcomes.map((o) => describeOutcome(o, params).label)],
        shown.map((r) => [String(r.point), ...r.values.map(String), ...outcomes.map((o) => formatOutcome(r, o))]),
      ),
    );
    if (records.length > shown.length) lines.push(`    … ${records.length - shown.length} more in points.csv`);
  }
  lines.push(`wrote ${folder}`);
  return `${lines.join('\n')}\n`;
}

/** `brink sweep --json`: the design, what ran, and every point's outcomes (probabilities with intervals, medians, means). */
export function sweepJson(sweep: SweepDone): string {
  const { folder, seed, runs, definition, records, sobol, scenario } = sweep;
  const counts = sweep;
  const values = valueOutcomes(scenario.params);
  const results = records.map((record) => {
    const { statistics } = record;
    const outcomes: Record<string, unknown> = {};
    for (const o of COUNTED_OUTCOMES) {
      const w = wilsonInterval(statistics.counts[o.name]!, statistics.runs);
      outcomes[o.name] = { p: w.p, lower: w.lower, upper: w.upper };
    }
    for (const v of values) outcomes[v.name] = outcomeValue(statistics, v.name);
    return { point: record.point, parameters: Object.fromEntries(definition.parameters.map((p, i) => [p.path, record.values[i]])), runs: statistics.runs, outcomes };
  });
  const body = {
    folder,
    seed,
    runs,
    design: definition.design.kind,
    samples: definition.design.samples ?? null,
    parameters: definition.parameters.map((p) => ({ path: p.path, from: p.from, to: p.to, steps: p.steps ?? null, integer: p.integer })),
    points: definition.points,
    pointsInFolder: records.length,
    reused: counts.reused,
    ran: counts.ran,
    wallSeconds: Math.round(counts.wallMs) / 1000,
    results,
    ...(sobol === undefined ? {} : { sobol }),
  };
  return `${JSON.stringify(rounded(body), null, 2)}\n`;
}
