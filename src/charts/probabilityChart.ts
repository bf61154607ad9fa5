/**
 * Chart 4, outcome probabilities: bars with Wilson 95% intervals (final states; reaching the
 * rung below deep strikes, deep strikes and war: rungs 6, 7, 8 on the default ladder).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Ladder } from '../model/types.js';
import type { EnsembleSummary } from '../stats/index.js';
import { asSpec, frame, type ChartMeta } from './frame.js';

/** The bars drawn and their labels; the kinetic threshold's `reached:` row is left out (nearly every run reaches it). */
function labels(ladder: Ladder): Record<string, string> {
  const { kinetic, deepStrike, war } = ladder.thresholds;
  const out: Record<string, string> = {
    'final:agreement': 'ends in agreement',
    'final:ceasefire': 'ends in ceasefire',
    'final:war': `ends in war (rung ${war === ladder.top ? war : `≥ ${war}`}, last 14 days)`,
    'final:fizzled': 'fizzled (no kinetic day, last 14 days)',
    'final:conflict': 'ends in conflict',
  };
  // Later roles win where thresholds coincide on a short ladder.
  if (deepStrike - 1 > kinetic) out[`reached:${deepStrike - 1}`] = `reached rung ${deepStrike - 1} (cross-border strikes)`;
  if (deepStrike > kinetic) out[`reached:${deepStrike}`] = `reached rung ${deepStrike} (deep strikes)`;
  if (war > kinetic) out[`reached:${war}`] = `reached rung ${war} (open war)`;
  return out;
}

export function probabilityChart(summary: EnsembleSummary, meta: ChartMeta, ladder: Ladder): TopLevelSpec {
  const LABELS = labels(ladder);
  const rows = summary.probabilities
    .filter((p) => LABELS[p.outcome] !== undefined)
    .map((p) => ({ outcome: LABELS[p.outcome], group: p.outcome.startsWith('final') ? 'final state' : 'escalation', p: p.p, lower: p.lower, upper: p.upper, k: p.k, n: p.n }));
  const y = { field: 'outcome', type: 'nominal', title: null, sort: null, axis: { labelLimit: 300 } };
  const x = { type: 'quantitative', title: 'probability (bars), 95% Wilson interval (lines)', scale: { domain: [0, 1] }, axis: { format: '.0%' } };
  return asSpec({
    ...frame(meta, 'Outcome probabilities with 95% intervals'),
    width: 460,
    height: { step: 24 },
    data: { values: rows },
    layer: [
      {
        mark: { type: 'bar', opacity: 0.8 },
        encoding: {
          y,
          x: { ...x, field: 'p' },
          color: { field: 'group', type: 'nominal', title: null, scale: { domain: ['final state', 'escalation'], range: ['#4393c3', '#d6604d'] } },
          tooltip: [
            { field: 'outcome', type: 'nominal', title: 'outcome' },
            { field: 'p', type: 'quantitative', title: 'probability', format: '.1%' },
            { field: 'lower', type: 'quantitative', title: '95% lower', format: '.1%' },
            { field: 'upper', type: 'quantitative', title: '95% upper', format: '.1%' },
            { field: 'k', type: 'quantitative', title: 'runs' },
            { field: 'n', type: 'quantitative', title: 'of' },
          ],
        },
      },
      { mark: { type: 'rule', color: '#222222', strokeWidth: 1.5 }, encoding: { y, x: { ...x, field: 'lower' }, x2: { field: 'upper' } } },
    ],
  });
}
