/**
 * The measures behind `brink check`, on runs whose history is scripted so the right answer is
 * known, and as invariants over many runs of the 2025 case.
 */
import { describe, expect, it } from 'vitest';
import { OBSERVERS } from '../../src/calibration/facts/index.js';
import { simulateRun } from '../../src/model/index.js';
import { loadScenario, MEASURE_NAMES, MEASURES } from '../../src/scenarios/index.js';
import { DURAND, quietStates, scenarioFrom } from '../helpers/scenarios.js';

/** Quiet states that never act on their own: only scripted rungs and attacks happen. */
function scripted(events: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  return scenarioFrom({
    name: 'scripted',
    days: 40,
    states: quietStates({ tolerance: 1e6, generosity: 0, ...extra }),
    spoilers: { militants: { host: 'weakland', target: 'strongland', hazard: 0 } },
    thirdParties: { mediator: { leverage: { strongland: 0.6, weakland: 0.1 }, appealThreshold: 8 } },
    events,
  });
}
const rung = (day: number, state: string, r: number) => ({ day, setRung: { state, rung: r } });
const attack = (day: number) => ({ day, spoilerAttack: { spoiler: 'militants', deaths: 5, blamed: true } });
const defaults = (name: keyof typeof MEASURES) => MEASURES[name].options.parse({}) as Record<string, unknown>;

