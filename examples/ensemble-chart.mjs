#!/usr/bin/env node
// brink as a library: load the October 2025 scenario, run a small ensemble, summarise it and
// write its fan chart (rung per day: median, 50% and 90% bands) as SVG into a folder.
//
//   node examples/ensemble-chart.mjs <output-folder> [runs]
//
// Inside the brink folder `brink` resolves to this package itself (after `npm ci`, which
// builds it); in your own project, `npm install brink` first.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledScenarioFile, charts, chartMeta, loadScenario, renderSvg, runEnsemble, summarizeEnsemble } from 'brink';

const [outDir, runsText = '200'] = process.argv.slice(2);
if (outDir === undefined || !/^[1-9][0-9]*$/.test(runsText)) {
  console.error('usage: node examples/ensemble-chart.mjs <output-folder> [runs]');
  process.exit(2);
}

const scenario = loadScenario(bundledScenarioFile('durand-line-2025'));
// An explicit seed makes the chart reproducible: run k of seed "example" is always the same run.
const { seed, runs, tallies } = await runEnsemble(scenario, { seed: 'example', runs: Number(runsText) });
const summary = summarizeEnsemble(scenario.params, tallies);

const spec = charts.ensembleFanChart(scenario.params, summary, chartMeta(scenario, seed, runs));
mkdirSync(outDir, { recursive: true });
const file = join(outDir, 'fan.svg');
writeFileSync(file, await renderSvg(spec));

const ceasefire = summary.probabilities.find((p) => p.outcome === 'ceasefire:by30');
const percent = (x) => `${(100 * x).toFixed(1)}%`;
console.log(`${scenario.info.name}, seed ${seed}, ${runs} runs`);
console.log(`ceasefire by day 30: ${percent(ceasefire.p)} [${percent(ceasefire.lower)}, ${percent(ceasefire.upper)}] (95% Wilson interval)`);
console.log(`wrote ${file}`);
