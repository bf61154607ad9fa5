/**
 * docs/scale-out.md's Slurm recipe, run as written on a real (private, single-node) Slurm: the
 * batch scripts and submission lines are taken from the doc's `<!-- slurm-test: … -->` blocks,
 * so the doc cannot drift from what works. Checked: an array ensemble whose task 2 is killed, the
 * dependent merge cancelled for it, task 2 rerun by its index (SLURM_ARRAY_TASK_MIN=2) and a new
 * merge giving the unsharded bytes; a running task cancelled with scancel leaving nothing
 * behind; a sharded sweep merged into the unsharded bytes.
 *
 * Skipped with a note where Slurm is not installed (or not root), unless BRINK_REQUIRE_SLURM=1
 * (set by `.ci/run`), which turns that into a failure.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brinkProcess } from '../helpers/cli.js';
import { ROOT } from '../helpers/scenarios.js';
import { SlurmCluster, whyNoSlurm, type Job } from './cluster.js';

const why = whyNoSlurm();
const required = process.env.BRINK_REQUIRE_SLURM === '1';
if (why !== undefined && !required) console.warn(`Slurm test skipped: ${why}`);

/** The doc's blocks marked `<!-- slurm-test: name -->`, by name. */
function docBlocks(): Map<string, string> {
  const doc = readFileSync(join(ROOT, 'docs', 'scale-out.md'), 'utf8');
  return new Map([...doc.matchAll(/<!-- slurm-test: (\S+) -->\n```\w*\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!]));
}

/** Small enough for CI: 4 shards of a 400-run ensemble, a 2-shard sweep of 16 points. */
const ENSEMBLE = { SHARDS: '4', RUNS: '400', SBATCH_ARRAY_INX: '0-3' };
const SWEEP = { SHARDS: '2', RUNS: '10', SAMPLES: '4', SBATCH_ARRAY_INX: '0-1' };
const SWEEP_ARGS = ['--design', 'sobol', '--samples', SWEEP.SAMPLES, '--runs', SWEEP.RUNS, '--param', 'spoilers.ttp.hazard=0.02:0.3', '--param', 'states.pakistan.proportionality=0.5:2', '--seed', 'golden'];
const JOB_TIMEOUT_MS = 180_000;

let cluster: SlurmCluster | undefined;
let submit: string;
/** Temporary folders of this file, removed at the end. */
const made: string[] = [];

function scenarioFolder(): string {
  return join(submit, 'reports', 'durand-line-2025');
}

function entries(): string[] {
  return existsSync(scenarioFolder()) ? readdirSync(scenarioFolder()).sort() : [];
}

/** The unsharded folder, made here directly (not through Slurm). */
async function unsharded(args: readonly string[]): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'brink-slurm-ref-'));
  made.push(out);
  const result = await brinkProcess([...args, '--out', out, '--quiet', '--no-charts'], { cwd: submit });
  expect(result.code, result.stderr).toBe(0);
  const root = join(out, 'durand-line-2025');
  return join(root, readdirSync(root).find((name) => !name.startsWith('.'))!);
}

/** Every data file the reference manifest hashes is byte-identical in the merged folder. */
function expectSameResults(reference: string, merged: string): void {
  const results = JSON.parse(readFileSync(join(reference, 'manifest.json'), 'utf8')).results as Record<string, string>;
  expect(Object.keys(results).length).toBeGreaterThan(2);
  for (const file of Object.keys(results)) expect(readFileSync(join(merged, file)).equals(readFileSync(join(reference, file))), file).toBe(true);
  expect(JSON.parse(readFileSync(join(merged, 'manifest.json'), 'utf8')).results).toEqual(results);
}

/** Runs a doc submission block; returns the job ids it prints: the array's and the merge's. */
function submitBlock(name: string, env: NodeJS.ProcessEnv): string[] {
  const block = docBlocks().get(name);
  expect(block, `docs/scale-out.md has no slurm-test block "${name}"`).toBeDefined();
  const result = cluster!.bash(block!, submit, { BRINK_HOME: ROOT, ...env });
  expect(result.status, `${result.stderr}\n${cluster!.logs()}`).toBe(0);
  const ids = /shards: job (\d+), merge: job (\d+)/.exec(result.stdout);
  expect(ids, result.stdout).not.toBeNull();
  return [ids![1]!, ids![2]!];
}

function jobsOf(arrayId: string): Job[] {
  return cluster!.finished().filter((job) => job.ArrayJobId === arrayId || job.JobId === arrayId);
}

function taskStates(arrayId: string): Record<string, string> {
  return Object.fromEntries(jobsOf(arrayId).map((job) => [job.ArrayTaskId, job.JobState]));
}

function stateOf(jobId: string): string | undefined {
  return cluster!.finished().find((job) => job.JobId === jobId)?.JobState;
}

function taskLogs(): string {
  return readdirSync(submit)
    .filter((name) => name.endsWith('.out'))
    .map((name) => `--- ${name}\n${readFileSync(join(submit, name), 'utf8')}`)
    .join('\n');
}

describe.skipIf(why !== undefined && !required)('docs/scale-out.md on a real Slurm', () => {
  beforeAll(async () => {
    expect(why, 'BRINK_REQUIRE_SLURM=1: the Slurm test must run here').toBeUndefined();
    cluster = await SlurmCluster.start();
    submit = mkdtempSync(join(tmpdir(), 'brink-slurm-submit-'));
    made.push(submit);
    cpSync(join(ROOT, 'scenarios'), join(submit, 'scenarios'), { recursive: true });
    const blocks = docBlocks();
    for (const script of ['brink-ensemble.sh', 'brink-merge.sh', 'brink-sweep.sh']) {
      expect(blocks.has(script), `docs/scale-out.md has no slurm-test block "${script}"`).toBe(true);
      writeFileSync(join(submit, script), blocks.get(script)!, { mode: 0o755 });
    }
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('an array ensemble with a killed task: merge cancelled, the task rerun by its index, then the unsharded bytes', async () => {
    const reference = unsharded(['ensemble', 'scenarios/durand-line-2025.yaml', '--runs', ENSEMBLE.RUNS, '--seed', 'golden']);
    // Task 2 is killed as a time limit, a preemption or an operator would: scancel. The node runs two
    // tasks at a time, so it is usually still pending; if it has started, brink stops on the SIGTERM
    // and leaves nothing. Either way shard 2 is missing and its merge can never run.
    const [array, merge] = submitBlock('submit-ensemble', ENSEMBLE);
    expect(cluster!.command('scancel', [`${array!}_2`]).status).toBe(0);
    await cluster!.drain(JOB_TIMEOUT_MS);
    const { '2': killed, ...others } = taskStates(array!);
    expect(others, taskLogs()).toEqual({ '0': 'COMPLETED', '1': 'COMPLETED', '3': 'COMPLETED' });
    // jobcomp/filetxt records only tasks that started: a task cancelled while pending has no line.
    expect([undefined, 'CANCELLED']).toContain(killed);
    // --kill-on-invalid-dep=yes: the merge is cancelled, not left waiting forever.
    expect(stateOf(merge!)).toBe('CANCELLED');
    expect(entries().filter((name) => !name.startsWith('.')).map((name) => name.split('-shard-')[1])).toEqual(['0of4', '1of4', '3of4']);
    expect(entries().filter((name) => name.includes('.tmp-'))).toEqual([]);

    const [rerun, merge2] = submitBlock('rerun-shard-2', ENSEMBLE);
    await cluster!.drain(JOB_TIMEOUT_MS);
    expect(taskStates(rerun!), taskLogs()).toEqual({ '2': 'COMPLETED' });
    expect(stateOf(merge2!), taskLogs()).toBe('COMPLETED');
    const shard2 = entries().find((name) => name.endsWith('-shard-2of4'))!;
    expect(JSON.parse(readFileSync(join(scenarioFolder(), shard2, 'manifest.json'), 'utf8')).runIndices).toEqual({ from: 200, to: 300 });
    const merged = entries().filter((name) => name.startsWith('ensemble-golden-') && !name.includes('-shard-'));
    expect(merged).toHaveLength(1);
    expectSameResults(await reference, join(scenarioFolder(), merged[0]!));
  }, 2 * JOB_TIMEOUT_MS + 60_000);

  it('scancel stops a running task: SIGTERM reaches brink, which leaves no staging folder', async () => {
    const before = entries();
    // One shard of a long ensemble, cancelled once its staging folder exists (runs under way).
    const [array] = submitBlock('submit-ensemble', { SHARDS: '1', RUNS: '5000000', SBATCH_ARRAY_INX: '0' });
    const staging = (): string[] => entries().filter((name) => name.includes('-shard-0of1.tmp-'));
    const deadline = Date.now() + JOB_TIMEOUT_MS;
    while (staging().length === 0) {
      expect(Date.now() < deadline, `no staging folder appeared\n${taskLogs()}`).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const cancelled = Date.now();
    expect(cluster!.command('scancel', [array!]).status).toBe(0);
    await cluster!.drain(60_000);
    // Well inside KillWait (30 s): brink stopped on SIGTERM, not on Slurm's SIGKILL after it.
    expect(Date.now() - cancelled).toBeLessThan(20_000);
    expect(taskStates(array!)).toEqual({ '0': 'CANCELLED' });
    expect(entries()).toEqual(before);
  }, JOB_TIMEOUT_MS + 120_000);

  it('an array sweep merged by the dependent job gives the unsharded bytes', async () => {
    const reference = unsharded(['sweep', 'scenarios/durand-line-2025.yaml', ...SWEEP_ARGS]);
    const [array, merge] = submitBlock('submit-sweep', SWEEP);
    await cluster!.drain(JOB_TIMEOUT_MS);
    expect(taskStates(array!), taskLogs()).toEqual({ '0': 'COMPLETED', '1': 'COMPLETED' });
    expect(stateOf(merge!), taskLogs()).toBe('COMPLETED');
    const merged = entries().filter((name) => name.startsWith('sweep-golden-') && !name.includes('-shard-'));
    expect(merged).toHaveLength(1);
    expectSameResults(await reference, join(scenarioFolder(), merged[0]!));
  }, JOB_TIMEOUT_MS + 60_000);
});

describe('docs/scale-out.md', () => {
  it('shows the Dockerfile of the repository, as it is', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'scale-out.md'), 'utf8');
    const shown = /<!-- file: Dockerfile -->\n```dockerfile\n([\s\S]*?)```/.exec(doc);
    expect(shown, 'docs/scale-out.md has no Dockerfile block').not.toBeNull();
    expect(shown![1]).toBe(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
  });

  it('marks every Slurm script and submission the Slurm test runs', () => {
    expect([...docBlocks().keys()].sort()).toEqual(['brink-ensemble.sh', 'brink-merge.sh', 'brink-sweep.sh', 'rerun-shard-2', 'submit-ensemble', 'submit-sweep']);
  });
});
