/** `brink ensemble`, `merge` and `replay` end to end, as separate processes. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportError } from '../../src/cli/errors.js';
import { ensemblePipeline } from '../../src/index.js';
import { brink, tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/scenarios.js';
import { expectSameFile } from '../helpers/bytes.js';

const DATA_FILES = ['bands.csv', 'daily.csv', 'outcomes.csv', 'probabilities.csv', 'summary.json', 'survival.csv', 'tallies.json'];
const BASE = ['ensemble', 'scenarios/durand-line-2025.yaml', '--seed', 'cli-ens', '--days', '150', '--quiet', '--no-charts'];
const WITH_CHARTS = BASE.filter((a) => a !== '--no-charts');

function folders(out: string): string[] {
  const root = join(out, 'durand-line-2025');
  return existsSync(root) ? readdirSync(root).map((f) => join(root, f)).sort() : [];
}

function expectSameData(a: string, b: string): void {
  for (const file of DATA_FILES) expectSameFile(join(b, file), join(a, file), file);
}

// These tests run several real ensembles, some as child processes: on a loaded 2-core machine
// they take well over vitest's 60 s default without anything being wrong.
describe('brink ensemble', { timeout: 240_000 }, () => {
  // 100 runs, not more: the point is 1 vs 2 workers, and seven charts are rendered twice.
  it('writes the same bytes on 1 and 2 workers, and prints a summary', async () => {
    const [one, two] = [tempDir(), tempDir()];
    expect((await brink([...WITH_CHARTS, '--runs', '100', '--workers', '1', '--out', one])).code).toBe(0);
    const shown = await brink([...WITH_CHARTS.filter((a) => a !== '--quiet'), '--runs', '100', '--workers', '2', '--out', two]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/time to ceasefire from T0 \(Kaplan–Meier\): median \d+ days \[\d+, \d+\]/);
    expect(shown.stdout).toContain('final state (95% Wilson interval)');
    const [a] = folders(one);
    const [b] = folders(two);
    expect(readdirSync(a!).sort()).toEqual([...DATA_FILES, 'charts', 'index.html', 'manifest.json'].sort());
    expectSameData(a!, b!);
    // Views are as deterministic as data: the same charts and report from 1 and 2 workers.
    const views = ['index.html', ...readdirSync(join(a!, 'charts')).map((f) => `charts/${f}`)];
    // index.html and each chart's PNG, SVG and spec: fan, rung-occupancy, time-to-ceasefire, outcomes, peak-rung, bouts, fog-of-war.
    expect(views).toHaveLength(1 + 7 * 3);
    for (const file of views) expectSameFile(join(b!, file), join(a!, file), file);
    const manifest = JSON.parse(readFileSync(join(b!, 'manifest.json'), 'utf8'));
    expect(manifest.execution.workers).toBe(2);
    expect(manifest.runIndices).toEqual({ from: 0, to: 100 });
    expect(readFileSync(join(a!, 'outcomes.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(101);
  });

  it('three shards run as separate processes merge into the unsharded bytes', async () => {
    const [whole, parts, merged] = [tempDir(), tempDir(), tempDir()];
    await brink([...BASE, '--runs', '200', '--out', whole]);
    expect(readdirSync(folders(whole)[0]!).sort()).toEqual([...DATA_FILES, 'index.html', 'manifest.json'].sort());
    const shards = await Promise.all([0, 1, 2].map((i) => brink([...BASE, '--runs', '200', '--shard', `${i}/3`, '--workers', '1', '--out', parts])));
    expect(shards.map((s) => s.code)).toEqual([0, 0, 0]);
    const shardDirs = folders(parts);
    expect(shardDirs.map((d) => d.split('-shard-')[1])).toEqual(['0of3', '1of3', '2of3']);
    const merge = await brink(['merge', ...shardDirs.reverse(), '--out', merged]);
    expect(merge.code).toBe(0);
    expect(merge.stdout).toContain('merged 3 folder(s), runs 0–199');
    expectSameData(folders(whole)[0]!, folders(merged)[0]!);
  });

  it('takes the shard index from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID', async () => {
    const out = tempDir();
    const k8s = await brink([...BASE, '--runs', '40', '--shard', '4', '--out', out], { env: { JOB_COMPLETION_INDEX: '1' } });
    // A rerun of one failed array task (`sbatch --array=2`) has SLURM_ARRAY_TASK_MIN=2: the task
    // id, not its offset from MIN, is the shard it must build.
    const slurm = await brink([...BASE, '--runs', '40', '--shard', '4', '--out', out], { env: { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_MIN: '2', SLURM_ARRAY_TASK_MAX: '2' } });
    expect([k8s.code, slurm.code]).toEqual([0, 0]);
    const manifests = folders(out).map((d) => JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8')));
    expect(manifests.map((m) => m.runIndices)).toEqual([{ from: 10, to: 20 }, { from: 20, to: 30 }]);
    const oneBased = await brink([...BASE, '--runs', '40', '--shard', '4', '--out', out], { env: { SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_MIN: '1' } });
    expect(oneBased.code).toBe(2);
    expect(oneBased.stderr).toContain('declare the array as --array=0-3');
    expect(oneBased.stderr).not.toMatch(/\bat .*\.js:/);
    expect(folders(out)).toHaveLength(2);
    const none = await brink([...BASE, '--runs', '40', '--shard', '4', '--out', out], { env: { JOB_COMPLETION_INDEX: '', SLURM_ARRAY_TASK_ID: '' } });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID');
  });

  it('merge refuses an incomplete or mixed set of shards (exit 2)', async () => {
    const parts = tempDir();
    for (const i of [0, 2]) await brink([...BASE, '--runs', '30', '--shard', `${i}/3`, '--out', parts]);
    const result = await brink(['merge', ...folders(parts), '--out', tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('runs 10–19 are in none of the folders');
  });

  it('replay confirms a folder, and names the first file that does not reproduce (exit 1)', async () => {
    const out = tempDir();
    await brink([...BASE, '--runs', '60', '--out', out]);
    const [dir] = folders(out);
    const ok = await brink(['replay', dir!]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('all 7 data files match');
    const manifestFile = join(dir!, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.results['daily.csv'] = '0'.repeat(64);
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const bad = await brink(['replay', dir!]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('daily.csv as re-run differs from the recorded result');
    expect(bad.stderr).toContain("daily.csv on disk differs from the manifest's hash");
    const run = tempDir();
    await brink(['run', 'scenarios/quiet-border.yaml', '--out', run, '--quiet']);
    const runDir = join(run, 'quiet-border', readdirSync(join(run, 'quiet-border'))[0]!);
    expect((await brink(['replay', runDir])).code).toBe(0);
  });

  it('a run that throws fails the command with exit 1, naming its index, seed and how to replay it; nothing is written', async () => {
    const out = tempDir();
    // The failure is injected through the pipeline's test-only option: the shipped CLI has no such hook.
    const failed = await ensemblePipeline({ scenario: 'scenarios/durand-line-2025.yaml', seed: 'cli-ens', days: 150, runs: 100, workers: 2, out, charts: false, failAtRun: 57 }).catch((error: unknown) => error);
    let stderr = '';
    expect(reportError(failed, (text) => (stderr += text))).toBe(1);
    expect(stderr).toContain('run 57 of seed "cli-ens" failed');
    expect(stderr).toContain('replay it alone with: brink run scenarios/durand-line-2025.yaml --seed cli-ens --run-index 57 --days 150\n');
    expect(readdirSync(out).flatMap((d) => readdirSync(join(out, d)))).toEqual([]);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s stops the workers, removes the temporary folder and exits %i', async (signal, expected) => {
    const out = tempDir();
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'brink.js'), 'ensemble', 'scenarios/durand-line-2025.yaml', '--runs', '200000', '--out', out, '--quiet'], { cwd: ROOT });
    // Interrupt once the staging folder exists, i.e. runs are under way.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(join(out, 'durand-line-2025')) && readdirSync(join(out, 'durand-line-2025')).length > 0) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    child.kill(signal);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(expected);
    expect(readdirSync(join(out, 'durand-line-2025'))).toEqual([]);
  });
});
