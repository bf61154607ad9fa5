/** The properties docs/model.md ("Properties") says the implementation must hold. */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../src/model/index.js';
import { quietStates, runs, scenarioFrom } from '../helpers/scenarios.js';

/** One scripted, blamed attack on the strong state and nothing else that could start a fight. */
function echoScenario(stateExtra: Record<string, unknown> = {}, deaths = 25) {
  return scenarioFrom(echoDoc(stateExtra, deaths));
}

function echoDoc(stateExtra: Record<string, unknown> = {}, deaths = 25): Record<string, unknown> {
  return {
    name: 'echo',
    days: 120,
    states: quietStates(stateExtra),
    spoilers: { cell: { host: 'weakland', target: 'strongland', hazard: 0 } },
    events: [{ day: 0, spoilerAttack: { spoiler: 'cell', deaths, blamed: true } }],
  };
}

describe('model properties', () => {
  it('nothing ever happens without spoilers, events, grievance, hostility, g0 or tremble', () => {
    const scenario = scenarioFrom({ name: 'calm', days: 365, states: quietStates() });
    for (const run of runs(scenario, 'calm', 50)) {
      expect(run.records.rung.every((rung) => rung === 0)).toBe(true);
      expect(run.outcome.finalState).toBe('fizzled');
    }
  });

  it('the retaliation echo of one attack dies out: over by day 60 in 95% of runs, before the horizon in every run', () => {
    // A planned answer keeps its grievance until it falls due (commitment.ts), so a late answer
    // can start one more round after a few quiet days: each round may start another, and the
    // echo's length has a geometric tail (of these 400 runs about 2% last past day 60, one past
    // day 100), but every run ends.
    const scenario = echoScenario();
    const results = runs(scenario, 'echo', 400);
    // A long response lag can cool the grievance before the strike falls due: most runs, not all, fight.
    expect(results.filter((r) => r.outcome.bouts.length >= 1).length / results.length).toBeGreaterThan(0.8);
    const ends = results.map((r) => r.outcome.bouts.at(-1)?.end ?? 0);
    expect(ends.filter((end) => end >= 60).length / ends.length).toBeLessThan(0.05);
    for (const end of ends) expect(end).toBeLessThan(scenario.params.days - 5);
  });

  it('with memory = 1, satisfaction = 0 and no generosity the echo never dies out', () => {
    // Generosity is forgiveness (forgiveness.ts): a forgiving state writes its grievance down, so
    // with it even a state that forgets nothing can end the echo.
    const scenario = echoScenario({ memory: 1, satisfaction: 0, generosity: 0 });
    for (const run of runs(scenario, 'echo', 100)) {
      const last = run.outcome.bouts.at(-1);
      // Halts and planned strikes make the fighting intermittent, but it never stops for long.
      expect(last?.end).toBeGreaterThanOrEqual(scenario.params.days - 30);
    }
  });

  it('claims settle nothing: with the narrative out of halts, exact and inflated claims give the same rungs', () => {
    const noNarrative = ['constants.halt.narrative=0'];
    const inflated = scenarioFrom({ ...echoDoc({ claimMedian: 20, claimSigma: 0.5 }) }, noNarrative);
    const exact = scenarioFrom({ ...echoDoc({ claimMedian: 1, claimSigma: 0 }) }, noNarrative);
    for (let k = 0; k < 50; k += 1) {
      const a = simulateRun(inflated.params, 'claims', k);
      const b = simulateRun(exact.params, 'claims', k);
      expect(Array.from(a.records.rung)).toEqual(Array.from(b.records.rung));
      expect(Array.from(a.records.grievance)).toEqual(Array.from(b.records.grievance));
    }
  });

  it('Richardson limit: with the opponent held at a constant rung, H converges to (a·r/8 + g0)/m', () => {
    for (const [rung, a, m, g0] of [[3, 0.6, 0.3, 0.05], [2, 1.2, 0.5, 0.1], [0, 0.6, 0.25, 0.2]] as const) {
      const days = 200;
      const scenario = scenarioFrom({
        name: 'richardson',
        days,
        states: {
          held: { profile: 'weak', tremble: 0 },
          watcher: { profile: 'strong', reactivity: a, restraint: m, grievanceBase: g0, tremble: 0, misreadProb: 0 },
        },
        events: Array.from({ length: days }, (_, day) => ({ day, setRung: { state: 'held', rung } })),
      });
      const run = simulateRun(scenario.params, 'richardson', 0);
      const watcher = scenario.params.states.findIndex((s) => s.id === 'watcher');
      const finalHostility = run.records.hostility[(days - 1) * 2 + watcher]!;
      expect(finalHostility).toBeCloseTo((a * rung / 8 + g0) / m, 9);
    }
  });

  it('more spoiler hazard never lowers the mean number of kinetic days (common random numbers)', () => {
    const meanKinetic = (hazard: number) => {
      const scenario = scenarioFrom({
        name: 'hazard',
        days: 180,
        states: { a: { profile: 'strong' }, b: { profile: 'weak' } },
        spoilers: { cell: { host: 'b', target: 'a', hazard } },
      });
      const results = runs(scenario, 'monotone', 150);
      return results.reduce((sum, r) => sum + r.outcome.kineticDays, 0) / results.length;
    };
    const hazards = [0, 0.02, 0.05, 0.1, 0.2, 0.4];
    const means = hazards.map(meanKinetic);
    for (let n = 1; n < means.length; n += 1) expect(means[n]!).toBeGreaterThanOrEqual(means[n - 1]!);
    expect(means.at(-1)!).toBeGreaterThan(means[0]!);
  });
});
