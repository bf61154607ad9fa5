/** The properties MODEL.md §6 says the implementation must hold. */
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../src/model/index.js';
import { quietStates, runs, scenarioFrom } from '../helpers/scenarios.js';

/** One scripted, blamed attack on the strong state and nothing else that could start a fight. */
function echoScenario(stateExtra: Record<string, unknown> = {}) {
  return scenarioFrom({
    name: 'echo',
    days: 120,
    states: quietStates(stateExtra),
    spoilers: { cell: { host: 'weakland', target: 'strongland', hazard: 0 } },
    events: [{ day: 0, spoilerAttack: { spoiler: 'cell', deaths: 11, blamed: true } }],
  });
}

describe('MODEL.md §6 properties', () => {
  it('nothing ever happens without spoilers, events, grievance, hostility, g0 or tremble', () => {
    const scenario = scenarioFrom({ name: 'calm', days: 365, states: quietStates() });
    for (const run of runs(scenario, 'calm', 50)) {
      expect(run.records.rung.every((rung) => rung === 0)).toBe(true);
      expect(run.outcome.finalState).toBe('fizzled');
    }
  });

  it('the retaliation echo of one attack dies out (one bout within 30 days) in ≥ 95% of runs with default claims', () => {
    const scenario = echoScenario();
    const results = runs(scenario, 'echo', 400);
    const diedOut = results.filter((r) => r.outcome.bouts.length === 1 && r.outcome.bouts[0]!.end - r.outcome.bouts[0]!.start < 30);
    expect(results.every((r) => r.outcome.bouts.length >= 1)).toBe(true);
    expect(diedOut.length / results.length).toBeGreaterThanOrEqual(0.95);
  });

  it('with memory = 1 and satisfaction = 0 the echo never dies out', () => {
    const scenario = echoScenario({ memory: 1, satisfaction: 0 });
    for (const run of runs(scenario, 'echo', 100)) {
      const last = run.outcome.bouts.at(-1);
      expect(run.outcome.bouts).toHaveLength(1);
      expect(last?.end).toBeGreaterThanOrEqual(scenario.params.days - 4);
    }
  });

  it('with exact claims the echo does not reliably die out (bouts end through inflated claims)', () => {
    const scenario = echoScenario({ claimMedian: 1, claimSigma: 0 });
    const results = runs(scenario, 'echo', 200);
    const diedOut = results.filter((r) => r.outcome.bouts.length === 1 && r.outcome.bouts[0]!.end - r.outcome.bouts[0]!.start < 30);
    expect(diedOut.length / results.length).toBeLessThan(0.5);
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
