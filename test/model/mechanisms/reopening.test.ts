/**
 * reopening.ts: a border closed in a quarrel (no fighting at closeRung) reopens by a deal at the
 * crossing once nobody has fought for more than three
 * days, with daily chance reopenDailyProb; a closure that saw fighting at closeRung waits for a
 * ceasefire's rule.
 */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../../src/model/index.js';
import { explicitState, mechScenario } from '../../helpers/mechanisms.js';

function closedDays(opts: { reopenDailyProb: number; clash?: number }, runs = 60): number[] {
  const s = mechScenario({
    days: 120,
    states: {
      // maxRung 3: strongland never answers at a kinetic rung.
      strongland: explicitState('strong', { tolerance: 5, memory: 1, maxRung: 3 }),
      weakland: explicitState('weak', { tolerance: 1e6 }),
    },
    constants: { reopenDailyProb: opts.reopenDailyProb },
    events: [{ day: 0, border: 'closed' }, ...(opts.clash === undefined ? [] : [{ day: 0, setRung: { state: 'weakland', rung: opts.clash } }])],
  });
  return Array.from({ length: runs }, (_, k) => {
    const closed = simulateRun(s.params, 'reopen', k, { recordEvents: false }).records.borderClosed;
    let end = 0;
    while (end < closed.length && closed[end] === 1) end += 1;
    return end;
  });
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('a deal at the crossing (reopening.ts)', () => {
  it('a quarrel closure reopens after about 1/p days (geometric), and never with p = 0', () => {
    const days = closedDays({ reopenDailyProb: 0.1 });
    expect(days.every((d) => d < 120)).toBe(true);
    // The first draw is on day 0 itself: failures before the first success, mean (1 − p)/p = 9
    // (sd ≈ 9.5, 60 runs: se ≈ 1.2).
    expect(Math.abs(mean(days) - 9)).toBeLessThan(4);
    expect(closedDays({ reopenDailyProb: 0 }).every((d) => d === 120)).toBe(true);
  });

  it('a clash delays it by the exchange: no deal while someone fought in the last three days', () => {
    // Clash on day 0: still in the exchange through day 3, reopened on day 4 at p = 1.
    expect(closedDays({ reopenDailyProb: 1, clash: 4 }).every((d) => d === 4)).toBe(true);
  });

  it('fighting at closeRung that hurt strongland beyond its tolerance keeps it shut until a ceasefire', () => {
    // weakland's rung 5, made deadly (muMil 100), hurts strongland (tolerance 5) on day 0: closedInFighting.
    const s = mechScenario({
      days: 60,
      states: { strongland: explicitState('strong', { tolerance: 5, maxRung: 3 }), weakland: explicitState('weak', { tolerance: 1e6 }) },
      ladder: { changes: { 5: { muMil: 100 } } },
      constants: { reopenDailyProb: 1 },
      events: [{ day: 0, border: 'closed' }, { day: 0, setRung: { state: 'weakland', rung: 5 } }],
    });
    for (let k = 0; k < 20; k += 1) expect(simulateRun(s.params, 'reopen', k, { recordEvents: false }).records.borderClosed.every((c) => c === 1)).toBe(true);
  });
});
