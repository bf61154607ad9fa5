/**
 * A scenario that starts mid-history (docs/model.md §5): scripted events on negative days are
 * simulated with the full model but not recorded, and a `history:` block sets the ceasefire and
 * border in force before the first simulated day. The state at the end of day −1 carries into
 * day 0; records, outcome and charts cover days 0 … days − 1; the event log keeps negative days.
 */
import { describe, expect, it } from 'vitest';
import { currentLeverage } from '../../src/model/ceasefireLeverage.js';
import { ceasefireCode } from '../../src/model/records.js';
import { DailyDraws, Stream } from '../../src/model/rng.js';
import { simulateRun } from '../../src/model/run.js';
import { InputError } from '../../src/scenarios/index.js';
import { explicitSpoiler, inertState, mechScenario, stateIndex, traceRun } from '../helpers/mechanisms.js';

const PARTIES = {
  qatar: { leverage: { strongland: 0.4, weakland: 0.6 }, canHost: true, appealThreshold: 8 },
  china: { leverage: { strongland: 0.2, weakland: 0.4 }, appealThreshold: 8 },
};
const states = (strong: Record<string, unknown> = {}) => ({ strongland: inertState('strong', strong), weakland: inertState('weak') });

describe('scripted events before day 0', () => {
  const memory = 0.9;
  const scenario = mechScenario({
    days: 30,
    states: states({ memory }),
    spoilers: { ttp: explicitSpoiler() },
    events: [{ day: -2, spoilerAttack: { spoiler: 'ttp', deaths: 20, blamed: true } }],
  });
  const run = simulateRun(scenario.params, 'history', 0);
  const strong = stateIndex(scenario, 'strongland');

  it('start the run at the earliest event day', () => {
    expect(scenario.params.firstDay).toBe(-2);
  });

  it('carry a spoiler attack’s grievance into day 0: G(0) = δ² · feel(deaths)', () => {
    // Day −2 ends at feel(wSpoiler · 20) = L · ln(1 + 20 / L) (L = lossScale 10), day −1 at δ times
    // that, day 0 (the first recorded) at δ² times that: no new harm, no grievanceBase.
    const felt = 10 * Math.log1p(20 / 10);
    expect(run.records.grievance[0 * 2 + strong]).toBeCloseTo(memory * memory * felt, 12);
  });

  it('log the attack with its negative day and record nothing of it', () => {
    const attack = run.events.find((event) => event.what === 'spoiler attack');
    expect(attack).toMatchObject({ day: -2, actor: 'ttp', cause: 'scripted' });
    expect(Array.from(run.records.spoilerAttacks)).toEqual(new Array(30).fill(0));
    expect(Array.from(run.records.spoilerDeaths)).toEqual(new Array(60).fill(0));
    expect(run.outcome.totals[strong].spoilerDeaths).toBe(0);
  });

  it('shape the state but not the outcome: fighting before day 0 leaves a closed border, no bout', () => {
    const fought = mechScenario({
      days: 20,
      states: states(),
      // Fighting at closeRung closes the border only when it hurts a state that can close it
      // beyond its tolerance (closure.ts); these inert states feel nothing, so it is closed by hand.
      events: [{ day: -6, border: 'closed' as const }, ...[-6, -5, -4].map((day) => ({ day, setRung: { state: 'strongland', rung: 5 } }))],
    });
    const result = simulateRun(fought.params, 'history', 0);
    expect(result.events.filter((event) => event.day < 0).length).toBeGreaterThan(0);
    expect(result.records.borderClosed[0]).toBe(1); // closed on day −6, still closed (no deal while fighting, then none under none within 20 days at p = 0)
    expect(result.outcome.bouts).toEqual([]);
    expect(result.outcome.kineticDays).toBe(0);
    expect(result.outcome.borderClosedDays).toBe(20);
    expect(result.records.econPain[0]).toBe(0);
  });

  it('leave a scenario whose events are all ≥ 0 starting at day 0 (the golden test pins its bytes)', () => {
    const later = mechScenario({ days: 10, states: states(), events: [{ day: 3, setRung: { state: 'strongland', rung: 2 } }] });
    expect(later.params.firstDay).toBe(0);
    const withEmptyHistory = mechScenario({ days: 10, states: states(), events: [{ day: 3, setRung: { state: 'strongland', rung: 2 } }], history: {} });
    expect(simulateRun(withEmptyHistory.params, 's', 0)).toEqual(simulateRun(later.params, 's', 0));
  });

  it('reject a day before −3650', () => {
    expect(() => mechScenario({ days: 10, states: states(), events: [{ day: -3651, border: 'closed' }] })).toThrow(InputError);
  });
});

