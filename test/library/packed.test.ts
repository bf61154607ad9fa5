/**
 * The package as a consumer gets it: `npm pack`, unpacked into a consumer's node_modules, then
 * `import … from 'brink'` in JavaScript and TypeScript. Checks that `files`, `exports` and the
 * declared dependencies are enough. No network: brink's own dependencies are linked from this
 * checkout's node_modules, and only those listed under `dependencies` (a runtime import of a
 * devDependency would fail here, as it would for a user).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/scenarios.js';

const CONSUMER_JS = `
import { bundledScenarioFile, bundledScenarioNames, charts, chartMeta, loadScenario, renderChart, runEnsemble, runScenario, summarizeEnsemble } from 'brink';
const scenario = loadScenario(bundledScenarioFile('durand-line-2025'), { days: 60 });
const run = runScenario(scenario, { seed: 'packed', runIndex: 2 });
// Two workers: the compiled worker script must be in the package too.
const { seed, runs, tallies } = await runEnsemble(scenario, { seed: 'packed', runs: 60, workers: 2 });
const summary = summarizeEnsemble(scenario.params, tallies);
const { svg, png } = await renderChart(charts.survivalChart(summary, chartMeta(scenario, seed, runs)));
console.log(JSON.stringify({
  resolved: import.meta.resolve('brink'),
  scenarios: bundledScenarioNames(),
  runIndex: run.runIndex,
  runs: summary.runs,
  svg: svg.slice(0, 4),
  pngSignature: Array.from(png.slice(1, 4)),
}));
`;

const CONSUMER_TS = `
import { charts, chartMeta, loadScenario, runEnsemble, runScenario, summarizeEnsemble, type EnsembleSummary, type LoadedScenario, type ModelParams, type RunResult } from 'brink';
const scenario: LoadedScenario = loadScenario('my-scenario.yaml');
const params: ModelParams = scenario.params;
const run: RunResult = runScenario(params, { seed: 'a', runIndex: 1 });
const result = await runEnsemble(scenario, { runs: 10 });
const summary: EnsembleSummary = summarizeEnsemble(params, result.tallies);
charts.probabilityChart(summary, chartMeta(scenario, result.seed, result.runs), scenario.params.ladder);
// @ts-expect-error bare parameters carry no seed or ensemble size: both are required
await runEnsemble(params, {});
export const peak: number = run.outcome.peakRung;
`;

let consumer: string;
let packedFiles: string[];

beforeAll(() => {
  // dist/ is fresh: the global setup has just built it.
  const work = tempDir('brink-packed-');
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  consumer = join(work, 'consumer');
  const installed = join(consumer, 'node_modules', 'brink');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', installed, '--strip-components=1']);
  packedFiles = execFileSync('tar', ['-tzf', join(work, tarball)], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, ''));
  const { dependencies } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const name of Object.keys(dependencies)) {
    const link = join(consumer, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), link, 'dir');
  }
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(join(consumer, 'consumer.mjs'), CONSUMER_JS);
  writeFileSync(join(consumer, 'consumer.ts'), CONSUMER_TS);
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['consumer.ts'] }),
  );
}, 120_000);

describe('the packed package', () => {
  it('holds the build, schema, scenarios, templates and example, and no sources or tests', () => {
    expect(packedFiles).toEqual(expect.arrayContaining(['package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/sim/worker.js', 'schema/scenario.schema.json', 'scenarios/durand-line-2025.yaml', 'templates/blank.yaml', 'examples/ensemble-chart.mjs', 'bin/brink.js']));
    expect(packedFiles.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  });

  it("works from JavaScript: import { … } from 'brink' in a consumer's project", () => {
    const output = JSON.parse(execFileSync(process.execPath, ['consumer.mjs'], { cwd: consumer, encoding: 'utf8' }));
    expect(output).toEqual({
      resolved: `file://${join(consumer, 'node_modules', 'brink', 'dist', 'index.js')}`,
      scenarios: expect.arrayContaining(['durand-line-2025', 'quiet-border']),
      runIndex: 2,
      runs: 60,
      svg: '<svg',
      pngSignature: [0x50, 0x4e, 0x47], // "PNG"
    });
  });

  it('brink init from the installed package points editors at the schema it ships', () => {
    const bin = join(consumer, 'node_modules', 'brink', 'bin', 'brink.js');
    execFileSync(process.execPath, [bin, 'init', 'packed', '--quiet'], { cwd: consumer });
    const firstLine = readFileSync(join(consumer, 'packed.yaml'), 'utf8').split('\n', 1)[0];
    expect(firstLine).toBe('# yaml-language-server: $schema=node_modules/brink/schema/scenario.schema.json');
    expect(execFileSync(process.execPath, [bin, 'validate', 'packed.yaml'], { cwd: consumer, encoding: 'utf8' })).toContain('ok  packed.yaml');
  });

  it('type-checks from TypeScript against the published declarations', () => {
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    // tsc exits non-zero, printing its errors, if the declarations are missing or wrong.
    expect(() => execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: consumer, encoding: 'utf8' })).not.toThrow();
  });
});
