/**
 * The chart options `brink compare` uses beyond the golden specs (test/charts/specs.test.ts):
 * the daily comparison, the fan chart with mean lines, difference charts with a unit. Valid
 * Vega-Lite, compiled without warnings, and showing what they say.
 */
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { comparisonDailyChart, comparisonFanChart, pairedDifferenceChart, type ChartMeta } from '../../src/charts/index.js';
import { compileSpec } from '../../src/render/index.js';
import { loadScenario } from '../../src/scenarios/index.js';
import { runEnsemble } from '../../src/sim/runEnsemble.js';
import { summarizeEnsemble, type EnsembleSummary } from '../../src/stats/index.js';
import { DURAND } from '../helpers/scenarios.js';

const require = createRequire(import.meta.url);
const META: ChartMeta = { toolVersion: 'test', scenario: 'a vs b', scenarioHash: 'h1,h2', seed: 'charts', runs: 50 };

let specs: Record<string, TopLevelSpec>;
let summaryA: EnsembleSummary;
beforeAll(async () => {
  const a = loadScenario(DURAND, { days: 60 });
  const b = loadScenario(DURAND, { days: 60, set: ['spoilers.ttp.hazard=0.3'] });
  summaryA = summarizeEnsemble(a.params, (await runEnsemble(a.params, { seed: 'charts', runs: 50, workers: 1 })).tallies);
  const summaryB = summarizeEnsemble(b.params, (await runEnsemble(b.params, { seed: 'charts', runs: 50, workers: 1 })).tallies);
  const pair = [{ label: 'A: a', value: summaryA }, { label: 'B: b', value: summaryB }] as const;
  specs = {
    daily: comparisonDailyChart(a.params, pair[0], pair[1], META),
    fanMean: comparisonFanChart(a.params, pair[0], pair[1], META, { centre: 'mean' }),
    differences: pairedDifferenceChart([{ outcome: 'x', difference: 2, lower: 1, upper: 3 }], ['A: a', 'B: b'], META, { unit: 'days', title: 'Days: B minus A' }),
  };
}, 60_000);

describe('comparison chart options', () => {
  it('validate against the Vega-Lite schema and compile without warnings', () => {
    const validate = new Ajv({ strict: false, logger: false }).compile(require('vega-lite/vega-lite-schema.json'));
    for (const [name, spec] of Object.entries(specs)) {
      expect(validate(spec), `${name}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
      expect(compileSpec(spec).warnings, name).toEqual([]);
    }
  });

  it('draw what they say: daily probabilities per scenario, mean lines, the unit in the axis title', () => {
    const daily = specs.daily as unknown as { data: { values: { series: string; measure: string; day: number; p: number }[] } };
    const ceasefire = daily.data.values.filter((v) => v.series === 'A: a' && v.measure.startsWith('P(ceasefire'));
    expect(ceasefire.map((v) => v.p)).toEqual(summaryA.daily.map((d) => d.pCeasefire));
    const fan = JSON.stringify(specs.fanMean);
    expect(fan).toContain('"field":"mean"');
    expect(fan).toContain('mean rung and 50% band');
    const differences = specs.differences as unknown as { title: { text: string }; layer: { encoding: { x: { title?: string } } }[] };
    expect(differences.title.text).toBe('Days: B minus A');
    expect(differences.layer[0]!.encoding.x.title).toBe('paired difference in days, B: b − A: a (95% interval)');
  });
});
