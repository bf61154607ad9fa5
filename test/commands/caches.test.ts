/**
 * The sweep and calibrate caches: an entry is found only by the code that made it (a fingerprint
 * of every code file, not the package version), is checked before reuse (a hand-edited entry is
 * recomputed), and `--no-cache` recomputes everything.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibratePipeline, sweepPipeline } from '../../src/index.js';
import { codeFingerprint } from '../../src/report/codeFingerprint.js';
import { brink, tempDir } from '../helpers/cli.js';

const SCENARIO = 'scenarios/durand-line-2025.yaml';
const SWEEP = { scenario: SCENARIO, params: ['spoilers.ttp.hazard=0.02:0.3:2'], runs: 20, days: 60, seed: 'cache', workers: 1, charts: false } as const;

const entries = (folder: string) => readdirSync(folder).map((name) => join(folder, name));

describe('the code fingerprint', () => {
  it('changes when any code file of the tree changes, and not otherwise', () => {
    const tree = tempDir();
    mkdirSync(join(tree, 'model'));
    writeFileSync(join(tree, 'model', 'step.js'), 'export const x = 1;\n');
    writeFileSync(join(tree, 'notes.md'), 'not code');
    const before = codeFingerprint(tree);
    expect(codeFingerprint(tree)).toBe(before);
    writeFileSync(join(tree, 'notes.md'), 'still not code');
    expect(codeFingerprint(tree)).toBe(before);
    writeFileSync(join(tree, 'model', 'step.js'), 'export const x = 2;\n');
    expect(codeFingerprint(tree)).not.toBe(before);
    expect(codeFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the sweep point cache', () => {
  it('reuses its own entries, but not one made by other code, nor a hand-edited one', async () => {
    const out = tempDir();
    const first = await sweepPipeline({ ...SWEEP, out });
    expect(first.reused).toBe(0);
    const cacheFolder = join(out, 'durand-line-2025', '.cache', 'points');
    expect((await sweepPipeline({ ...SWEEP, out })).reused).toBe(2);

    // An entry carrying another code fingerprint (a build before a model change) is not used.
    const [a, b] = entries(cacheFolder);
    const entryA = JSON.parse(readFileSync(a!, 'utf8'));
    writeFileSync(a!, JSON.stringify({ ...entryA, code: '0'.repeat(64) }));
    // An entry edited so its final states add up to more than the runs is not used either.
    const entryB = JSON.parse(readFileSync(b!, 'utf8'));
    entryB.value.counts.pWar += 5;
    writeFileSync(b!, JSON.stringify(entryB));

    const third = await sweepPipeline({ ...SWEEP, out });
    expect(third.reused).toBe(0);
    expect(third.records.map((r) => r.statistics)).toEqual(first.records.map((r) => r.statistics));
  });

  it('--no-cache runs every point and refreshes the entries', async () => {
    const out = tempDir();
    await sweepPipeline({ ...SWEEP, out });
    const again = await sweepPipeline({ ...SWEEP, out, cache: false });
    expect(again.reused).toBe(0);
    expect(again.ran).toBe(2);
    const cli = await brink(['sweep', SCENARIO, '--param', SWEEP.params[0], '--runs', '20', '--days', '60', '--seed', 'cache', '--workers', '1', '--no-charts', '--no-cache', '--json', '--out', out]);
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout).reused).toBe(0);
    const cached = await brink(['sweep', SCENARIO, '--param', SWEEP.params[0], '--runs', '20', '--days', '60', '--seed', 'cache', '--workers', '1', '--no-charts', '--json', '--out', out]);
    expect(JSON.parse(cached.stdout).reused).toBe(2);
  });
});

describe('the calibrate candidate cache', () => {
  const CALIBRATE = {
    scenario: SCENARIO,
    targets: 'scenarios/targets/oct-2025.yaml',
    params: ['states.pakistan.tolerance=1:8'],
    budget: 3,
    runs: 10,
    checkRuns: 10,
    days: 60,
    seed: 'cal-cache',
    charts: false,
  } as const;

  it('does not reuse a candidate whose check was edited, and --no-cache reuses none', async () => {
    const out = tempDir();
    const first = await calibratePipeline({ ...CALIBRATE, out });
    expect(first.search.reused).toBe(0);
    expect((await calibratePipeline({ ...CALIBRATE, out })).search.reused).toBe(3);
    const folder = join(out, 'durand-line-2025', '.cache', 'calibrate');
    const [file] = entries(folder);
    const entry = JSON.parse(readFileSync(file!, 'utf8'));
    // Claims one more target passed than its criteria say.
    entry.value.passed += 1;
    writeFileSync(file!, JSON.stringify(entry));
    const edited = await calibratePipeline({ ...CALIBRATE, out });
    expect(edited.search.reused).toBe(2);
    expect(edited.search.best.detail.result).toEqual(first.search.best.detail.result);
    expect((await calibratePipeline({ ...CALIBRATE, out, cache: false })).search.reused).toBe(0);
    // Copying the cache to another out root is fine: entries are found by key and code, not place.
    const elsewhere = tempDir();
    cpSync(join(out, 'durand-line-2025'), join(elsewhere, 'durand-line-2025'), { recursive: true });
    expect((await calibratePipeline({ ...CALIBRATE, out: elsewhere })).search.reused).toBe(3);
  });
});
