/**
 * thirdParties.ts offers: a party that can host offers once the current bout has had
 * offerAfterDays kinetic days (dyad.boutDays), not the run; mediationAcceptance multiplies each
 * state's chance of accepting, and 0 refuses mediation in principle.
 */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../../src/model/index.js';
import { inertState, mechScenario } from '../../helpers/mechanisms.js';

/** Strongland is scripted at rung 4 (harmless) on the given days; the mediator offers, states refuse. */
function bouts(kineticDays: number[], opts: { accept?: number; acceptance?: [number, number]; days?: number } = {}) {
  return mechScenario({
    days: opts.days ?? 30,
    states: {
      strongland: inertState('strong', { mediationAcceptance: opts.acceptance?.[0] ?? 1 }),
      weakland: inertState('weak', { capability: 1, mediationAcceptance: opts.acceptance?.[1] ?? 1 }),
    },
    constants: { accept: { b0: opts.accept ?? -100 }, catastropheCivilians: 1e6 },
    ladder: { changes: { 4: { muMil: 0, muCiv: 0 } } },
    thirdParties: { mediator: { leverage: { strongland: 0.5, weakland: 0.5 }, canHost: true, offerAfterDays: 3, appealThreshold: 8 } },
    events: kineticDays.map((day) => ({ day, setRung: { state: 'strongland', rung: 4 } })),
  });
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, n) => from + n);
const offerDays = (run: ReturnType<typeof simulateRun>) => run.events.filter((e) => e.cameo === '028' && e.cause === 'offer').map((e) => e.day);

describe('mediation offers and acceptance (thirdParties.ts)', () => {
  it('offers wait for offerAfterDays kinetic days of the current bout: a second bout starts the count again', () => {
    const run = simulateRun(bouts([...range(0, 4), ...range(20, 24)]).params, 'offers', 0);
    const days = offerDays(run);
    expect(days.filter((d) => d <= 4)).toEqual([2, 3, 4]);
    // The second bout starts on day 20: counted over the run, the mediator would offer on day 20.
    expect(days.filter((d) => d >= 20 && d <= 24)).toEqual([22, 23, 24]);
  });

  it('kinetic days separated by ≤ 3 quiet days are one bout: the count carries over the gap', () => {
    const run = simulateRun(bouts([0, 1, 5]).params, 'offers', 0);
    expect(offerDays(run).filter((d) => d <= 5)[0]).toBe(5);
  });

  it('mediationAcceptance 0 refuses mediation in principle, whatever the chance of accepting', () => {
    for (const acceptance of [[0, 1], [1, 0], [0, 0]] as [number, number][]) {
      const s = bouts(range(0, 9), { accept: 100, acceptance, days: 10 });
      for (let k = 0; k < 50; k += 1) {
        const run = simulateRun(s.params, 'refuse', k);
        expect(run.events.some((e) => e.cameo === '045')).toBe(false);
        expect(offerDays(run)).toEqual(range(2, 9)); // offered every day, refused every day
      }
    }
    const willing = simulateRun(bouts(range(0, 9), { accept: 100, days: 10 }).params, 'refuse', 0);
    // Willing states accept the first offer and meet the next day (the session fails: s0 = −100).
    expect(willing.events.filter((e) => e.cameo === '028').map((e) => [e.day, e.detail?.accepted])[0]).toEqual([2, true]);
    expect(willing.events.filter((e) => e.cameo === '045').map((e) => e.day)[0]).toBe(3);
  });

  it('mediationAcceptance multiplies the chance: ½ × σ(100) accepts the first offer in half the runs', () => {
    const s = bouts(range(0, 2), { accept: 100, acceptance: [0.5, 1], days: 3 });
    const n = 1000;
    let accepted = 0;
    for (let k = 0; k < n; k += 1) if (simulateRun(s.params, 'half', k).events.some((e) => e.cameo === '028' && e.detail?.accepted === true)) accepted += 1;
    expect(Math.abs(accepted / n - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / n));
  });

  // Found as a bug and fixed: boutDays keeps its value after a bout ends, so the mediator used to
  // offer on every quiet day of the peace that followed. Offers now need a live bout (a kinetic day
  // within the last MAX_QUIET_DAYS_IN_BOUT days).
  it('no offers once the bout is over (more than 3 quiet days), until the next bout has 3 kinetic days', () => {
    const run = simulateRun(bouts([...range(0, 4), 20, 21, 22]).params, 'offers', 0);
    // Offers while a bout is live: its kinetic days and the quiet days it may still include.
    expect(offerDays(run)).toEqual([2, 3, 4, 5, 6, 7, 22, 23, 24, 25]);
  });
});
