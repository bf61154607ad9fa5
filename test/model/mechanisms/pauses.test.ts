/**
 * pauses.ts: while some state fights today and nothing is pending, a third party with leverage
 * that appealed today announces a pause with p = σ(p0 + p_ripe·min MHS + p_lev·meanLeverage), and
 * with constants.hotline the two states may agree one with p = σ(c0 + c_ripe·min MHS) — no
 * session (CAMEO 045). The first pause of a bout is a truce, a later one a ceasefire.
 * Strongland fights at rung 6 every day it is free to (grievance 20 that never fades).
 */
import { describe, expect, it } from 'vitest';
import { CEASEFIRE_KINDS, simulateRun } from '../../../src/model/index.js';
import { column, explicitState, inertState, mechScenario, stateIndex } from '../../helpers/mechanisms.js';

function scenario(opts: { pause?: Record<string, number>; hotline?: boolean; hotlineDeal?: Record<string, number>; party?: Record<string, unknown> | null; days?: number }) {
  return mechScenario({
    days: opts.days ?? 8,
    states: {
      strongland: explicitState('strong', { initialGrievance: 20, tolerance: 0, proportionality: 10, maxRung: 6, ceasefireThreshold: 8 }),
      weakland: inertState('weak', { capability: 1 }),
    },
    constants: {
      pause: { p0: -100, ripeness: 0, leverage: 0, ...(opts.pause ?? {}) },
      hotline: opts.hotline ?? false,
      hotlineDeal: { c0: -100, ripeness: 0, ...(opts.hotlineDeal ?? {}) },
      truceDays: 2,
      leverageWeight: 0,
    },
    ...(opts.party === null
      ? {}
      : {
          thirdParties: {
            mediator: { leverage: { strongland: 0.5, weakland: 0.5 }, bias: 0, appealThreshold: 4, appealEvery: 1, appealWeight: 0, canHost: false, ...(opts.party ?? {}) },
          },
        }),
  });
}

const kinds = (run: ReturnType<typeof simulateRun>) => Array.from(run.records.ceasefire, (k) => CEASEFIRE_KINDS[k]);

describe('pauses without a table (pauses.ts)', () => {
  it('a third party that appealed today announces a truce, then (same bout) a ceasefire, with no session in the log', () => {
    const s = scenario({ pause: { p0: 100 } });
    const run = simulateRun(s.params, 'pause', 0);
    const rungs = column(run.records, run.records.rung, stateIndex(s, 'strongland'));
    expect(run.events.some((e) => e.cameo === '045')).toBe(false);
    const pauses = run.events.filter((e) => e.cameo === '0871');
    expect(pauses.map((e) => [e.day, e.what, e.cause])).toEqual([
      [0, 'truce', 'pause'],
      [3, 'ceasefire', 'pause'],
    ]);
    // The appeal came first the same day.
    expect(run.events.findIndex((e) => e.cameo === '027' && e.day === 0)).toBeLessThan(run.events.indexOf(pauses[0]!));
    // truceDays 2: the truce holds day 1, expires end of day 2; the grievance it shelved down to
    // truceThreshold (2) then buys rung 5, and the fighting brings the ceasefire.
    expect(kinds(run).slice(0, 4)).toEqual(['truce', 'truce', 'none', 'ceasefire']);
    expect(rungs).toEqual([6, 1, 1, 5, 1, 1, 1, 1]);
  });

  it('no pause without the mechanism firing: p0 = −100, a party without leverage, or one that did not appeal today', () => {
    for (const s of [
      scenario({ pause: { p0: -100 } }),
      scenario({ pause: { p0: 100 }, party: { leverage: {} } }),
      scenario({ pause: { p0: 100 }, party: { appealThreshold: 8 } }),
    ]) {
      const run = simulateRun(s.params, 'pause', 0);
      expect(kinds(run).every((k) => k === 'none')).toBe(true);
      expect(column(run.records, run.records.rung, stateIndex(s, 'strongland'))).toEqual(Array(8).fill(6));
    }
  });

  it('p = σ(p0 + p_lev · meanLeverage): p0 = −0.75, p_lev = 1.5, leverage 0.5 gives a truce on day 0 in half the runs', () => {
    const s = scenario({ pause: { p0: -0.75, leverage: 1.5 }, days: 1 });
    const n = 1000;
    let truces = 0;
    for (let k = 0; k < n; k += 1) if (simulateRun(s.params, 'coin', k, { recordEvents: false }).records.ceasefire[0] === 1) truces += 1;
    expect(Math.abs(truces / n - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / n));
  });

  it('the hotline agrees a truce and later a ceasefire bilaterally, only with constants.hotline: true', () => {
    const on = simulateRun(scenario({ party: null, hotline: true, hotlineDeal: { c0: 100 } }).params, 'hotline', 0);
    expect(on.events.filter((e) => e.cameo === '0871').map((e) => [e.day, e.what, e.cause])).toEqual([
      [0, 'truce', 'hotline'],
      [3, 'ceasefire', 'hotline'],
    ]);
    expect(on.events.some((e) => e.cameo === '045')).toBe(false);
    const off = simulateRun(scenario({ party: null, hotline: false, hotlineDeal: { c0: 100 } }).params, 'hotline', 0);
    expect(kinds(off).every((k) => k === 'none')).toBe(true);
  });

  it('no pause while nobody fights', () => {
    const s = mechScenario({
      days: 5,
      states: { strongland: inertState('strong'), weakland: inertState('weak') },
      constants: { pause: { p0: 100, ripeness: 0, leverage: 0 }, hotline: true, hotlineDeal: { c0: 100, ripeness: 0 } },
      thirdParties: { mediator: { leverage: { strongland: 0.5, weakland: 0.5 }, appealThreshold: 0, appealEvery: 1, appealWeight: 0 } },
    });
    const run = simulateRun(s.params, 'quiet', 0);
    expect(run.events.filter((e) => e.cameo === '027').length).toBe(5); // it appeals every day…
    expect(kinds(run).every((k) => k === 'none')).toBe(true); // …but there is nothing to pause
  });
});
