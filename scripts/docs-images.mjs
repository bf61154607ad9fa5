#!/usr/bin/env node
// `npm run docs:images`: regenerates the charts checked in under docs/img/ by running the
// commands the docs quote, into a temporary folder, and copying their PNGs. Every image in the
// docs is therefore an output of brink at a named seed, reproducible with this script.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const images = join(root, 'docs', 'img');
const out = mkdtempSync(join(tmpdir(), 'brink-docs-'));

/** Runs brink with `args` into the temporary folder; returns the output folder it wrote. */
function brink(args) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'brink.js'), ...args, '--out', out, '--quiet', '--json'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`brink ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout).folder;
}

function copy(folder, chart, name) {
  copyFileSync(join(folder, 'charts', `${chart}.png`), join(images, name));
  console.log(`docs/img/${name}`);
}

try {
  mkdirSync(images, { recursive: true });
  const ensemble = brink(['ensemble', 'scenarios/durand-line-2025.yaml', '--runs', '1000', '--seed', 'golden']);
  copy(ensemble, 'fan', 'fan-durand-line-2025.png');
  copy(ensemble, 'time-to-ceasefire', 'time-to-ceasefire-durand-line-2025.png');
  const run = brink(['run', 'scenarios/durand-line-2025.yaml', '--seed', 'golden']);
  copy(run, 'trajectory', 'trajectory-durand-line-2025.png');
  const check = brink(['check', 'scenarios/durand-line-2025.yaml', '--targets', 'scenarios/targets/oct-2025.yaml']);
  copy(check, 'targets', 'calibration-targets.png');
  const sweep = brink([
    'sweep', 'scenarios/durand-line-2025.yaml', '--param', 'spoilers.ttp.hazard=0:0.2:9', '--param', 'spoilers.ttp.agreementSuppression=0.2:0.95:6',
    '--runs', '400', '--seed', 'regimes', '--outcome', 'meanBouts', '--outcome', 'pClimb', '--outcome', 'pReached7', '--outcome', 'pAgreement',
  ]);
  for (const chart of readdirSync(join(sweep, 'charts')).filter((f) => f.endsWith('.png'))) copy(sweep, chart.replace(/\.png$/, ''), `regimes-${chart}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
