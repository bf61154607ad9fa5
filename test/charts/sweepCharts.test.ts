/**
 * The sweep charts (line, heatmap, per-parameter panels, Sobol' bars) fed with real sweep
 * results of durand-line-2025.yaml: valid Vega-Lite, compiled without warnings, titled, with
 * tooltips and provenance, and rendered to SVG. Same checks as specs.test.ts.
 */
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSpec, renderSvg } from '../../src/render/index.js';
import { pointKey } from '../../src/commands/sweep/pointCache.js';
import { sweepCharts } from '../../src/commands/sweep/charts.js';
import type { SweepDefinition, SweepPointRecord } from '../../src/commands/sweep/records.js';
import { sweepSobol } from '../../src/commands/sweep/sobol.js';
import { prepareScenario } from '../../src/scenarios/index.js';
import { sweepDesign, type DesignSpec } from '../../src/sim/design/sweepDesign.js';
import type { SweepParameter } from '../../src/sim/design/sweepParameter.js';
import { runSweepPoints } from '../../src/sim/runSweepPoints.js';
import { pointStatistics } from '../../src/stats/index.js';
import { DURAND } from '../helpers/scenarios.js';
import { encodings, untitledAxes } from '../helpers/specChecks.js';

const require = createRequire(import.meta.url);
const SEED = 'charts';
const RUNS = 20;
const META = { toolVersion: 'test', scenario: 'durand-line-2025', scenarioHash: 'test-hash', seed: SEED, runs: RUNS, startDate: '2025-10-09' };
const prepared = prepareScenario(DURAND, { days: 60 });

const hazard: SweepParameter = { path: 'spoilers.ttp.hazard', segments: ['spoilers', 'ttp', 'hazard'], from: 0.02, to: 0.3, steps: 3, integer: false };
const suppression: SweepParameter = { path: 'spoilers.ttp.agreementSuppression', segments: ['spoilers', 'ttp', 'agreementSuppression'], from: 0.2, to: 0.95, steps: 3, integer: false };
const maxRung: SweepParameter = { path: 'states.pakistan.maxRung', segments: ['states', 'pakistan', 'maxRung'], from: 4, to: 8, steps: 3, integer: true };

/** A small sweep run through the library, as brink sweep runs it. */
async function sweep(parameters: SweepParameter[], design: DesignSpec): Promise<{ definition: SweepDefinition; records: SweepPointRecord[] }> {
  const values = sweepDesign(parameters, design, SEED);
  const definition: SweepDefinition = { design, parameters, points: values.length, sweepHash: 'test' };
  const scenarios = values.map((v) => prepared.withOverrides(parameters.map((p, i) => ({ source: p.path, path: p.segments, value: v[i] }))));
  const records: SweepPointRecord[] = [];
  await runSweepPoints(
    scenarios.map((s, point) => ({ point, params: s.params })),
    {
      seed: SEED,
      runs: RUNS,
      workers: 1,
      onPoint: (task, tallies) => {
        records[task.point] = { point: task.point, key: pointKey(task.params, SEED, RUNS), values: values[task.point]!, statistics: pointStatistics(task.params, tallies) };
      },
    },
  );
  return { definition, records };
}

let specs: Record<string, TopLevelSpec>;
beforeAll(async () => {
  const params = prepared.base.params;
  specs = {};
  const add = (prefix: string, charts: { name: string; spec: TopLevelSpec }[]) => {
    for (const chart of charts) specs[`${prefix}/${chart.name}`] = chart.spec;
  };
  const line = await sweep([{ ...maxRung, steps: 5 }], { kind: 'grid' });
  add('grid1', sweepCharts(params, line.definition, line.records, undefined, ['pWar', 'pReached7', 'meanBouts'], RUNS, META));
  const grid = await sweep([hazard, suppression], { kind: 'grid' });
  add('grid2', sweepCharts(params, grid.definition, grid.records, undefined, ['pReached7', 'meanPeakRung'], RUNS, META));
  const lhs = await sweep([{ ...hazard, steps: undefined }, { ...maxRung, steps: undefined }, { ...suppression, steps: undefined }], { kind: 'lhs', samples: 12 });
  add('lhs', sweepCharts(params, lhs.definition, lhs.records, undefined, ['pCeasefireBy30', 'meanDeaths'], RUNS, META));
  const sobol = await sweep([{ ...hazard, steps: undefined }, { ...maxRung, steps: undefined }], { kind: 'sobol', samples: 8 });
  add('sobol', sweepCharts(params, sobol.definition, sobol.records, sweepSobol(sobol.definition, sobol.records, SEED), ['pReached7', 'medianPeakRung'], RUNS, META));
}, 120_000);

describe('sweep chart specs', () => {
  it('are the charts each design calls for', () => {
    expect(Object.keys(specs).sort()).toEqual([
      'grid1/line-meanBouts',
      'grid1/line-probabilities',
      'grid2/heatmap-meanPeakRung',
      'grid2/heatmap-pReached7',
      'lhs/effects-meanDeaths',
      'lhs/effects-pCeasefireBy30',
      'sobol/effects-medianPeakRung',
      'sobol/effects-pReached7',
      'sobol/sobol-medianPeakRung',
      'sobol/sobol-pReached7',
    ]);
  });

  it('validate against the Vega-Lite JSON Schema and compile with zero warnings', () => {
    const validate = new Ajv({ strict: false, logger: false }).compile(require('vega-lite/vega-lite-schema.json'));
    for (const [name, spec] of Object.entries(specs)) {
      expect(validate(spec), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      expect(compileSpec(spec).warnings, name).toEqual([]);
    }
  });

  it('carry $schema, a title, the scenario, seed and design in the subtitle, provenance, axis titles and tooltips', () => {
    for (const [name, spec] of Object.entries(specs)) {
      const s = spec as unknown as Record<string, unknown> & { title: { text: string; subtitle: string[] }; usermeta: { brink: Record<string, unknown> } };
      expect(s.$schema, name).toBe('https://vega.github.io/schema/vega-lite/v6.json');
      expect(s.title.text.length, name).toBeGreaterThan(10);
      expect(s.title.subtitle[0], name).toContain('durand-line-2025 · seed charts');
      expect(s.title.subtitle[1], name).toMatch(/points( \(.*\))?, 20 runs at each, the same run indices at every point/);
      expect(s.usermeta.brink, name).toMatchObject({ version: 'test', scenario: 'durand-line-2025', scenarioHash: 'test-hash' });
      expect(untitledAxes(spec), `${name}: axes without a title`).toEqual([]);
      expect(encodings(spec).some((view) => (view.encoding as Record<string, unknown>).tooltip !== undefined), name).toBe(true);
    }
  });

  it('show each heatmap cell with its interval, and parameters with what they mean', () => {
    const heatmap = JSON.stringify(specs['grid2/heatmap-pReached7']);
    expect(heatmap).toContain('"interval":"');
    expect(heatmap).toContain('spoilers.ttp.hazard (λ0: significant attacks per day)');
    // Means are not probabilities: their own colour domain, no percent format.
    expect(JSON.stringify(specs['grid2/heatmap-meanPeakRung'])).not.toContain('"domain":[0,1]');
  });

  it('render to SVG', async () => {
    for (const name of ['grid1/line-probabilities', 'grid2/heatmap-pReached7', 'lhs/effects-pCeasefireBy30', 'sobol/sobol-pReached7']) {
      const svg = await renderSvg(specs[name]!);
      expect(svg, name).toMatch(/^<svg/);
      expect(svg, name).toContain('durand-line-2025');
    }
  });
});