describe('daily draws index days from the first simulated day', () => {
  it('give day d the values of position d − firstDay', () => {
    const fromZero = new DailyDraws(() => new Stream('daily'), 3);
    const fromMinusFive = new DailyDraws(() => new Stream('daily'), 3, -5);
    expect(Array.from(fromMinusFive.on(-5))).toEqual(Array.from(fromZero.on(0)));
    expect(Array.from(fromMinusFive.on(-1))).toEqual(Array.from(fromZero.on(4)));
    expect(Array.from(fromMinusFive.on(3))).toEqual(Array.from(fromZero.on(8)));
  });
});

describe('a ceasefire in force since day −100', () => {
  const leverageHalfLife = 45;
  const scenario = mechScenario({
    days: 40,
    states: states(),
    thirdParties: PARTIES,
    constants: { leverageHalfLife, roundEvery: 10, maxRounds: 5 },
    history: { ceasefire: { kind: 'ceasefire', since: -100, host: 'qatar', roundsHeld: 2 } },
  });

  it('defaults its leverage to the sum of all parties’ mean leverage', () => {
    expect(scenario.params.history.ceasefire?.leverage).toBeCloseTo(0.5 + 0.3, 12);
  });

  it('has lev(0) = leverage · 2^(−100 / leverageHalfLife) and holds on day 0', () => {
    let leverageOnDay0 = Number.NaN;
    const ctx = traceRun(scenario.params, 'history', 0, (after) => {
      if (after.state.day === 0) leverageOnDay0 = currentLeverage(after);
    });
    expect(leverageOnDay0).toBeCloseTo(0.8 * Math.pow(2, -100 / leverageHalfLife), 12);
    expect(ctx.records.ceasefire[0]).toBe(ceasefireCode('ceasefire'));
  });

  it('holds its remaining rounds on the roundEvery schedule counted from since', () => {
    const run = simulateRun(scenario.params, 'history', 0);
    const rounds = run.events.filter((event) => event.what === 'round failed').map((event) => event.day);
    // Days with (day + 100) mod 10 = 0; maxRounds 5 less the 2 already held.
    expect(rounds).toEqual([0, 10, 20]);
    expect(rounds.every((day) => run.events.some((event) => event.day === day && event.actor === 'qatar'))).toBe(true);
  });
});

describe('other histories', () => {
  it('an agreement is in force with monitoring from day 0', () => {
    const scenario = mechScenario({ days: 5, states: states(), history: { ceasefire: { kind: 'agreement', since: -300, leverage: 1 } } });
    const run = simulateRun(scenario.params, 'history', 0);
    expect(run.records.ceasefire[0]).toBe(ceasefireCode('agreement'));
    expect(run.records.monitoring[0]).toBe(1);
  });

  it('a truce lasts to the end of its until day', () => {
    const scenario = mechScenario({ days: 6, states: states(), history: { ceasefire: { kind: 'truce', since: -1, until: 3 } } });
    const run = simulateRun(scenario.params, 'history', 0);
    expect(Array.from(run.records.ceasefire)).toEqual([1, 1, 1, 0, 0, 0]);
  });

  it('a border closed since −40 under a ceasefire since −40 may reopen from day −10 (reopenAfter 30)', () => {
    const history = { ceasefire: { kind: 'ceasefire', since: -40 }, border: { closed: true, since: -40 } };
    const constants = { reopenAfter: 30, reopenDailyProb: 1 };
    const early = mechScenario({ days: 5, states: states(), constants, history, events: [{ day: -20, setRung: { state: 'weakland', rung: 0 } }] });
    const run = simulateRun(early.params, 'history', 0);
    expect(run.events.filter((event) => event.what === 'border reopened').map((event) => event.day)).toEqual([-10]);
    expect(run.records.borderClosed[0]).toBe(0);
    // Starting at day 0, the border is closed until then and reopens on the first simulated day.
    const fromZero = simulateRun(mechScenario({ days: 5, states: states(), constants, history }).params, 'history', 0);
    expect(fromZero.events.filter((event) => event.what === 'border reopened').map((event) => event.day)).toEqual([0]);
  });

  it('rounds belong to a ceasefire, and a truce must last into the run', () => {
    const agreementWithHost = { ceasefire: { kind: 'agreement', since: -10, host: 'qatar' } };
    expect(() => mechScenario({ days: 5, states: states(), thirdParties: PARTIES, history: agreementWithHost })).toThrow(
      /history\.ceasefire\.host: host belongs to follow-up rounds, which only a ceasefire has/,
    );
    const truceOver = { ceasefire: { kind: 'truce', since: -10, until: -5 } };
    expect(() => mechScenario({ days: 5, states: states(), history: truceOver })).toThrow(/history\.ceasefire\.until: expected the truce to last into the run/);
  });

  it('a history day after the first simulated day is rejected', () => {
    expect(() =>
      mechScenario({
        days: 5,
        states: states(),
        history: { ceasefire: { kind: 'ceasefire', since: -5 } },
        events: [{ day: -20, border: 'closed' }],
      }),
    ).toThrow(/first simulated day \(-20/);
  });
});
