/** The bundled scenarios, the generated JSON Schema, `--set` overrides and "did you mean". */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { InputError, loadScenario, loadScenarioText, scenarioJsonSchemaText } from '../../src/scenarios/index.js';
import { closestName } from '../../src/scenarios/suggest.js';
import { DURAND, ROOT } from '../helpers/scenarios.js';

const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.message.split('\n');
    throw error;
  }
  return [];
};

describe('bundled scenarios', () => {
  const files = readdirSync(join(ROOT, 'scenarios')).filter((f) => /\.(ya?ml|json)$/.test(f));

  it('include the three the project ships', () => {
    expect(files).toEqual(expect.arrayContaining(['durand-line-2025.yaml', 'quiet-border.yaml', 'no-mediators.yaml']));
  });

  it.each(files)('%s validates', (file) => {
    const scenario = loadScenario(join(ROOT, 'scenarios', file));
    expect(scenario.params.states.map((s) => s.id)).toHaveLength(2);
  });

  it('no-mediators.yaml is the 2025 case with the third parties removed, and nothing else changed', () => {
    const durand = loadScenario(DURAND);
    const bare = loadScenario(join(ROOT, 'scenarios', 'no-mediators.yaml'));
    expect(bare.params.thirdParties).toEqual([]);
    expect({ ...bare.params, thirdParties: [] }).toEqual({ ...durand.params, thirdParties: [] });
  });

  it('the same scenario as JSON resolves to the same parameters', () => {
    const yaml = loadScenario(DURAND);
    const json = loadScenarioText(JSON.stringify(parse(readFileSync(DURAND, 'utf8'))), 'durand.json');
    expect(json.paramsHash).toBe(yaml.paramsHash);
  });
});

describe('schema/scenario.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run `npm run schema` after changing the schema)', () => {
    expect(readFileSync(join(ROOT, 'schema', 'scenario.schema.json'), 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('documents every state parameter with its defaults', () => {
    const schema = JSON.parse(scenarioJsonSchemaText());
    const stateProps = schema.properties.states.additionalProperties.properties;
    expect(stateProps.capability.description).toContain('default 1 (strong) / 0.35 (weak)');
    expect(stateProps.capability.exclusiveMinimum).toBe(0);
    expect(Object.keys(stateProps)).toContain('claimMedian');
  });
});

describe('--set overrides', () => {
  it('follow the file structure and change the resolved parameters', () => {
    const scenario = loadScenario(DURAND, {
      set: ['states.pakistan.proportionality=1.2', 'thirdParties.qatar.leverage.afghanistan=0.9', 'spoilers.ttp.hazard=0.3', 'days=90'],
    });
    const pakistan = scenario.params.states.find((s) => s.id === 'pakistan')!;
    const afghanIndex = scenario.params.states.findIndex((s) => s.id === 'afghanistan');
    expect(pakistan.proportionality).toBe(1.2);
    expect(scenario.params.thirdParties.find((k) => k.id === 'qatar')!.leverage[afghanIndex]).toBe(0.9);
    expect(scenario.params.spoilers[0]!.hazard).toBe(0.3);
    expect(scenario.params.days).toBe(90);
    expect(scenario.paramsHash).not.toBe(loadScenario(DURAND).paramsHash);
  });

  it('are validated like the file, naming the flag', () => {
    expect(problemsOf(() => loadScenario(DURAND, { set: ['states.pakistan.capability=-2'] }))).toEqual([
      '--set states.pakistan.capability=-2 states.pakistan.capability: expected a number in (0, 10], found -2',
    ]);
    expect(problemsOf(() => loadScenario(DURAND, { set: ['states.pakistan.capabilty=2'] }))).toEqual([
      '--set states.pakistan.capabilty=2 states.pakistan.capabilty: unknown key "capabilty" (did you mean "capability"?)',
    ]);
    expect(problemsOf(() => loadScenario(DURAND, { set: ['nonsense'] }))).toEqual([
      '--set nonsense: expected path=value (for example states.pakistan.capability=0.5), found "nonsense"',
    ]);
    expect(problemsOf(() => loadScenario(DURAND, { set: ['states.__proto__.x=1'] }))[0]).toContain('"__proto__" is not allowed');
    expect(problemsOf(() => loadScenario(DURAND, { set: ['name.x=1'] }))[0]).toContain('cannot set inside name');
  });

  it('--days moves the horizon, and scripted events outside it are reported', () => {
    expect(loadScenario(DURAND, { days: 30 }).params.days).toBe(30);
    expect(problemsOf(() => loadScenario(DURAND, { days: 5 }))).toEqual([
      expect.stringMatching(/durand-line-2025\.yaml:\d+:\d+ events\[1\]\.day: expected a day from 0 to 4 \(the horizon is 5 days\), found 8$/),
    ]);
  });
});

describe('closestName', () => {
  it('suggests near misses and nothing for unrelated names', () => {
    expect(closestName('capabilty', ['capability', 'maxRung'])).toBe('capability');
    expect(closestName('thirdparties', ['thirdParties', 'spoilers'])).toBe('thirdParties');
    expect(closestName('afganistan', ['afghanistan', 'pakistan'])).toBe('afghanistan');
    expect(closestName('c', ['a', 'b'])).toBeUndefined();
    expect(closestName('weather', ['capability', 'maxRung'])).toBeUndefined();
  });
});
