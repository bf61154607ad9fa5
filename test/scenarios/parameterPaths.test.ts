/** Which parameters a sweep can vary, their ranges, "closest valid paths", and loading one scenario many times. */
import { describe, expect, it } from 'vitest';
import { closestPaths, describeParameter, inRange, loadScenario, numericParameter, numericParameterPaths, prepareScenario } from '../../src/scenarios/index.js';
import { DURAND } from '../helpers/scenarios.js';

const prepared = prepareScenario(DURAND);
const paths = numericParameterPaths(prepared.data);

describe('numericParameterPaths', () => {
  it("lists the scenario's own numbers under its own ids, and leaves out what is not a model parameter", () => {
    for (const path of [
      'days',
      'states.pakistan.capability',
      'states.afghanistan.maxRung',
      'spoilers.ttp.hazard',
      'spoilers.ttp.agreementSuppression',
      'thirdParties.qatar.appealEvery',
      // Leverage on a state the file does not list for this party is 0, and can be swept.
      'thirdParties.iran.leverage.pakistan',
      'constants.accept.b0',
      'constants.leverageHalfLife',
      'ladder.changes.7.muMil',
      'events.0.day',
      'events.1.spoilerAttack.deaths',
    ]) {
      expect(paths, path).toContain(path);
    }
    for (const path of ['runs', 'seed', 'states.india.capability', 'spoilers.ttp.host', 'events.0.setRung.rung', 'events.2.day', 'thirdParties.qatar.canHost']) {
      expect(paths, path).not.toContain(path);
    }
  });

  it('gives each parameter its valid range and whether it is whole, from the schema', () => {
    expect(numericParameter(prepared.data, 'spoilers.ttp.hazard')).toMatchObject({ integer: false, min: 0, max: 50, minOpen: false, expected: 'a number in [0, 50]' });
    expect(numericParameter(prepared.data, 'states.pakistan.capability')).toMatchObject({ min: 0, minOpen: true, expected: 'a number in (0, 10]' });
    const maxRung = numericParameter(prepared.data, 'states.pakistan.maxRung')!;
    expect(maxRung).toMatchObject({ integer: true, min: 0, max: 31, segments: ['states', 'pakistan', 'maxRung'] });
    // The schema allows any rung of a ladder up to 32 rungs; validation checks it against this scenario's ladder.
    expect([inRange(maxRung, 8), inRange(maxRung, 32), inRange(maxRung, 7.5)]).toEqual([true, false, false]);
    expect(inRange(numericParameter(prepared.data, 'states.pakistan.capability')!, 0)).toBe(false);
    expect(numericParameter(prepared.data, 'events.1.spoilerAttack.deaths')!.segments).toEqual(['events', 1, 'spoilerAttack', 'deaths']);
    expect(numericParameter(prepared.data, 'spoilers.ttp.hazzard')).toBeUndefined();
    // The schema's default, where it has one (the explorer shows it beside the file's value).
    expect(numericParameter(prepared.data, 'constants.truceDays')!.defaultValue).toBe(2);
    expect(numericParameter(prepared.data, 'events.1.spoilerAttack.deaths')!.defaultValue).toBeUndefined();
    expect(describeParameter('spoilers.ttp.hazard')).toBe('λ0: significant attacks per day');
    expect(describeParameter('states.pakistan.capability')).toBe('relative military capability K');
  });
});

describe('closestPaths', () => {
  it('suggests the intended path first, for typos, wrong ids and missing prefixes', () => {
    expect(closestPaths('spoilers.ttp.hazzard', paths)[0]).toBe('spoilers.ttp.hazard');
    expect(closestPaths('spoiler.ttp.hazard', paths)[0]).toBe('spoilers.ttp.hazard');
    expect(closestPaths('states.pakistn.capability', paths)[0]).toBe('states.pakistan.capability');
    expect(closestPaths('capability', paths).slice(0, 2).sort()).toEqual(['states.afghanistan.capability', 'states.pakistan.capability']);
    expect(closestPaths('spoilers.tpp.suppression', paths, 3)).toHaveLength(3);
  });
});

describe('prepareScenario', () => {
  it('loads the same scenario as loadScenario, and variants as loadScenario with --set would', () => {
    expect(prepared.base.paramsHash).toBe(loadScenario(DURAND).paramsHash);
    const variant = prepared.withOverrides([{ source: '--param spoilers.ttp.hazard=0.3', path: ['spoilers', 'ttp', 'hazard'], value: 0.3 }]);
    expect(variant.paramsHash).toBe(loadScenario(DURAND, { set: ['spoilers.ttp.hazard=0.3'] }).paramsHash);
    // The base is untouched by a variant.
    expect(prepared.withOverrides([]).paramsHash).toBe(prepared.base.paramsHash);
  });

  it('validates variants like the file, naming the override that broke it', () => {
    expect(() => prepared.withOverrides([{ source: '--param days=5 (sweep point 0)', path: ['days'], value: 5 }])).toThrow(
      /durand-line-2025\.yaml:\d+:\d+ events\[1\]\.day: expected a day from 0 to 4 \(the horizon is 5 days\), found 8/,
    );
    expect(() => prepared.withOverrides([{ source: '--param spoilers.ttp.hazard=99 (sweep point 2)', path: ['spoilers', 'ttp', 'hazard'], value: 99 }])).toThrow(
      '--param spoilers.ttp.hazard=99 (sweep point 2) spoilers.ttp.hazard: expected a number in [0, 50], found 99',
    );
  });
});
