#!/usr/bin/env node
// `npm run bench`: brink's performance figures (docs/architecture.md: figures, never timed tests),
// the five of issue 15, each the median of five (a shared machine is noisy):
//   1. single-thread run-days/s on durand-line-2025.yaml at 365 days (the ensemble's path: no
//      event log, record columns reused, tallies added, outcome rows rendered), one process each
//   2. wall time of `brink ensemble … --runs 1 --no-charts` (start-up: the whole command)
//   3. wall and CPU seconds of a 10,000-run x 365-day `brink ensemble`, default workers,
//      statistics and data files, no charts (the whole command, process start included)
//   4. the speed-up of 2 workers over 1 on that ensemble (wall, pair by pair)
//   5. peak RSS of a 100,000-run ensemble (worker threads included; one run: it takes a while)
// CPU seconds come from /usr/bin/time (user + system of the process and its threads) where it
// exists. Run after `npm run build` (npm ci does it). BENCH_QUICK=1 skips figure 5.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { executeBatch, machineLine, params, root, scenarioFile, warmExecutor } from './kernel.mjs';

const days = params.days;
const TIME = '/usr/bin/time';

function singleThread(runs) {
  const executor = warmExecutor();
  const started = performance.now();
  executeBatch(executor, { from: 500, to: 500 + runs });
  const seconds = (performance.now() - started) / 1000;
  return (runs * days) / seconds;
}

// Figure 1 in a process of its own (`--single-thread`): what V8 compiles depends on the timing of
// its background compiler, so one process's rate can sit a quarter above or below another's.
// The figure is the median of five processes, not of five batches in one.
if (process.argv.includes('--single-thread')) {
  console.log(singleThread(4000));
  process.exit(0);
}

function singleThreadProcess() {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--single-thread'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the single-thread figure failed: ${result.stderr}`);
  return Number(result.stdout.trim());
}

/** One `brink ensemble`: wall seconds, CPU seconds (null without /usr/bin/time), the manifest's figures. */
function ensemble(runs, extra = []) {
  const out = mkdtempSync(join(tmpdir(), 'brink-bench-'));
  try {
    const brink = [process.execPath, join(root, 'bin', 'brink.js'), 'ensemble', scenarioFile, '--runs', String(runs), '--seed', 'bench', '--out', out, '--quiet', '--no-charts', ...extra];
    const timed = existsSync(TIME);
    const command = timed ? [TIME, '-f', 'brink-bench-time %e %U %S', ...brink] : brink;
    const started = performance.now();
    const result = spawnSync(command[0], command.slice(1), { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
    const wall = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`brink ensemble exited ${result.status}: ${result.stderr}`);
    const times = /brink-bench-time ([\d.]+) ([\d.]+) ([\d.]+)/.exec(result.stderr ?? '');
    const folder = join(out, 'durand-line-2025', readdirSync(join(out, 'durand-line-2025'))[0]);
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    return { wall, cpu: times === null ? null : Number(times[2]) + Number(times[3]), peakRssMB: manifest.execution.peakRssMB, workers: manifest.execution.workers };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const five = (f) => Array.from({ length: 5 }, f);
const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(`${machineLine('brink bench')} · ${days}-day durand-line-2025`);

const rates = five(singleThreadProcess);
console.log(`1. single thread:             ${fmt(median(rates))} run-days/s (five processes: ${fmt(Math.min(...rates))} to ${fmt(Math.max(...rates))}; target >= 1,300,000)`);

const small = five(() => ensemble(1));
console.log(`2. --runs 1 --no-charts:      ${median(small.map((r) => r.wall)).toFixed(2)} s wall (target <= 0.3 s)`);

const pairs = five(() => [ensemble(10_000), ensemble(10_000, ['--workers', '1'])]);
const byDefault = pairs.map(([d]) => d);
const cpu = byDefault.every((r) => r.cpu !== null) ? `${median(byDefault.map((r) => r.cpu)).toFixed(2)} CPU-s` : 'CPU-s not measured (no /usr/bin/time)';
console.log(`3. 10,000 x 365 ensemble:     ${median(byDefault.map((r) => r.wall)).toFixed(2)} s wall, ${cpu}, ${byDefault[0].workers} workers (target <= 2.0 s, <= 4.0 CPU-s)`);
console.log(`4. ${byDefault[0].workers} workers vs 1:           ${median(pairs.map(([d, one]) => one.wall / d.wall)).toFixed(2)}x speed-up, wall, pair by pair (target >= 1.8x on 2 cores)`);

if (process.env.BENCH_QUICK !== '1') {
  const large = ensemble(100_000);
  console.log(`5. 100,000 x 365 ensemble:    ${large.peakRssMB} MB peak RSS, ${large.wall.toFixed(1)} s wall, one run (target < 400 MB)`);
}
