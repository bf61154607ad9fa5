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

describe('brink calibrate --cases', () => {
  it('refuses a --param a bout file sets, at its file:line:column, and --set: exit 2, nothing written', async () => {
    const out = join(root, 'calibrate-refused');
    const bout = await brink(['calibrate', '--cases', 'test/fixtures/cases/alpha-beta', '--param', 'thirdParties.broker.offerAfterDays=3:12', '--budget', '2', '--runs', '2', '--out', out]);
    expect(bout.code).toBe(2);
    expect(bout.stderr).toBe(
      'test/fixtures/cases/alpha-beta/2021-06-second.yaml:6:21 thirdParties.broker.offerAfterDays: --param thirdParties.broker.offerAfterDays: this bout file sets it itself, so the dyad file\'s value would not reach this bout: a shared parameter must live only in the dyad file (remove it here, or search another path)\n',
    );
    const set = await brink(['calibrate', '--cases', 'test/fixtures/cases/alpha-beta', '--param', 'states.alpha.tolerance=2:8', '--set', 'days=20', '--out', out]);
    expect(set.code).toBe(2);
    expect(set.stderr).toMatch(/^--cases: expected no --set or --days/);
    expect(existsSync(join(out, 'cases'))).toBe(false);
  });

  it('writes the calibrated dyad file and every bout\'s check: exit 0', async () => {
    const out = join(root, 'calibrate');
    const result = await brink(['calibrate', '--cases', 'test/fixtures/cases/alpha-beta', '--param', 'states.alpha.tolerance=2:8', '--budget', '3', '--runs', '3', '--check-runs', '4', '--seed', 'k', '--out', out, '--no-charts']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}calibrated dyad file: alpha-beta-calibrated\.yaml \(from test\/fixtures\/cases\/alpha-beta\.yaml\)$/m);
    expect(result.stdout).toMatch(/^alpha-beta: \d of 6 targets met/m);
    const folder = /^wrote (.*)$/m.exec(result.stdout)![1]!;
    expect(readdirSync(folder).sort()).toEqual(['alpha-beta-calibrated.yaml', 'candidates.csv', 'check.csv', 'check.json', 'index.html', 'manifest.json']);
  });
});

describe('validate, show and run on a bout that extends its dyad file', () => {
  it('validate accepts it, show prints the merged parameters, run writes a folder', async () => {
    const bout = 'test/fixtures/cases/alpha-beta/2021-06-second.yaml';
    const validate = await brink(['validate', bout]);
    expect(validate.code).toBe(0);
    const show = await brink(['show', bout, '--json']);
    expect(show.code).toBe(0);
    const shown = JSON.parse(show.stdout);
    expect(JSON.stringify(shown)).toContain('"offerAfterDays":9');
    const run = await brink(['run', bout, '--seed', 'b', '--out', join(root, 'run'), '--no-charts', '--quiet']);
    expect(run.code).toBe(0);
  });
});
