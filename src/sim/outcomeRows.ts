/**
 * `outcomes.csv`: one row per run (docs/model.md §7.17), in run-index order, written as runs finish
 * so nothing per run is kept in memory. Per-state columns are prefixed with the state id.
 */
import type { RunResult } from '../model/index.js';
import type { ModelParams } from '../model/types.js';

const RUN_COLUMNS = [
  'runIndex', 'peakRung', 'peakRungDay', 'firstKineticDay', 'peakDay', 'ceasefireDay', 'ceasefireCensored',
  'kineticDays', 'bouts', 'boutLengths', 'boutPeaks', 'boutGaps', 'borderClosedDays', 'finalState',
] as const;
/** Added in model 2: after the per-state columns, so older readers of the leading columns still work. */
const LATER_RUN_COLUMNS = ['ceasefireAttempts', 'truceDay', 'longestCeasefire'] as const;
const STATE_COLUMNS = ['trueDeaths', 'militaryDeaths', 'civilianDeaths', 'spoilerDeaths', 'claimedByEnemy', 'admitted', 'econPain'] as const;

export function outcomesHeader(params: ModelParams): string {
  const perState = params.states.flatMap((s) => STATE_COLUMNS.map((c) => `${s.id}_${c}`));
  return `${[...RUN_COLUMNS, ...perState, ...LATER_RUN_COLUMNS].join(',')}\n`;
}

const cell = (value: number | null): string => (value === null ? '' : String(value));

/** Per-bout values in one cell, separated by spaces (no quoting needed): lengths, peaks. */
function boutCells(bouts: RunResult['outcome']['bouts']): string {
  let lengths = '';
  let peaks = '';
  for (let k = 0; k < bouts.length; k += 1) {
    const bout = bouts[k]!;
    const gap = k === 0 ? '' : ' ';
    lengths += gap + String(bout.end - bout.start + 1);
    peaks += gap + String(bout.peakRung);
  }
  return `${lengths},${peaks}`;
}

/**
 * One run's row. Concatenated cell by cell rather than pushed into an array and joined: the row
 * is built once per run of every ensemble, and the arrays, closures and join were its cost. The
 * cells are the same strings (String of each number; lists joined by spaces).
 */
export function outcomeRow(run: RunResult): string {
  const o = run.outcome;
  let row =
    `${String(run.runIndex)},${String(o.peakRung)},${String(o.peakRungDay)},${cell(o.firstKineticDay)},${cell(o.peakDay)},` +
    `${cell(o.ceasefireDay)},${o.ceasefireCensored ? 'true' : 'false'},${String(o.kineticDays)},${String(o.bouts.length)},` +
    `${boutCells(o.bouts)},${o.boutGaps.join(' ')},${String(o.borderClosedDays)},${o.finalState}`;
  for (let i = 0; i < 2; i += 1) {
    const own = o.totals[i as 0 | 1];
    const enemy = o.totals[i === 0 ? 1 : 0];
    row +=
      `,${String(own.militaryDeaths + own.civilianDeaths)},${String(own.militaryDeaths)},${String(own.civilianDeaths)}` +
      `,${String(own.spoilerDeaths)},${String(enemy.claimedEnemyDeaths)},${String(own.admittedDeaths)}` +
      `,${String(Math.round(own.econPain * 1e6) / 1e6)}`;
  }
  return `${row},${String(o.ceasefireAttempts)},${cell(o.truceDay)},${String(o.longestCeasefire)}\n`;
}
