/** The shipped targets file, and `--set` paths through number-keyed mappings. */
import { describe, expect, it } from 'vitest';
import { loadScenario, loadTargets, MEASURE_NAMES } from '../../src/scenarios/index.js';
import { DURAND, ROOT } from '../helpers/scenarios.js';

describe('scenarios/targets/oct-2025.yaml', () => {
  it("holds the record's 14 stylized facts and the four shapes model 1 could not meet, each with known measures", () => {
    const targets = loadTargets(`${ROOT}scenarios/targets/oct-2025.yaml`);
    expect(targets.targets.slice(0, 14).map((t) => t.fact)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(targets.targets.slice(14).map((t) => t.id)).toEqual(['ceasefire-lasts-months', 'bouts-per-year', 'ratchet', 'truce-before-talks']);
    for (const target of targets.targets) for (const c of target.criteria) expect(MEASURE_NAMES).toContain(c.measure);
    expect(targets.targets.flatMap((t) => t.criteria)).toHaveLength(23);
  });
});

describe('--set through a number-keyed mapping', () => {
  it('treats a number segment as a key where the schema has a mapping, and as an index where it has a list', () => {
    const before = loadScenario(DURAND).params.ladder;
    const ladder = loadScenario(DURAND, { set: ['ladder.changes.6.muMil=1.5'] }).params.ladder;
    expect(ladder.muMil[6]).toBe(1.5);
    expect({ ...ladder, muMil: before.muMil }).toEqual(before);
    expect(ladder.muMil.filter((_, rung) => rung !== 6)).toEqual(before.muMil.filter((_, rung) => rung !== 6));
    const events = loadScenario(DURAND, { set: ['events.1.day=9'] }).params.events;
    expect(events.map((e) => e.day)).toEqual([0, 9]);
  });
});

describe('no-mediators.yaml', () => {
  it('is durand-line-2025.yaml without third parties, so compare isolates mediation', () => {
    const durand = loadScenario(DURAND).params;
    const none = loadScenario(`${ROOT}scenarios/no-mediators.yaml`).params;
    expect(none.thirdParties).toEqual([]);
    expect({ ...none, thirdParties: durand.thirdParties }).toEqual(durand);
  });
});
