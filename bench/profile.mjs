#!/usr/bin/env node
// `npm run bench:profile`: where the single-thread ensemble path spends its time, by phase of the
// model's day (src/model/phases.ts, docs/model.md §3) and by the per-run work around the days.
// V8's sampling CPU profiler runs over 3,000 runs of durand-line-2025.yaml at 365 days (after 500
// to warm the JIT), in this process (node:inspector), with inlining as usual: V8 reports inlined
// functions as frames of their own, so each sample is charged to the nearest enclosing function
// the table names. A figure to read beside `npm run bench`'s figure 1, not a timed test.
// Then the same path by kind of day: fighting, attacks, quiet days under a ceasefire and without.
// Run after `npm run build` (npm ci does it). BENCH_RUNS=n changes the 3,000.
import { Session } from 'node:inspector/promises';
import { dist, executeBatch, machineLine, params, warmExecutor } from './kernel.mjs';

const { createDayRecords } = await dist('model/records.js');
const { PHASES } = await dist('model/phases.js');
const { createRunContext, stepAllDays } = await dist('model/run.js');
const { releaseRunStreams } = await dist('model/streams.js');

/** Per-run work outside the day loop, by the function that does it. */
const PER_RUN = [
  ['open the run streams (seeding, prefilled draws)', ['openRunStreams']],
  ['create the run state', ['createRunState', 'expectedHarmTable']],
  ['summarise the run (outcome)', ['summarizeRun']],
  ['add the run to the tallies', ['add']],
  ['render its outcome row', ['outcomeRow']],
];
const groups = [
  ...PHASES.map((phase) => [`phase ${phase.step}: ${phase.name}`, phase.name === 'morning' ? ['startDay', 'resetFlows'] : phase.calls]),
  ...PER_RUN,
  ['garbage collection', ['(garbage collector)']],
];
const groupOf = new Map(groups.flatMap(([label, names]) => names.map((name) => [name, label])));

const runs = Number(process.env.BENCH_RUNS ?? 3000);
const executor = warmExecutor();

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const started = performance.now();
executeBatch(executor, { from: 500, to: 500 + runs });
const seconds = (performance.now() - started) / 1000;
const { profile } = await session.post('Profiler.stop');
session.disconnect();

// Charge each sample's time to the innermost enclosing function of the table (the stack's first
// match walking up from the sampled frame), else to "other".
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const charged = new Map(groups.map(([label]) => [label, 0]));
charged.set('other (the day loop itself, the batch loop)', 0);
let total = 0;
profile.samples.forEach((id, n) => {
  const micros = profile.timeDeltas[n] ?? 0;
  let label = 'other (the day loop itself, the batch loop)';
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const found = groupOf.get(nodes.get(at).callFrame.functionName);
    if (found !== undefined) {
      label = found;
      break;
    }
  }
  if (nodes.get(id).callFrame.functionName === '(idle)' || nodes.get(id).callFrame.functionName === '(program)') return;
  charged.set(label, charged.get(label) + micros);
  total += micros;
});

const runDays = runs * params.days;
console.log(machineLine('brink bench:profile'));
console.log(`${runs.toLocaleString('en-US')} runs x ${params.days} days of durand-line-2025 under the profiler: ${Math.round(runDays / seconds).toLocaleString('en-US')} run-days/s (the profiler costs some)`);
console.log('share  ns/run-day  where');
for (const [label, micros] of [...charged].sort((a, b) => b[1] - a[1])) {
  const share = ((100 * micros) / total).toFixed(1).padStart(5);
  const perDay = ((micros * 1000 * (seconds / (total / 1e6))) / runDays).toFixed(0).padStart(10);
  console.log(`${share}% ${perDay}  ${label}`);
}

// Then by kind of day: each day of 1,000 further runs timed on its own (a clock read between days,
// its own cost taken off), and charged to what the day was.
const kinetic = params.ladder.thresholds.kinetic;
const kinds = new Map();
const clock = (() => {
  let spent = 0;
  for (let n = 0; n < 100_000; n += 1) {
    const t = performance.now();
    spent += performance.now() - t;
  }
  return spent / 100_000;
})();
const records = createDayRecords(params.days);
for (let runIndex = 10_000; runIndex < 11_000; runIndex += 1) {
  const ctx = createRunContext(params, 'bench', runIndex, { recordEvents: false, records });
  let before = { top: Math.max(ctx.state.actors[0].rung, ctx.state.actors[1].rung), ceasefire: ctx.state.dyad.ceasefire };
  let last = performance.now();
  stepAllDays(ctx, () => {
    const now = performance.now();
    const { actors, dyad } = ctx.state;
    const top = Math.max(actors[0].rung, actors[1].rung);
    const kind =
      top >= kinetic || before.top >= kinetic ? 'fighting (a kinetic rung today or yesterday)'
      : dyad.spoilerAttacks > 0 ? 'a spoiler attack, no fighting'
      : before.ceasefire !== 'none' ? 'quiet, under a truce, ceasefire or agreement'
      : 'quiet, nothing in force';
    const sum = kinds.get(kind) ?? { days: 0, ms: 0 };
    sum.days += 1;
    sum.ms += now - last - clock;
    kinds.set(kind, sum);
    before = { top, ceasefire: dyad.ceasefire };
    last = performance.now();
  });
  releaseRunStreams(ctx.streams);
}
const allMs = [...kinds.values()].reduce((sum, k) => sum + k.ms, 0);
const allDays = [...kinds.values()].reduce((sum, k) => sum + k.days, 0);
console.log('\nby kind of day (1,000 runs, each day timed alone):');
console.log('days  ns/day  time  kind');
for (const [kind, { days: n, ms }] of [...kinds].sort((a, b) => b[1].ms - a[1].ms)) {
  console.log(`${((100 * n) / allDays).toFixed(0).padStart(3)}% ${((ms * 1e6) / n).toFixed(0).padStart(7)} ${((100 * ms) / allMs).toFixed(0).padStart(4)}%  ${kind}`);
}
