/**
 * The data files of a two-run folder (`brink diff <scenario>`; columns in docs/outputs.md):
 * `diff.csv`, one row per day with both runs side by side and where they differ, and
 * `summary.json` with the first divergence and both run outcomes.
 */
import { CEASEFIRE_KINDS, type RunResult } from '../../model/index.js';
import type { ModelParams } from '../../model/types.js';
import type { RunDivergence } from '../../stats/index.js';
import { toCsv, type Cell } from '../../report/csv.js';
import { dayDate } from '../../report/dates.js';
import { rounded } from '../../report/roundedJson.js';

export function diffCsv(params: ModelParams, a: RunResult, b: RunResult, divergence: RunDivergence, startDate: string | undefined): string {
  const ids = params.states.map((s) => s.id);
  const both = (name: string) => [`a_${name}`, `b_${name}`];
  const header = [
    'day', 'date', 'differs', 'phase',
    ...ids.flatMap((id) => [...both(`${id}_rung`), ...both(`${id}_deaths`), ...both(`${id}_grievance`)]),
    ...both('ceasefire'), ...both('border'), ...both('spoilerAttacks'), ...both('events'),
  ];
  const eventCounts = (run: RunResult) => {
    const counts = new Array<number>(run.records.days).fill(0);
    // Events before day 0 (history) have no row: the rows are the recorded days.
    for (const event of run.events) if (event.day >= 0) counts[event.day]! += 1;
    return counts;
  };
  const [countsA, countsB] = [eventCounts(a), eventCounts(b)];
  const ra = a.records;
  const rb = b.records;
  const rows = divergence.phaseByDay.map((phase, day): Cell[] => {
    const perState = [0, 1].flatMap((i) => {
      const at = day * 2 + i;
      return [
        ra.rung[at], rb.rung[at],
        ra.militaryDeaths[at]! + ra.civilianDeaths[at]!, rb.militaryDeaths[at]! + rb.civilianDeaths[at]!,
        ra.grievance[at], rb.grievance[at],
      ];
    });
    return [
      day, dayDate(startDate, day), phase !== null, phase, ...perState,
      CEASEFIRE_KINDS[ra.ceasefire[day]!], CEASEFIRE_KINDS[rb.ceasefire[day]!],
      ra.borderClosed[day] === 1 ? 'closed' : 'open', rb.borderClosed[day] === 1 ? 'closed' : 'open',
      ra.spoilerAttacks[day], rb.spoilerAttacks[day], countsA[day], countsB[day],
    ];
  });
  return toCsv(header, rows);
}

/** The run outcome with totals keyed by state id (as outcome.json). */
function outcomeByState(params: ModelParams, run: RunResult) {
  const { totals, ...rest } = run.outcome;
  return { seed: run.seed, runIndex: run.runIndex, ...rest, totals: Object.fromEntries(params.states.map((s, i) => [s.id, totals[i as 0 | 1]])) };
}

/** summary.json: what was run (the manifest's provenance), where the runs part, and both outcomes. */
export function diffSummaryJson(provenance: object, params: ModelParams, a: RunResult, b: RunResult, divergence: RunDivergence): string {
  const differingDays = divergence.phaseByDay.filter((p) => p !== null).length;
  const body = {
    ...provenance,
    divergence: { identical: divergence.identical, differingDays, first: divergence.first },
    outcomes: { a: outcomeByState(params, a), b: outcomeByState(params, b) },
  };
  return `${JSON.stringify(rounded(body), null, 2)}\n`;
}
