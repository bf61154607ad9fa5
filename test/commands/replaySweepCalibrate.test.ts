/**
 * `brink replay` of sweep and calibrate folders: a folder as brink wrote it verifies; a data file
 * edited after brink wrote it, with the manifest's hash edited to match (so only the re-run can
 * tell), fails the replay on that file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibratePipeline, replayPipeline, sweepPipeline } from '../../src/index.js';
import { sha256 } from '../../src/scenarios/index.js';
import { brink, tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/scenarios.js';

const QUIET = 'scenarios/quiet-border.yaml';
const TARGETS = join(ROOT, 'scenarios', 'targets', 'oct-2025.yaml');

/** Replaces text in a data file and re-hashes it in the manifest, as a careful forger would. */
function forge(folder: string, file: string, from: RegExp, to: string): void {
  const path = join(folder, file);
  const text = readFileSync(path, 'utf8');
  const edited = text.replace(from, to);
  expect(edited, `${file}: nothing replaced`).not.toBe(text);
  writeFileSync(path, edited);
  const manifestFile = join(folder, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  manifest.results[file] = sha256(edited);
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
}

describe('brink replay of a sweep folder', () => {
  it('verifies a grid sweep and a Saltelli design as written, and catches an edited, re-hashed point', async () => {
    const out = tempDir();
    const grid = await sweepPipeline({ scenario: QUIET, params: ['spoilers.ttp.hazard=0.05:0.3:3', 'states.pakistan.tolerance=2:10:2'], seed: 'rs', runs: 6, days: 60, workers: 1, out, charts: false });
    expect(await replayPipeline({ dir: grid.folder, workers: 1 })).toMatchObject({ onDisk: [], recomputed: [], firstDifference: undefined });
    const sobol = await sweepPipeline({ scenario: QUIET, params: ['spoilers.ttp.hazard=0.05:0.3', 'states.pakistan.tolerance=2:10'], design: 'sobol', samples: 2, seed: 'rs', runs: 4, days: 40, workers: 1, out, charts: false });
    expect(await replayPipeline({ dir: sobol.folder, workers: 1 })).toMatchObject({ recomputed: [], firstDifference: undefined });

    forge(grid.folder, 'points.csv', /\n0,/, '\n1,');
    const replay = await replayPipeline({ dir: grid.folder, workers: 1 });
    expect(replay.onDisk).toEqual([]);
    expect(replay.recomputed).toEqual(['points.csv']);
    const cli = await brink(['replay', grid.folder, '--workers', '1', '--quiet']);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('points.csv as re-run differs from the recorded result');
  });
});

describe('brink replay of a calibrate folder', () => {
  it('recomputes the check and checks the calibrated scenario against the recorded parameters', async () => {
    const out = tempDir();
    const { folder } = await calibratePipeline({ scenario: QUIET, targets: TARGETS, params: ['states.pakistan.tolerance=2:12'], seed: 'rc', budget: 2, population: 2, runs: 4, checkRuns: 6, days: 40, out, charts: false });
    const verified = await replayPipeline({ dir: folder });
    expect(verified).toMatchObject({ onDisk: [], recomputed: [], firstDifference: undefined });
    expect(verified.files).toEqual(['candidates.csv', 'check.csv', 'check.json', 'quiet-border-calibrated.yaml']);
    expect(verified.onDiskOnly).toEqual(['candidates.csv']);
    const ok = await brink(['replay', folder]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('(check.csv, check.json, quiet-border-calibrated.yaml); candidates.csv checked on disk only (not re-run)');

    forge(folder, 'quiet-border-calibrated.yaml', /tolerance: [0-9.]+/, 'tolerance: 11.5');
    forge(folder, 'check.csv', /,true\n/, ',false\n');
    const replay = await replayPipeline({ dir: folder });
    expect(replay.onDisk).toEqual([]);
    expect(replay.recomputed).toEqual(['check.csv', 'quiet-border-calibrated.yaml']);
    expect((await brink(['replay', folder])).code).toBe(1);
  });
});
