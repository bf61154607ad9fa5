/** Targeted checks of single mechanisms, each set up with scripted events so the cause is known. */
import { describe, expect, it } from 'vitest';
import { CEASEFIRE_KINDS, simulateRun } from '../../src/model/index.js';
import { loadScenario } from '../../src/scenarios/index.js';
import { DURAND, quietStates, scenarioFrom } from '../helpers/scenarios.js';

const index = (ids: readonly { id: string }[], id: string) => ids.findIndex((s) => s.id === id);

describe('mechanisms', () => {
  it('an appeal adds ω·leverage·credibility to pressure on days t+1 … t+appealDays only', () => {
    const scenario = scenarioFrom({
      name: 'appeal',
      days: 12,
      states: quietStates(),
      thirdParties: { mediator: { leverage: { strongland: 0.8, weakland: 0.4 }, bias: 0.5, leansToward: 'weakland', appealDays: 3, appealWeight: 0.5, appealThreshold: 8 } },
      events: [{ day: 2, appeal: { party: 'mediator' } }],
    });
    const run = simulateRun(scenario.params, 'p', 0);
    const s = index(scenario.params.states, 'strongland');
    const w = index(scenario.params.states, 'weakland');
    const pressure = (i: number) => Array.from({ length: 12 }, (_, day) => run.records.pressure[day * 2 + i]);
    // strongland: 0.5 · 0.8 · (0.5 − 0.25); weakland: 0.5 · 0.4 · (0.5 + 0.25)
    expect(pressure(s)).toEqual([0, 0, 0, 0.1, 0.1, 0.1, 0, 0, 0, 0, 0, 0]);
    expect(pressure(w).map((p) => Number(p!.toFixed(12)))).toEqual([0, 0, 0, 0.15, 0.15, 0.15, 0, 0, 0, 0, 0, 0]);
    expect(run.events.filter((e) => e.cameo === '027').map((e) => [e.day, e.cause])).toEqual([[2, 'scripted']]);
  });

  it('a truce gates both states to rung ≤ 1 and expires after truceDays', () => {
    const scenario = scenarioFrom({
      name: 'truce',
      days: 10,
      states: quietStates({ initialGrievance: 1.5, initialRung: 3 }),
      events: [{ day: 1, ceasefire: 'truce' }],
    });
    const run = simulateRun(scenario.params, 'p', 0);
    const kinds = Array.from(run.records.ceasefire, (k) => CEASEFIRE_KINDS[k]);
    expect(kinds.slice(0, 5)).toEqual(['none', 'truce', 'truce', 'none', 'none']);
    for (const day of [1, 2, 3]) for (const i of [0, 1]) expect(run.records.rung[day * 2 + i]).toBeLessThanOrEqual(1);
  });

  it('a ceasefire made and broken on the same day is an attempt, not a ceasefire', () => {
    const scenario = scenarioFrom({
      name: 'broken',
      days: 10,
      states: quietStates(),
      events: [
        { day: 4, ceasefire: 'ceasefire' },
        { day: 4, setRung: { state: 'strongland', rung: 7 } },
      ],
    });
    const run = simulateRun(scenario.params, 'p', 0);
    expect(CEASEFIRE_KINDS[run.records.ceasefire[4]!]).toBe('none');
    expect(run.events.some((e) => e.day === 4 && e.cause === 'collapse')).toBe(true);
    expect(run.outcome).toMatchObject({ ceasefireDay: null, ceasefireCensored: true, ceasefireAttempts: 1, truceDay: null, longestCeasefire: 0 });
  });

  it('counts a ceasefire from the first day it is in force at the day\'s end; truceDay and longestCeasefire from the records', () => {
    const scenario = scenarioFrom({
      name: 'spells',
      days: 20,
      states: quietStates(),
      events: [
        { day: 2, ceasefire: 'truce' },
        { day: 3, ceasefire: 'ceasefire' },
        { day: 6, ceasefire: 'none' },
        { day: 9, ceasefire: 'ceasefire' },
        { day: 15, ceasefire: 'none' },
        { day: 17, ceasefire: 'truce' },
        { day: 17, ceasefire: 'ceasefire' },
      ],
    });
    const run = simulateRun(scenario.params, 'p', 0);
    const kinds = Array.from(run.records.ceasefire, (k) => CEASEFIRE_KINDS[k]);
    expect(kinds.slice(2, 10)).toEqual(['truce', 'ceasefire', 'ceasefire', 'ceasefire', 'none', 'none', 'none', 'ceasefire']);
    // Days 9…14 are the longest spell (6 days); the one from day 17 runs to the horizon (3 days).
    // A truce turned ceasefire the same day (day 17) was in force at the day's end: no attempt.
    expect(run.outcome).toMatchObject({ ceasefireDay: 3, truceDay: 2, longestCeasefire: 6, ceasefireAttempts: 0 });
  });

  it('the border closes on a day of fighting at closeRung that hurts a state beyond its tolerance, and a closed border costs econPainPerDay each day', () => {
    // Rung 5 made deadly (muMil 100) so that weakland's fire on day 2 surely kills; tolerance 0.
    const scenario = scenarioFrom({
      name: 'border',
      days: 6,
      states: quietStates({ econPainPerDay: 0.02, tolerance: 0 }),
      ladder: { changes: { 5: { muMil: 100 } } },
      constants: { reopenDailyProb: 0 },
      events: [{ day: 2, setRung: { state: 'weakland', rung: 5 } }],
    });
    const run = simulateRun(scenario.params, 'p', 0);
    expect(Array.from(run.records.borderClosed)).toEqual([0, 0, 1, 1, 1, 1]);
    const w = index(scenario.params.states, 'weakland');
    expect(run.records.econPain[5 * 2 + w]).toBeCloseTo(0.08, 12);
    expect(run.outcome.borderClosedDays).toBe(4);
  });

  it('a forced rung is the rung of the day, logged as scripted, and is not a violation under a truce', () => {
    const scenario = scenarioFrom({
      name: 'forced',
      days: 5,
      states: quietStates(),
      events: [
        { day: 1, ceasefire: 'truce' },
        { day: 2, setRung: { state: 'strongland', rung: 4 } },
      ],
    });
    const run = simulateRun(scenario.params, 'p', 0);
    const s = index(scenario.params.states, 'strongland');
    expect(run.records.rung[2 * 2 + s]).toBe(4);
    expect(run.records.strain[2]).toBe(0);
    const act = run.events.find((e) => e.day === 2 && e.actor === 'strongland');
    expect(act).toMatchObject({ cameo: '193', cause: 'scripted', goldstein: -10 });
  });

  it('tremble slips r* as written, then clamps: a state with nothing to answer never trembles upward', () => {
    const content = scenarioFrom({ name: 'content', days: 60, states: quietStates({ tremble: 1 }) });
    for (const run of [0, 1, 2].map((k) => simulateRun(content.params, 'tremble', k))) expect(Math.max(...run.records.rung)).toBe(0);
    // With a grievance to answer, r* = 0 and a slip upward shows.
    const aggrieved = scenarioFrom({ name: 'aggrieved', days: 60, states: quietStates({ tremble: 1, initialGrievance: 0.5, memory: 1 }) });
    expect(Math.max(...simulateRun(aggrieved.params, 'tremble', 0).records.rung)).toBeGreaterThan(0);
  });

  it('each scripted attack has its own blame draw: removing one changes no other', () => {
    const attack = (day: number) => ({ day, spoilerAttack: { spoiler: 'militants', deaths: 5 } });
    const doc = (days: number[]) => ({
      name: 'blame',
      days: 10,
      states: quietStates({ attribution: 0.5 }),
      spoilers: { militants: { host: 'weakland', target: 'strongland', hazard: 0 } },
      events: days.map(attack),
    });
    const both = scenarioFrom(doc([3, 5]));
    const later = scenarioFrom(doc([5]));
    const blameOnDay5 = (run: ReturnType<typeof simulateRun>) => run.events.find((e) => e.day === 5 && e.what === 'spoiler attack')?.detail?.blamed;
    const seen = new Set<unknown>();
    for (let k = 0; k < 40; k += 1) {
      const a = blameOnDay5(simulateRun(both.params, 'blame', k));
      expect(a).toBe(blameOnDay5(simulateRun(later.params, 'blame', k)));
      seen.add(a);
    }
    expect([...seen].sort()).toEqual([false, true]);
  });

  it('no more follow-up rounds than maxRounds per ceasefire, and none at all with maxRounds = 0', () => {
    const roundWhats = new Set(['agreement', 'monitoring agreed', 'round failed']);
    for (const maxRounds of [0, 1, 2]) {
      const scenario = loadScenario(DURAND, { set: [`constants.maxRounds=${maxRounds}`] });
      let rounds = 0;
      for (let k = 0; k < 60; k += 1) {
        let sinceCeasefire = 0;
        for (const event of simulateRun(scenario.params, 'rounds', k).events) {
          if (event.what === 'ceasefire') sinceCeasefire = 0;
          if (roundWhats.has(event.what)) {
            sinceCeasefire += 1;
            rounds += 1;
            expect(sinceCeasefire).toBeLessThanOrEqual(maxRounds);
          }
        }
      }
      if (maxRounds === 0) expect(rounds).toBe(0);
      else expect(rounds).toBeGreaterThan(0);
    }
  });
});
