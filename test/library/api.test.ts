/**
 * The library API (src/index.ts): what `import … from 'brink'` offers, and that it takes the
 * CLI's code paths — the same run, the same ensemble tallies as `brink run` / `brink ensemble`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as brink from '../../src/index.js';
import { charts, chartMeta, InputError, loadScenario, renderSvg, runEnsemble, runScenario, simulateRun, summarizeEnsemble } from '../../src/index.js';
import { encodeTallies } from '../../src/sim/talliesCodec.js';
import { brink as cli, tempDir } from '../helpers/cli.js';
import { DURAND, ROOT } from '../helpers/scenarios.js';

const short = loadScenario(DURAND, { days: 60 });

function inputProblem(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError');
}

async function rejectedProblem(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe("import { … } from 'brink'", () => {
  it('offers the modeller’s functions, and charts as a namespace of every chart builder', () => {
    for (const name of ['loadScenario', 'loadScenarioText', 'runScenario', 'runEnsemble', 'summarizeEnsemble', 'simulateRun', 'renderChart', 'renderSvg', 'svgToPng', 'chartMeta', 'bundledScenarioFile']) {
      expect(typeof (brink as Record<string, unknown>)[name], name).toBe('function');
    }
    const builders = Object.entries(charts).filter(([, value]) => typeof value === 'function').map(([name]) => name);
    expect(builders).toEqual(expect.arrayContaining(['runTrajectoryChart', 'ensembleFanChart', 'survivalChart', 'probabilityChart', 'peakRungChart', 'sweepHeatmap']));
    // Every exported function in src/charts that returns a spec (but frame.ts's `asSpec`, a
    // helper of the builders) is in the namespace.
    const chartsFolder = join(ROOT, 'src', 'charts');
    const specBuilders = readdirSync(chartsFolder).filter((file) => file !== 'frame.ts').flatMap((file) =>
      [...readFileSync(join(chartsFolder, file), 'utf8').matchAll(/export function (\w+)\([^)]*\): TopLevelSpec/g)].map((m) => m[1]),
    );
    expect(specBuilders.length).toBeGreaterThanOrEqual(10);
    expect(builders).toEqual(expect.arrayContaining(specBuilders));
  });

  it('bundledScenarioFile finds the shipped scenarios', () => {
    expect(brink.bundledScenarioNames()).toEqual(expect.arrayContaining(['durand-line-2025', 'quiet-border']));
    expect(loadScenario(brink.bundledScenarioFile('quiet-border')).info.name).toBe('quiet-border');
  });
});

describe('runScenario', () => {
  it('is run k of the seed, with the event log; the seed defaults to the scenario’s', () => {
    const run = runScenario(short, { seed: 'lib', runIndex: 3 });
    expect(run.seed).toBe('lib');
    expect(run.runIndex).toBe(3);
    expect(run.outcome).toEqual(simulateRun(short.params, 'lib', 3).outcome);
    expect(run.events.length).toBeGreaterThan(0);
    expect(runScenario(short).seed).toBe('durand');
    expect(runScenario(short).runIndex).toBe(0);
  });

  it('reads a numeric seed as its decimal string, as scenario files do', () => {
    expect(runScenario(short.params, { seed: 42 }).outcome).toEqual(runScenario(short, { seed: '42' }).outcome);
  });

  it('gives the outcome `brink run --json` prints', async () => {
    const result = await cli(['run', 'scenarios/durand-line-2025.yaml', '--days', '60', '--seed', 'lib', '--run-index', '3', '--out', tempDir(), '--json', '--no-charts']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).outcome).toEqual(JSON.parse(JSON.stringify(runScenario(short, { seed: 'lib', runIndex: 3 }).outcome)));
  });

  it('refuses bad options with an InputError naming the option', () => {
    expect(inputProblem(() => runScenario(short.params))).toBe('runScenario() seed: expected a seed: pass { seed } or give the scenario a seed (bare parameters carry none)');
    expect(inputProblem(() => runScenario(short, { seed: 'no spaces' }))).toContain('runScenario() seed: expected a seed of 1–64 letters');
    expect(inputProblem(() => runScenario(short, { runIndex: -1 }))).toContain('runScenario() runIndex: expected a whole number from 0');
    expect(inputProblem(() => runScenario(short, { runIndex: 1.5 }))).toContain('found 1.5');
  });
});

describe('runEnsemble', () => {
  it('returns the tallies `brink ensemble` writes, byte for byte', async () => {
    const out = tempDir();
    const result = await cli(['ensemble', 'scenarios/durand-line-2025.yaml', '--days', '60', '--seed', 'lib', '--runs', '120', '--workers', '2', '--out', out, '--quiet', '--no-charts']);
    expect(result.code).toBe(0);
    const [folder] = readdirSync(join(out, 'durand-line-2025'));
    const written = readFileSync(join(out, 'durand-line-2025', folder!, 'tallies.json'), 'utf8');
    const library = await runEnsemble(short, { seed: 'lib', runs: 120, workers: 1 });
    expect(encodeTallies(library.tallies)).toBe(written);
    expect(library).toMatchObject({ seed: 'lib', runs: 120, range: { from: 0, to: 120 } });
  });

  it('defaults seed and size to the scenario’s; bare parameters need both', async () => {
    const small = loadScenario(DURAND, { days: 30, set: ['runs=40'] });
    const defaulted = await runEnsemble(small, { workers: 1 });
    expect(defaulted).toMatchObject({ seed: 'durand', runs: 40 });
    expect(defaulted.tallies.runs).toBe(40);
    const bare = await runEnsemble(small.params, { seed: 'durand', runs: 40, workers: 1 });
    expect(encodeTallies(bare.tallies)).toBe(encodeTallies(defaulted.tallies));
    // Bare parameters without seed or runs: the overloads forbid it; plain JavaScript gets a message.
    const untyped = runEnsemble as (params: unknown, options?: unknown) => Promise<unknown>;
    expect(await rejectedProblem(() => untyped(small.params, { runs: 5 }))).toContain('runEnsemble() seed: expected a seed');
    expect(await rejectedProblem(() => untyped(small.params, { seed: 'a' }))).toBe('runEnsemble() runs: expected the ensemble size { runs } (bare parameters carry no default)');
    expect(await rejectedProblem(() => runEnsemble(small, { workers: 0 }))).toContain('runEnsemble() workers: expected a whole number from 1 to 1024, found 0');
    expect(await rejectedProblem(() => runEnsemble(small, { shard: { index: 3, count: 3 } }))).toContain('runEnsemble() shard.index: expected a whole number from 0 to 2, found 3');
  });

  it('feeds summarizeEnsemble and the chart builders, which render to SVG', async () => {
    const { seed, runs, tallies } = await runEnsemble(short, { seed: 'lib', runs: 50, workers: 1 });
    const summary = summarizeEnsemble(short.params, tallies);
    expect(summary.runs).toBe(50);
    const spec = charts.survivalChart(summary, chartMeta(short, seed, runs));
    expect(spec.usermeta).toMatchObject({ brink: { seed: 'lib', runs: 50, scenarioHash: short.paramsHash } });
    const svg = await renderSvg(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Time to ceasefire');
  });
});