describe('fact measures', () => {
  it('cover the measure catalogue exactly', () => {
    expect(Object.keys(OBSERVERS).sort()).toEqual([...MEASURE_NAMES].sort());
  });

  it('case measures: peakRung (first bout, by side), firstRungDay (censored at the horizon), replyShare, firstBoutDays, topRungDays, closureDays/closureShare, pauseShare', () => {
    const scenario = scripted([rung(3, 'strongland', 6), rung(4, 'weakland', 6), rung(5, 'strongland', 5), { day: 5, border: 'closed' }, { day: 12, ceasefire: 'ceasefire' }, { day: 15, border: 'open' }, rung(30, 'strongland', 7), { day: 31, border: 'closed' }]);
    const run = simulateRun(scenario.params, 'f', 0);
    const params = scenario.params;
    const opts = (name: keyof typeof MEASURES, o: Record<string, unknown> = {}) => ({ ...defaults(name), ...o });
    expect(OBSERVERS.peakRung(run, params, opts('peakRung'))).toEqual({ values: [6], counts: [] });
    expect(OBSERVERS.peakRung(run, params, opts('peakRung', { side: 'weaker' }))).toEqual({ values: [6], counts: [] });
    expect(OBSERVERS.firstRungDay(run, params, opts('firstRungDay', { minRung: 6 }))).toEqual({ values: [3], counts: [] });
    expect(OBSERVERS.firstRungDay(run, params, opts('firstRungDay', { minRung: 8 }))).toEqual({ values: [40], counts: [] });
    expect(OBSERVERS.replyShare(run, params, opts('replyShare', { withinDays: 1 }))).toEqual({ values: [], counts: [1, 1] });
    expect(OBSERVERS.replyShare(run, params, opts('replyShare', { replyRung: 7, withinDays: 3 }))).toEqual({ values: [], counts: [0, 1] });
    expect(OBSERVERS.firstBoutDays(run, params, {})).toEqual({ values: [3], counts: [] });
    expect(OBSERVERS.topRungDays(run, params, opts('topRungDays'))).toEqual({ values: [2], counts: [] });
    expect(OBSERVERS.closureShare(run, params, {})).toEqual({ values: [], counts: [1, 1] });
    // The first closure only (a second on day 31), computed from the day records another way.
    const closed = Array.from(run.records.borderClosed);
    const first = closed.indexOf(1);
    expect(first).toBe(5);
    expect(OBSERVERS.closureDays(run, params, {}).values).toEqual([closed.slice(first).indexOf(0)]);
    expect(OBSERVERS.pauseShare(run, params, opts('pauseShare'))).toEqual({ values: [], counts: [1, 1] });
    const quiet = simulateRun(scripted([]).params, 'f', 0);
    expect(OBSERVERS.pauseShare(quiet, params, opts('pauseShare', { kind: 'truce' }))).toEqual({ values: [], counts: [0, 1] });
    expect(OBSERVERS.closureDays(quiet, params, {})).toEqual({ values: [], counts: [] });
  });

  it('boutsPerYear: bouts × 365 ÷ days; boutPeakRise: later bout higher among pairs with different peaks', () => {
    const scenario = scripted([rung(2, 'strongland', 5), rung(10, 'strongland', 6), rung(20, 'strongland', 6), rung(30, 'strongland', 4)]);
    const run = simulateRun(scenario.params, 'f', 0);
    expect(run.outcome.bouts.map((b) => b.peakRung)).toEqual([5, 6, 6, 4]);
    expect(OBSERVERS.boutsPerYear(run, scenario.params, {})).toEqual({ values: [(4 * 365) / 40], counts: [] });
    // Pairs 5→6 (rise), 6→6 (left out), 6→4 (fall).
    expect(OBSERVERS.boutPeakRise(run, scenario.params, {})).toEqual({ values: [], counts: [1, 2] });
  });

  it('ceasefireDuration: each spell of ceasefire or agreement days, one still running at the horizon counted so far', () => {
    const scenario = scripted([{ day: 3, ceasefire: 'ceasefire' }, { day: 7, ceasefire: 'none' }, { day: 10, ceasefire: 'truce' }, { day: 12, ceasefire: 'ceasefire' }, { day: 20, ceasefire: 'none' }, { day: 35, ceasefire: 'ceasefire' }]);
    const run = simulateRun(scenario.params, 'f', 0);
    expect(OBSERVERS.ceasefireDuration(run, scenario.params, {}).values).toEqual([4, 8, 5]);
  });

  it('truceBeforeTalks: a truce in force before the first mediated session (CAMEO 045); runs without a session give nothing', () => {
    const scenario = scripted([{ day: 3, ceasefire: 'truce' }]);
    const run = simulateRun(scenario.params, 'f', 0);
    const session = (day: number) => ({ day, actor: 'mediator', target: 'dyad', cameo: '045', goldstein: 5, cause: 'session' as const, what: 'session' });
    const withSession = (day: number) => ({ ...run, events: [...run.events, session(day)] });
    expect(OBSERVERS.truceBeforeTalks(run, scenario.params, {})).toEqual({ values: [], counts: [] });
    expect(OBSERVERS.truceBeforeTalks(withSession(10), scenario.params, {}).counts).toEqual([1, 1]);
    // The truce is first in force at the end of day 3: a session that day comes too early.
    expect(OBSERVERS.truceBeforeTalks(withSession(3), scenario.params, {}).counts).toEqual([0, 1]);
  });

  it('boutOnsetAfterSpoiler: a bout two days after an attack counts, one without none does', () => {
    const scenario = scripted([attack(3), rung(5, 'strongland', 5), rung(20, 'strongland', 5)]);
    const run = simulateRun(scenario.params, 'f', 0);
    expect(run.outcome.bouts.map((b) => b.start)).toEqual([5, 20]);
    expect(OBSERVERS.boutOnsetAfterSpoiler(run, scenario.params, { withinDays: 2 })).toEqual({ values: [], counts: [1, 2] });
    expect(OBSERVERS.boutOnsetAfterSpoiler(run, scenario.params, { withinDays: 1 }).counts).toEqual([0, 2]);
  });

  it('weakerRetaliationLag: days from the stronger side\'s strike to the weaker side\'s answer', () => {
    const scenario = scripted([rung(4, 'strongland', 6), rung(5, 'strongland', 4), rung(6, 'weakland', 5), rung(30, 'weakland', 4)]);
    const run = simulateRun(scenario.params, 'f', 0);
    // The second bout has no strike by the stronger side: no lag from it.
    expect(OBSERVERS.weakerRetaliationLag(run, scenario.params, {}).values).toEqual([2]);
  });

  it('untriggeredIncidentsShort: later bouts without an attack, short and low', () => {
    const scenario = scripted([attack(1), rung(2, 'strongland', 5), rung(10, 'weakland', 4), rung(11, 'weakland', 4), rung(20, 'weakland', 6), attack(29), rung(30, 'weakland', 4)]);
    const run = simulateRun(scenario.params, 'f', 0);
    expect(run.outcome.bouts.map((b) => [b.start, b.end, b.peakRung])).toEqual([[2, 2, 5], [10, 11, 4], [20, 20, 6], [30, 30, 4]]);
    // Untriggered: the bouts of day 10 (short, low: a hit) and day 20 (peak 6: a miss).
    expect(OBSERVERS.untriggeredIncidentsShort(run, scenario.params, defaults('untriggeredIncidentsShort')).counts).toEqual([1, 2]);
  });

  it('truceBreachedAfterSpoiler: an attacked truce with a kinetic day after the attack is breached', () => {
    const scenario = scripted([{ day: 5, ceasefire: 'truce' }, attack(6), rung(7, 'strongland', 5), { day: 20, ceasefire: 'truce' }, attack(21)], { initialGrievance: 0 });
    const run = simulateRun(scenario.params, 'f', 0);
    expect(OBSERVERS.truceBreachedAfterSpoiler(run, scenario.params, {}).counts).toEqual([1, 2]);
  });

  it('firstAppealLag and appealersWithin: from the first rung ≥ 5 to the appeals', () => {
    const scenario = scripted([rung(3, 'strongland', 5), { day: 4, appeal: { party: 'mediator' } }]);
    const run = simulateRun(scenario.params, 'f', 0);
    expect(OBSERVERS.firstAppealLag(run, scenario.params, { minRung: 5 }).values).toEqual([1]);
    expect(OBSERVERS.appealersWithin(run, scenario.params, { minRung: 5, withinDays: 2 }).values).toEqual([1]);
    expect(OBSERVERS.appealersWithin(run, scenario.params, { minRung: 5, withinDays: 0 }).values).toEqual([0]);
  });

  it('agree with their definitions recomputed from the records, over 100 runs of the 2025 case', () => {
    const { params } = loadScenario(DURAND);
    for (let k = 0; k < 100; k += 1) {
      const run = simulateRun(params, 'facts', k);
      const r = run.records;
      // worstDayCivilianShare: max over the first bout's days of both sides' civilian deaths ÷ their sum.
      const bout = run.outcome.bouts[0]!;
      const daily = Array.from({ length: bout.end - bout.start + 1 }, (_, n) => r.civilianDeaths[(bout.start + n) * 2]! + r.civilianDeaths[(bout.start + n) * 2 + 1]!);
      const total = daily.reduce((a, b) => a + b, 0);
      expect(OBSERVERS.worstDayCivilianShare(run, params, {}).values).toEqual(total > 0 ? [Math.max(...daily) / total] : []);
      // timeToPeak is the outcome's peakDay.
      expect(OBSERVERS.timeToPeak(run, params, {}).values).toEqual([run.outcome.peakDay]);
      // Every share's hits never exceed its trials; every value is finite.
      for (const name of MEASURE_NAMES) {
        const options = name === 'claimRatio' ? { side: 'stronger' } : defaults(name);
        const seen = OBSERVERS[name](run, params, options);
        for (const v of seen.values) expect(Number.isFinite(v), name).toBe(true);
        for (let c = 0; c + 1 < seen.counts.length; c += 2) expect(seen.counts[c]!, name).toBeLessThanOrEqual(seen.counts[c + 1]!);
      }
    }
  });
});

describe('ceasefireAfterEarlyMediation', () => {
  it('counts a ceasefire made before T0 (scripted) at the horizon, never as negative days', () => {
    const scenario = scripted([{ day: 2, ceasefire: 'ceasefire' }, { day: 3, offerMediation: { party: 'mediator' } }, rung(5, 'strongland', 5)]);
    const run = simulateRun(scenario.params, 'f', 0);
    expect(run.outcome.ceasefireDay).toBe(2);
    expect(run.outcome.firstKineticDay).toBe(5);
    const seen = OBSERVERS.ceasefireAfterEarlyMediation(run, scenario.params, { offeredBy: 7 });
    for (const v of seen.values) expect(v).toBeGreaterThanOrEqual(0);
  });
});
