/** `brink check --cases` end to end: exit codes, the per-dyad line, bad input refused with nothing written. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brink } from '../helpers/cli.js';

const root = mkdtempSync(join(tmpdir(), 'brink-cli-cases-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('brink check --cases', () => {
  it('checks every bout, prints a table per bout, a line per dyad and the overall line; exit 0 with failed targets', async () => {
    const out = join(root, 'ok');
    const result = await brink(['check', '--cases', 'test/fixtures/cases', '--seed', 'cli', '--runs', '6', '--out', out, '--no-charts']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^brink check alpha-beta\/2020-01-first against 2020-01-first · seed cli · 6 runs$/m);
    expect(result.stdout).toMatch(/^brink check alpha-beta\/2021-06-second against 2021-06-second · seed cli · 6 runs$/m);
    expect(result.stdout).toMatch(/^alpha-beta: \d of 6 targets met \(\d+%\) in 2 bouts · worst bout 20\d\d-\d\d-[a-z]+: \d of 3 \(\d+%\)$/m);
    expect(result.stdout).toMatch(/^all cases: \d of 6 targets met \(\d+%\) in 1 dyad, 2 bouts$/m);
    const folder = /^wrote (.*)$/m.exec(result.stdout)![1]!;
    expect(readdirSync(folder).sort()).toEqual(['check.csv', 'check.json', 'index.html', 'manifest.json']);
    const json = await brink(['check', '--cases', 'test/fixtures/cases/alpha-beta', '--seed', 'cli', '--runs', '6', '--out', out, '--no-charts', '--json']);
    expect(JSON.parse(json.stdout).tally.dyads[0].dyad).toBe('alpha-beta');
  });

  it('a bad value in the dyad file: exit 2, its file:line:column, nothing written', async () => {
    const dir = join(root, 'bad');
    cpSync('test/fixtures/cases', dir, { recursive: true });
    const dyad = join(dir, 'alpha-beta.yaml');
    writeFileSync(dyad, readFileSync(dyad, 'utf8').replace('hazard: 0.01', 'hazard: -1'));
    const out = join(root, 'bad-out');
    const result = await brink(['check', '--cases', dir, '--runs', '4', '--out', out]);
    expect(result.code).toBe(2);
    // Both bouts inherit it: one problem, at the dyad file's line.
    expect(result.stderr).toMatch(new RegExp(`^${dyad}:22:13 spoilers\\.militants\\.hazard: expected a number in \\[0, 50\\], found -1$`, 'm'));
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a scenario or --targets with --cases, and no bouts: exit 2', async () => {
    const out = join(root, 'none');
    expect((await brink(['check', 'scenarios/quiet-border.yaml', '--cases', 'test/fixtures/cases', '--out', out])).code).toBe(2);
    const empty = await brink(['check', '--cases', 'test/fixtures/ladders', '--out', out]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^test\/fixtures\/ladders: expected bouts: /);
    expect((await brink(['check', '--out', out])).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
