/**
 * Profiles that transfer (docs/scenario-reference.md "Profiles"): a new scenario written with the
 * profile defaults behaves plausibly for a strong–strong and a strong–weak dyad alike. The same
 * mechanisms, not a profile-specific rule, make the difference: risk scales with the opponent's
 * capability, escalation dominance with the capability ratio.
 */
import { describe, expect, it } from 'vitest';
import { dyadRung } from '../../src/model/index.js';
import { runs, scenarioFrom } from '../helpers/scenarios.js';

/** A year after a blamed mass-casualty attack, everything else at its defaults. */
function dyad(second: 'strong' | 'weak') {
  return scenarioFrom({
    name: `strong-${second}`,
    days: 365,
    states: { alpha: { profile: 'strong' }, beta: { profile: second } },
    spoilers: { militants: { host: 'beta', target: 'alpha', hazard: 0.02 } },
    thirdParties: { mediator: { leverage: { alpha: 0.4, beta: 0.5 }, canHost: true } },
    events: [{ day: 0, spoilerAttack: { spoiler: 'militants', deaths: 40, blamed: true } }],
  });
}

function warShare(second: 'strong' | 'weak', n: number) {
  const scenario = dyad(second);
  const war = scenario.params.ladder.thresholds.war;
  const results = runs(scenario, 'profiles', n);
  for (const run of results) {
    const t0 = run.outcome.firstKineticDay;
    // Nobody opens with open war on the day of the trigger.
    if (t0 !== null) expect(dyadRung(run.records, t0), `run ${run.runIndex}`).toBeLessThan(war);
  }
  return results.filter((run) => run.outcome.peakRung >= war).length / n;
}

describe('profile defaults transfer', () => {
  it('strong–strong: war is rare and never opens a bout; strong–weak: no rarer', () => {
    const n = 300;
    const strongStrong = warShare('strong', n);
    const strongWeak = warShare('weak', n);
    expect(strongStrong).toBeLessThan(0.12);
    expect(strongWeak).toBeLessThan(0.45);
    expect(strongWeak).toBeGreaterThanOrEqual(strongStrong);
  });
});
