/**
 * Nothing is replaced silently: an ensemble (or comparison) of another size lands in a folder of
 * its own, `--out DIR` refuses to overwrite an index.html brink did not write, and the reports
 * index links every folder by a URL-encoded relative path, whatever the folder is called.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensemblePipeline, InputError } from '../../src/index.js';
import { refreshReportsIndex } from '../../src/report/reportsIndexFile.js';
import { brink, tempDir } from '../helpers/cli.js';

const QUIET = 'scenarios/quiet-border.yaml';

describe('results of another size are kept apart', () => {
  it('a 5-run rerun of a 12-run ensemble leaves the 12-run folder as it was', async () => {
    const out = tempDir();
    const big = await ensemblePipeline({ scenario: QUIET, seed: 'size', runs: 12, workers: 1, out, charts: false });
    const before = readFileSync(join(big.folder, 'outcomes.csv'), 'utf8');
    const small = await ensemblePipeline({ scenario: QUIET, seed: 'size', runs: 5, workers: 1, out, charts: false });
    expect(big.folder).toMatch(/ensemble-size-n12-[0-9a-f]{8}$/);
    expect(small.folder).toMatch(/ensemble-size-n5-[0-9a-f]{8}$/);
    expect(readFileSync(join(big.folder, 'outcomes.csv'), 'utf8')).toBe(before);
    expect(readdirSync(join(out, 'quiet-border')).sort()).toEqual([big.folder, small.folder].map((f) => f.split('/').at(-1)).sort());
  });
});

describe('--out DIR and an index.html brink did not write', () => {
  it('is refused before anything runs (exit 2, the file named, nothing written); --overwrite-index replaces it', async () => {
    const out = tempDir();
    const mine = '<!doctype html><title>my project</title><p>hand-written</p>\n';
    writeFileSync(join(out, 'index.html'), mine);
    const refused = await brink(['run', QUIET, '--seed', 'idx', '--out', out, '--quiet', '--no-charts']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${join(out, 'index.html')}: this index.html was not written by brink`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(mine);
    expect(readdirSync(out)).toEqual(['index.html']);
    await expect(ensemblePipeline({ scenario: QUIET, seed: 'idx', runs: 2, out, charts: false })).rejects.toThrow(InputError);
    expect(readdirSync(out)).toEqual(['index.html']);

    const replaced = await brink(['run', QUIET, '--seed', 'idx', '--out', out, '--quiet', '--no-charts', '--overwrite-index']);
    expect(replaced.code).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<h1>brink reports</h1>');
    // Now it is brink's: later commands refresh it without the flag.
    expect((await brink(['run', QUIET, '--seed', 'idx2', '--out', out, '--quiet', '--no-charts'])).code).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('run-idx2-r0-');
  });
});

describe('reports/index.html', () => {
  it('links a crafted folder name as a relative, URL-encoded path, never a javascript: URL', () => {
    const out = tempDir();
    const folder = join(out, 'x', 'javascript:alert(1)');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ command: 'run', scenario: { name: 'x', overrides: [] }, runIndices: { from: 0, to: 1 } }));
    writeFileSync(join(folder, 'index.html'), '');
    const html = readFileSync(refreshReportsIndex(out), 'utf8');
    expect(html).toContain('href="./x/javascript%3Aalert(1)/index.html"');
    expect(html).not.toMatch(/href="javascript:/);
  });

  it("shows each folder's --set overrides and run count", async () => {
    const out = tempDir();
    const result = await brink(['ensemble', QUIET, '--seed', 'ov', '--runs', '3', '--workers', '1', '--set', 'spoilers.ttp.hazard=0.01', '--out', out, '--quiet', '--no-charts']);
    expect(result.code).toBe(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toMatch(/<td class="num">3<\/td><td>--set spoilers\.ttp\.hazard=0\.01<\/td>/);
    expect(existsSync(join(out, 'quiet-border'))).toBe(true);
  });
});
