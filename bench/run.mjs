#!/usr/bin/env node
// `npm run bench`: brink's performance figures (docs/architecture.md: figures, never timed tests).
//   1. single-thread run-days/s on durand-line-2025.yaml at 365 days (the ensemble's path:
//      no event log, record columns reused, tallies added)
//   2. wall time of a 10,000-run x 365-day `brink ensemble` with default workers, statistics
//      and data files, no charts (the whole command, process start included)
//   3. peak RSS of a 100,000-run ensemble (worker threads included)
// Run after `npm run build` (npm ci does it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (path) => import(new URL(`../dist/${path}`, import.meta.url).href);
const { loadScenario } = await dist('scenarios/index.js');
const { executeBatch } = await dist('sim/executeBatch.js');
const { createDayRecords } = await dist('model/records.js');
const { EnsembleTallies } = await dist('sim/tallies.js');

const scenarioFile = join(root, 'scenarios', 'durand-line-2025.yaml');
const scenario = loadScenario(scenarioFile);
const days = scenario.params.days;

function singleThread(runs) {
  const executor = { params: scenario.params, seed: 'bench', tallies: new EnsembleTallies(days, scenario.params.ladder), records: createDayRecords(days) };
  executeBatch(executor, { from: 0, to: 500 }); // warm up the JIT
  const started = performance.now();
  executeBatch(executor, { from: 500, to: 500 + runs });
  const seconds = (performance.now() - started) / 1000;
  return (runs * days) / seconds;
}

function ensemble(runs) {
  const out = mkdtempSync(join(tmpdir(), 'brink-bench-'));
  try {
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(root, 'bin', 'brink.js'), 'ensemble', scenarioFile, '--runs', String(runs), '--seed', 'bench', '--out', out, '--quiet', '--no-charts'], { stdio: 'inherit' });
    const wall = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`brink ensemble exited ${result.status}`);
    const folder = join(out, 'durand-line-2025', readdirSync(join(out, 'durand-line-2025'))[0]);
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    return { wall, peakRssMB: manifest.execution.peakRssMB, workers: manifest.execution.workers };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(`brink bench · node ${process.version} · ${availableParallelism()} cores · ${days}-day durand-line-2025`);
// Median of five (a shared machine is noisy), with the best beside it.
const figures = [singleThread(4000), singleThread(4000), singleThread(4000), singleThread(4000), singleThread(4000)].sort((a, b) => a - b);
console.log(`single thread:             ${fmt(figures[2])} run-days/s, median of 5 (best ${fmt(figures[4])}; target >= 800,000)`);
const walls = [ensemble(10_000), ensemble(10_000), ensemble(10_000)];
const median = walls.map((w) => w.wall).sort((a, b) => a - b)[1];
console.log(`10,000 x 365 ensemble:     ${median.toFixed(2)} s wall, median of 3, ${walls[0].workers} workers (target <= 2.5 s on 2 cores)`);
const large = ensemble(100_000);
console.log(`100,000 x 365 ensemble:    ${large.peakRssMB} MB peak RSS, ${large.wall.toFixed(1)} s wall (target < 400 MB)`);
