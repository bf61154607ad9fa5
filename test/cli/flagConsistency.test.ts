/**
 * What the README promises about flags is what the commands do (issue 12, item 8): `--workers`
 * exactly where runs go to worker threads, shards numbered from 0 in folder names and in the
 * reports index alike, and no test-only hook (BRINK_FAIL_RUN) left in the shipped CLI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brink, brinkProcess, tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/scenarios.js';

const QUIET = 'scenarios/quiet-border.yaml';

describe('flags as the README lists them', () => {
  it('--workers is accepted exactly by the commands the README names, and refused by check and calibrate', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const listed = /`--workers N` where runs go to worker threads \(([a-z, ]+); check and calibrate run in one thread\)/.exec(readme);
    expect(listed, 'the README sentence on --workers').not.toBeNull();
    const withWorkers = listed![1]!.split(', ');
    expect(withWorkers).toEqual(['ensemble', 'compare', 'sweep', 'replay']);
    for (const command of [...withWorkers, 'check', 'calibrate']) {
      const help = await brink([command, '--help']);
      expect(help.stdout.includes('--workers'), command).toBe(withWorkers.includes(command));
    }
    const check = await brink(['check', QUIET, '--targets', 'scenarios/targets/oct-2025.yaml', '--workers', '2', '--out', tempDir()]);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('Unknown argument: workers');
  });

  it('shards are numbered from 0 in folder names and in reports/index.html alike', async () => {
    const out = tempDir();
    for (const shard of ['0/2', '1/2']) {
      const result = await brink(['ensemble', QUIET, '--seed', 'num', '--runs', '4', '--days', '20', '--shard', shard, '--workers', '1', '--out', out, '--quiet', '--no-charts']);
      expect(result.code).toBe(0);
    }
    const folders = readdirSync(join(out, 'quiet-border')).filter((name) => !name.startsWith('.')).sort();
    expect(folders.map((name) => name.split('-shard-')[1])).toEqual(['0of2', '1of2']);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    for (const [n, name] of folders.entries()) {
      const row = html.split('<tr>').find((r) => r.includes(`>quiet-border/${name}<`));
      expect(row, name).toContain(`<td>${n}/2</td>`);
    }
  });

  it('BRINK_FAIL_RUN does nothing to the shipped CLI, and no source file reads it', async () => {
    const out = tempDir();
    const result = await brinkProcess(['ensemble', QUIET, '--seed', 'hook', '--runs', '3', '--days', '20', '--workers', '1', '--out', out, '--quiet', '--no-charts'], {
      env: { BRINK_FAIL_RUN: '1' },
    });
    expect(result.code).toBe(0);
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const readers = sources(join(ROOT, 'src')).filter((file) => readFileSync(file, 'utf8').includes('BRINK_FAIL'));
    expect(readers.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
