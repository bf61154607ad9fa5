/** `brink check` and `brink calibrate` end to end, with the compiled binary on temp folders. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenarios/index.js';
import { brink, brinkProcess, tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/scenarios.js';
import { expectSameFile } from '../helpers/bytes.js';

/** Starts brink, sends Ctrl-C once `ready()` holds, and resolves with the exit code. */
async function interrupt(args: readonly string[], ready: () => boolean): Promise<number | null> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'brink.js'), ...args], { cwd: ROOT });
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (ready()) {
        clearInterval(poll);
        resolve();
      }
    }, 25);
  });
  child.kill('SIGINT');
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

const TARGETS = 'scenarios/targets/oct-2025.yaml';
const CHECK = ['check', 'scenarios/durand-line-2025.yaml', '--targets', TARGETS, '--runs', '60', '--days', '120', '--seed', 'cli-check'];

function onlyFolder(out: string): string {
  const root = join(out, 'durand-line-2025');
  const folders = readdirSync(root).filter((f) => !f.startsWith('.'));
  expect(folders).toHaveLength(1);
  return join(root, folders[0]!);
}

describe('brink check', () => {
  it('prints one line per criterion and the count met, writes a folder that replays, and is byte-stable', async () => {
    const [a, b] = [tempDir(), tempDir()];
    const shown = await brink([...CHECK, '--out', a]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/\d+ of 18 targets met/);
    for (const measure of ['boutOnsetAfterSpoiler', 'claimRatio', 'boutGapsTail']) expect(shown.stdout).toContain(measure);
    const folder = onlyFolder(a);
    expect(readdirSync(folder).sort()).toEqual(['charts', 'check.csv', 'check.json', 'index.html', 'manifest.json']);
    const csv = readFileSync(join(folder, 'check.csv'), 'utf8').trimEnd().split('\n');
    expect(csv).toHaveLength(1 + 23); // 18 targets, 23 criteria
    const json = JSON.parse(readFileSync(join(folder, 'check.json'), 'utf8'));
    expect(json.check.total).toBe(18);
    expect(shown.stdout).toContain(`${json.check.passed} of 18 targets met`);
    expect((await brink(['replay', folder])).stdout).toContain('all 2 data files match');
    expect((await brink([...CHECK, '--out', b, '--quiet', '--no-charts'])).code).toBe(0);
    for (const file of ['check.csv', 'check.json']) expectSameFile(join(onlyFolder(b), file), join(folder, file), file);
  });

  it('--require N exits 1 when fewer targets are met', async () => {
    const result = await brink([...CHECK, '--out', tempDir(), '--quiet', '--no-charts', '--require', '18', '--set', 'spoilers.ttp.hazard=0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\d+ of 18 targets met; --require 18/);
  });

  it('a bad targets file exits 2 with file:line:column and writes nothing', async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'name: bad\ntargets:\n  - id: a\n    title: A\n    criteria:\n      - measure: timeToPeek\n        accept: { min: 2 }\n  - id: a\n    title: B\n    criteria:\n      - measure: claimRatio\n        accept: { min: 3, max: 1 }\n',
    );
    const result = await brink(['check', 'scenarios/durand-line-2025.yaml', '--targets', bad, '--out', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}:6:18 targets[0].criteria[0].measure: expected the id of a measure`);
    expect(result.stderr).toContain('(did you mean "timeToPeak"?)');
    expect(result.stderr).not.toContain('    at ');
    expect(readdirSync(dir)).toEqual(['bad.yaml']);
    writeFileSync(bad, 'name: bad\ntargets:\n  - id: a\n    title: A\n    criteria:\n      - measure: claimRatio\n        accept: { min: 3, max: 1 }\n  - id: a\n    title: B\n    criteria: [{ measure: timeToPeak, accept: { min: 1 } }]\n');
    const second = await brink(['check', 'scenarios/durand-line-2025.yaml', '--targets', bad, '--out', dir]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('targets[0].criteria[0].options: missing');
    expect(second.stderr).toContain('targets[0].criteria[0].accept');
    expect(second.stderr).toContain(`${bad}:8:9 targets[1].id: expected a unique id, found "a" a second time`);
  });
});

describe('brink calibrate', () => {
  // Ranges that exclude the file's values (tolerance 4.6, truceDays 2): whatever the search finds
  // differs from them, so the calibrated file always carries its "was" comments.
  const CALIBRATE = [
    'calibrate', 'scenarios/durand-line-2025.yaml', '--targets', TARGETS, '--param', 'states.pakistan.tolerance=6:12', '--param', 'constants.truceDays=3:4',
    '--budget', '5', '--runs', '20', '--check-runs', '30', '--days', '90', '--seed', 'cli-cal',
  ];

  it('writes the best set as a scenario that validates, with its check, and resumes from its cache', async () => {
    const out = tempDir();
    const first = await brink([...CALIBRATE, '--out', out, '--no-charts']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/best: states\.pakistan\.tolerance=[0-9.]+ constants\.truceDays=[1-4] /);
    const folder = onlyFolder(out);
    const files = readdirSync(folder).sort();
    expect(files).toEqual(['candidates.csv', 'check.csv', 'check.json', 'durand-line-2025-calibrated.yaml', 'index.html', 'manifest.json']);
    expect(readFileSync(join(folder, 'candidates.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(6);
    const best = join(folder, 'durand-line-2025-calibrated.yaml');
    expect(readFileSync(best, 'utf8')).toMatch(/# calibrated by brink .* \(seed cli-cal, oct-2025\): was /);
    expect((await brink(['validate', best])).code).toBe(0);
    // The file alone (its --days written in) loads to the parameters the manifest says were checked.
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    expect(loadScenario(best).paramsHash).toBe(manifest.scenario.paramsHash);
    expect(readFileSync(best, 'utf8')).toContain('days: 90 # set by --days when calibrated by brink');
    const again = await brink([...CALIBRATE, '--out', out, '--no-charts']);
    expect(again.stdout).toContain('(5 reused from an earlier run)');
    expect(readFileSync(join(onlyFolder(out), 'candidates.csv'), 'utf8')).toBe(readFileSync(join(folder, 'candidates.csv'), 'utf8'));
    expect(existsSync(join(out, 'durand-line-2025', '.cache', 'calibrate'))).toBe(true);
  });

  it('refuses every bad --param at once, with the closest valid paths (exit 2, nothing written)', async () => {
    const out = tempDir();
    const result = await brink([
      'calibrate', 'scenarios/durand-line-2025.yaml', '--targets', TARGETS, '--out', out,
      '--param', 'states.pakistan.profile=0:1', '--param', 'states.pakistan.tremble=0:2', '--param', 'states.pakistn.tolerance=1:3',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--param states.pakistan.profile=0:1: states.pakistan.profile expects one of strong, weak, not a number');
    expect(result.stderr).toContain('--param states.pakistan.tremble=0:2: 2 is outside the valid range of states.pakistan.tremble: expected a number in [0, 1]');
    expect(result.stderr).toContain('closest valid paths: states.pakistan.tolerance');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('Ctrl-C', () => {
  it('stops brink check at once: exit 130, nothing written', async () => {
    // 4 s: on a loaded machine Node may take over a second to start and install its handler.
    const out = tempDir();
    const started = Date.now();
    const code = await interrupt(['check', 'scenarios/durand-line-2025.yaml', '--targets', TARGETS, '--runs', '500000', '--out', out], () => Date.now() - started > 4000);
    expect(code).toBe(130);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(readdirSync(out)).toEqual([]);
  });

  it('stops brink calibrate keeping finished candidates, which a rerun reuses', async () => {
    const out = tempDir();
    const cache = join(out, 'durand-line-2025', '.cache', 'calibrate');
    const args = ['calibrate', 'scenarios/durand-line-2025.yaml', '--targets', TARGETS, '--param', 'states.pakistan.tolerance=1:8', '--budget', '400', '--runs', '20', '--days', '60', '--seed', 'cli-int', '--out', out];
    const code = await interrupt(args, () => existsSync(cache) && readdirSync(cache).length >= 2);
    expect(code).toBe(130);
    expect(readdirSync(join(out, 'durand-line-2025')).filter((f) => !f.startsWith('.'))).toEqual([]);
    const kept = readdirSync(cache).filter((f) => f.endsWith('.json')).length;
    expect(kept).toBeGreaterThanOrEqual(2);
    // The same (compiled) code as the interrupted run: cache entries are found only by the code that made them.
    const rerun = await brinkProcess([...args.map((a) => (a === '400' ? String(kept) : a)), '--check-runs', '20', '--no-charts']);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`(${kept} reused from an earlier run)`);
  });
});

