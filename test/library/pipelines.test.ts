/**
 * Every command's pipeline from the built package entry (package.json `exports`, i.e. what
 * `import … from 'brink'` loads: dist/, compiled by the test setup), each run once on a tiny
 * input: run, ensemble, compare, diff, sweep, check, calibrate and merge. Each is declared with
 * its input and result types in the package's .d.ts, and documented with an @example.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/scenarios.js';

type Library = typeof import('../../src/index.js');

const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: { '.': { types: string; default: string } } };
const QUIET = join(ROOT, 'scenarios', 'quiet-border.yaml');
const TARGETS = join(ROOT, 'scenarios', 'targets', 'oct-2025.yaml');
const SHORT = { days: 40, charts: false } as const;

/** Pipeline → its input and result types, and the source file whose doc comment has its @example. */
const PIPELINES = {
  runPipeline: ['RunPipelineInput', 'RunPipelineResult', 'run'],
  ensemblePipeline: ['EnsemblePipelineInput', 'EnsemblePipelineResult', 'ensemble'],
  comparePipeline: ['ComparePipelineInput', 'ComparePipelineResult', 'compare'],
  diffPipeline: ['DiffPipelineInput', 'DiffPipelineResult', 'diff'],
  sweepPipeline: ['SweepPipelineInput', 'SweepPipelineResult', 'sweep'],
  checkPipeline: ['CheckPipelineInput', 'CheckPipelineResult', 'check'],
  calibratePipeline: ['CalibratePipelineInput', 'CalibratePipelineResult', 'calibrate'],
  mergePipeline: ['MergePipelineInput', 'MergePipelineResult', 'merge'],
} as const;

let brink: Library;

beforeAll(async () => {
  brink = (await import(pathToFileURL(join(ROOT, PACKAGE.exports['.'].default)).href)) as Library;
});

describe("every pipeline from the built entry ('brink')", () => {
  it('is exported as a function, typed in the .d.ts, with an @example in its doc comment', () => {
    const declarations = readFileSync(join(ROOT, PACKAGE.exports['.'].types), 'utf8');
    for (const [name, [input, result, folder]] of Object.entries(PIPELINES)) {
      expect(typeof (brink as Record<string, unknown>)[name], name).toBe('function');
      for (const type of [name, input, result]) expect(declarations, `${name}: ${type} in the .d.ts`).toMatch(new RegExp(`\\b${type}\\b`));
      const source = readFileSync(join(ROOT, 'src', 'commands', folder, 'pipeline.ts'), 'utf8');
      const doc = source.slice(0, source.indexOf(`export async function ${name}`));
      const example = doc.slice(doc.lastIndexOf('/**'));
      expect(example, `${name}: @example`).toMatch(new RegExp(`@example[\\s\\S]*${name}\\(`));
    }
  });

  it('run, ensemble, compare and diff write their folders', async () => {
    const out = tempDir();
    const run = await brink.runPipeline({ scenario: QUIET, seed: 'lib', out, ...SHORT });
    expect(run.result.records.days).toBe(40);
    const ensemble = await brink.ensemblePipeline({ scenario: QUIET, seed: 'lib', runs: 8, workers: 1, out, ...SHORT });
    expect(ensemble.runs).toBe(8);
    const compare = await brink.comparePipeline({ a: QUIET, b: QUIET, setB: ['spoilers.ttp.hazard=0.3'], seed: 'lib', runs: 8, workers: 1, out, ...SHORT });
    expect(compare.runs).toBe(8);
    const diff = await brink.diffPipeline({ scenario: QUIET, seeds: ['a', 'b'], out, ...SHORT });
    expect(diff.divergence.identical).toBe(false);
    for (const { folder } of [run, ensemble, compare, diff]) expect(existsSync(join(folder, 'manifest.json')), folder).toBe(true);
  });

  it('sweep, check, calibrate and merge write their folders', async () => {
    const out = tempDir();
    const sweep = await brink.sweepPipeline({ scenario: QUIET, params: ['spoilers.ttp.hazard=0.05:0.3:2'], seed: 'lib', runs: 4, workers: 1, out, ...SHORT });
    expect(sweep.records).toHaveLength(2);
    const check = await brink.checkPipeline({ scenario: QUIET, targets: TARGETS, seed: 'lib', runs: 8, out, ...SHORT });
    expect(check.result.total).toBeGreaterThan(5);
    const calibrate = await brink.calibratePipeline({ scenario: QUIET, targets: TARGETS, params: ['states.pakistan.tolerance=2:12'], seed: 'lib', budget: 2, population: 2, runs: 4, checkRuns: 4, out, ...SHORT });
    expect(calibrate.search.evaluations).toHaveLength(2);
    const shards = [];
    for (const index of [0, 1]) shards.push(await brink.ensemblePipeline({ scenario: QUIET, seed: 'lib', runs: 8, workers: 1, shard: { index, count: 2 }, out, ...SHORT }));
    const merged = await brink.mergePipeline({ dirs: shards.map((s) => s.folder), out, charts: false });
    expect(merged).toMatchObject({ kind: 'ensemble', runs: 8 });
    for (const { folder } of [sweep, check, calibrate, merged]) expect(existsSync(join(folder, 'manifest.json')), folder).toBe(true);
  });
});
