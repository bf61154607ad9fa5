/**
 * Every chart builder's spec: valid against the Vega-Lite JSON Schema shipped in the vega-lite
 * package, compiled without a single warning, carrying what every chart must carry, and golden
 * for durand-line-2025.yaml at seed "golden": each spec checked in whole, as readable JSON, in
 * test/golden/charts/<chart>.json, so a diff of the golden shows which values changed.
 *
 * To regenerate after a deliberate change: UPDATE_GOLDEN=1 npm test -- test/charts
 * and say in the commit message why the charts changed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSpec } from '../../src/render/index.js';
import { allChartSpecs } from '../helpers/charts.js';
import { readableJson } from '../helpers/readableJson.js';
import { encodings, untitledAxes } from '../helpers/specChecks.js';
import { ROOT } from '../helpers/scenarios.js';

const GOLDEN_DIR = join(ROOT, 'test', 'golden', 'charts');
const require = createRequire(import.meta.url);

let specs: Record<string, TopLevelSpec>;
beforeAll(async () => {
  specs = await allChartSpecs();
}, 120_000);

describe('chart specs', () => {
  it('validate against the Vega-Lite JSON Schema', () => {
    const ajv = new Ajv({ strict: false, logger: false });
    const validate = ajv.compile(require('vega-lite/vega-lite-schema.json'));
    for (const [name, spec] of Object.entries(specs)) {
      const valid = validate(spec);
      expect(valid, `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
    // The validator is not vacuous: a misspelled mark type fails it.
    expect(validate({ ...specs.outcomes, mark: 'barr', layer: undefined })).toBe(false);
  });

  it('compile with zero warnings', () => {
    for (const [name, spec] of Object.entries(specs)) expect(compileSpec(spec).warnings, name).toEqual([]);
    // Warnings are collected, not swallowed: an encoding on a field type Vega-Lite rejects warns.
    const bad = { data: { values: [{ a: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative', aggregate: 'nonsense' } } };
    expect(compileSpec(bad as unknown as TopLevelSpec).warnings.length).toBeGreaterThan(0);
  });

  it('carry $schema, a title, a subtitle naming scenario and seed, provenance and axis titles', () => {
    for (const [name, spec] of Object.entries(specs)) {
      const s = spec as unknown as Record<string, unknown> & { title: { text: string; subtitle: string[] }; usermeta: { brink: Record<string, unknown> } };
      expect(s.$schema, name).toBe('https://vega.github.io/schema/vega-lite/v6.json');
      expect(s.title.text.length, name).toBeGreaterThan(10);
      expect(s.title.subtitle[0], name).toContain('durand-line-2025 · seed ');
      expect(s.usermeta.brink, name).toMatchObject({ version: 'test', scenario: 'durand-line-2025', scenarioHash: 'test-hash' });
      expect(untitledAxes(spec), `${name}: axes without a title`).toEqual([]);
    }
    // The check is not vacuous: an x axis without a title is found.
    expect(untitledAxes({ mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' } } })).toEqual([' x']);
  });

  it('put tooltips on the marks that show data', () => {
    for (const [name, spec] of Object.entries(specs)) {
      const withTooltip = encodings(spec).filter((view) => (view.encoding as Record<string, unknown>).tooltip !== undefined);
      expect(withTooltip.length, name).toBeGreaterThan(0);
    }
  });

  it('are golden for durand-line-2025.yaml at seed "golden"', () => {
    const actual = Object.entries(specs).map(([name, spec]) => ({ file: `${name}.json`, text: readableJson(spec) }));
    // The readable form loses nothing: parsed back, it is the spec's JSON exactly.
    for (const [name, spec] of Object.entries(specs)) expect(JSON.stringify(JSON.parse(readableJson(spec))), name).toBe(JSON.stringify(spec));
    if (process.env.UPDATE_GOLDEN === '1') {
      rmSync(GOLDEN_DIR, { recursive: true, force: true });
      mkdirSync(GOLDEN_DIR, { recursive: true });
      for (const { file, text } of actual) writeFileSync(join(GOLDEN_DIR, file), text);
      return;
    }
    expect(existsSync(GOLDEN_DIR), 'no golden folder: generate it with UPDATE_GOLDEN=1').toBe(true);
    // One golden per chart, none left over from a removed chart.
    expect(readdirSync(GOLDEN_DIR).sort()).toEqual(actual.map(({ file }) => file).sort());
    // Byte for byte (values, key order, number formatting); the diff shows the changed lines.
    for (const { file, text } of actual) expect(text, `test/golden/charts/${file}`).toBe(readFileSync(join(GOLDEN_DIR, file), 'utf8'));
  });
});
