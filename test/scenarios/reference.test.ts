/**
 * docs/scenario-reference.md, generated from the zod schema: fresh, complete (every field of the
 * JSON Schema, each with a meaning) and right (its defaults are what the resolver applies).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText, scenarioJsonSchema, scenarioReferenceMarkdown } from '../../src/scenarios/index.js';
import { scenarioReferenceRows, type ReferenceRow } from '../../src/scenarios/referenceRows.js';
import { brink } from '../helpers/cli.js';
import { ROOT } from '../helpers/scenarios.js';

const rows = scenarioReferenceRows();
const row = (path: string): ReferenceRow => {
  const found = rows.find((r) => r.path === path);
  if (found === undefined) throw new Error(`no reference row for ${path}`);
  return found;
};

interface JsonNode {
  properties?: Record<string, JsonNode>;
  additionalProperties?: JsonNode | boolean;
  items?: JsonNode;
  propertyNames?: { pattern?: string };
}

/** Field paths read from the JSON Schema, independently of the reference's walk over zod. */
function jsonSchemaPaths(node: JsonNode, prefix: string, out: string[]): string[] {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    out.push(path);
    jsonSchemaPaths(child, path, out);
  }
  const values = node.additionalProperties;
  if (typeof values === 'object' && values.properties !== undefined) {
    jsonSchemaPaths(values, `${prefix}.${node.propertyNames?.pattern === '^(0|[1-9][0-9]?)$' ? '<rung>' : '<id>'}`, out);
  }
  if (node.items?.properties !== undefined) jsonSchemaPaths(node.items, `${prefix}[<n>]`, out);
  return out;
}

describe('docs/scenario-reference.md', () => {
  it('is the reference generated from the zod schema (run `npm run docs` after changing the schema)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'scenario-reference.md'), 'utf8')).toBe(scenarioReferenceMarkdown());
  });

  it('`brink schema --reference` prints it', async () => {
    const result = await brink(['schema', '--reference']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(scenarioReferenceMarkdown());
  });

  it('has a row for every field of the JSON Schema, each with a type and a meaning', () => {
    const expected = jsonSchemaPaths(scenarioJsonSchema() as JsonNode, '', []);
    expect(expected).toContain('states.<id>.capability');
    expect(expected).toContain('ladder.changes.<rung>.muMil');
    expect(rows.map((r) => r.path).sort()).toEqual([...expected].sort());
    for (const r of rows) {
      expect(r.meaning, r.path).not.toBe('');
      expect(r.type, r.path).not.toBe('any');
    }
  });

  it('gives per-profile defaults and valid ranges as validation applies them', () => {
    expect(row('states.<id>.capability')).toMatchObject({ type: 'number', default: '1 (strong) / 0.35 (weak)', valid: '(0, 10]' });
    expect(row('states.<id>.stepUp')).toMatchObject({ type: 'whole number', default: '2', valid: '1–8' });
    expect(row('states.<id>.profile')).toMatchObject({ default: 'required', valid: '`strong`, `weak`' });
    expect(row('spoilers.<id>.hazard')).toMatchObject({ default: '0.12', valid: '[0, 50]' });
    expect(row('thirdParties.<id>.leverage')).toMatchObject({ type: 'mapping of numbers', valid: expect.stringContaining('values [0, 1]') });
    expect(row('events[<n>].day')).toMatchObject({ default: 'required', valid: '-3650–3649' });
    expect(row('startDate')).toMatchObject({ type: 'date', default: '—' });
    expect(row('constants.accept.b0')).toMatchObject({ default: '-2', meaning: 'intercept of the logit' });
  });

  it('documents the defaults the resolver applies to a file that leaves everything out', () => {
    const minimal = loadScenarioText(
      'name: minimal\nstates:\n  a: { profile: strong }\n  b: { profile: weak }\nspoilers:\n  s: { host: b, target: a }\nthirdParties:\n  k: {}\n',
      'minimal.yaml',
    );
    const { states, spoilers, thirdParties, constants } = minimal.params;
    const documented = (path: string): string[] => row(path).default.split(' / ').map((part) => part.replace(/ \((strong|weak)\)$/, ''));
    const parse = (text: string) => (text === 'true' || text === 'false' ? text === 'true' : Number(text));
    const isValue = (text: string) => /^-?[0-9.]+$|^(true|false)$/.test(text);
    let checked = 0;
    for (const r of rows) {
      const segments = r.path.split('.');
      if (!isValue(documented(r.path)[0]!)) continue;
      if (segments[0] === 'states') {
        const [strong, weak = strong] = documented(r.path).map(parse);
        expect(states[0][segments[2] as 'capability'], r.path).toBe(strong);
        expect(states[1][segments[2] as 'capability'], r.path).toBe(weak);
      } else if (segments[0] === 'spoilers') {
        expect(spoilers[0]![segments[2] as 'hazard'], r.path).toBe(parse(r.default));
      } else if (segments[0] === 'thirdParties' && segments[2]! in thirdParties[0]!) {
        expect(thirdParties[0]![segments[2] as 'appealEvery'], r.path).toBe(parse(r.default));
      } else if (segments[0] === 'constants') {
        // constants.wMil, constants.accept.b0: walk the resolved constants along the path.
        const value = segments.slice(1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], constants);
        expect(value, r.path).toBe(parse(r.default));
      } else continue;
      checked += 1;
    }
    // 29 state parameters, 8 spoiler, 6 third-party and 32 constants fields have plain defaults.
    expect(checked).toBeGreaterThan(70);
  });
});
