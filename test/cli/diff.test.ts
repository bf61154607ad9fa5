/** `brink diff` end to end: two runs side by side, and two output folders compared. */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../src/model/index.js';
import { loadScenario, sha256 } from '../../src/scenarios/index.js';
import { brink, tempDir } from '../helpers/cli.js';
import { DURAND } from '../helpers/scenarios.js';

const SCENARIO = 'scenarios/durand-line-2025.yaml';

function onlyFolder(out: string, group = 'durand-line-2025'): string {
  const folders = readdirSync(join(out, group));
  expect(folders).toHaveLength(1);
  return join(out, group, folders[0]!);
}

describe('brink diff <scenario>: two runs', () => {
  it('--seed g --seed l: the first day and phase they part, diff.csv, chart, manifest', async () => {
    // Two seeds whose run 0 both strike on day 0 (about half of all runs do): seeds chosen for it.
    const out = tempDir();
    const result = await brink(['diff', SCENARIO, '--seed', 'g', '--seed', 'l', '--days', '120', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('brink diff durand-line-2025 · A: seed g, run 0 vs B: seed l, run 0 · 120 days');
    expect(result.stdout).toContain('first difference: day 0 (2025-10-09), phase "outcomes": casualties and claims of pakistan\'s fire');
    expect(result.stdout).toContain('random streams of that process: outcome/pakistan');
    const folder = onlyFolder(out);
    expect(folder).toMatch(/diff-g-r0-vs-l-r0-[0-9a-f]{8}$/);
    expect(result.stdout).toContain(`wrote ${folder}`);
    expect(readdirSync(folder).sort()).toEqual(['charts', 'diff.csv', 'index.html', 'manifest.json', 'summary.json']);
    expect(readdirSync(join(folder, 'charts')).sort()).toEqual(['trajectory.png', 'trajectory.svg', 'trajectory.vl.json']);
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest.command).toBe('diff');
    expect(manifest.runs).toEqual({ a: { seed: 'g', runIndex: 0 }, b: { seed: 'l', runIndex: 0 } });
    expect(manifest.scenarios.a.fileHash).toBe(sha256(readFileSync(DURAND)));
    expect(manifest.scenarios.b.paramsHash).toBe(manifest.scenarios.a.paramsHash);
    for (const [file, hash] of Object.entries(manifest.results)) expect(sha256(readFileSync(join(folder, file))), file).toBe(hash);
    // diff.csv holds exactly the two runs the library computes, day by day.
    const params = loadScenario(DURAND, { days: 120 }).params;
    const [runA, runB] = [simulateRun(params, 'g', 0), simulateRun(params, 'l', 0)];
    const lines = readFileSync(join(folder, 'diff.csv'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(121);
    const header = lines[0]!.split(',');
    expect(header.slice(0, 6)).toEqual(['day', 'date', 'differs', 'phase', 'a_afghanistan_rung', 'b_afghanistan_rung']);
    for (const day of [0, 17, 119]) {
      const cells = lines[day + 1]!.split(',');
      const cell = (name: string) => cells[header.indexOf(name)];
      expect(Number(cell('a_pakistan_rung'))).toBe(runA.records.rung[day * 2 + 1]);
      expect(Number(cell('b_pakistan_rung'))).toBe(runB.records.rung[day * 2 + 1]);
      expect(Number(cell('b_afghanistan_deaths'))).toBe(runB.records.militaryDeaths[day * 2]! + runB.records.civilianDeaths[day * 2]!);
    }
    expect(lines[1]).toMatch(/^0,2025-10-09,true,outcomes,/);
    const summary = JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8'));
    expect(summary.divergence.first.day).toBe(0);
    expect(summary.outcomes.b.kineticDays).toBe(runB.outcome.kineticDays);
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain('Where the runs part');
  });

  it('--run-index j --run-index k with one seed; --json for machines', async () => {
    const out = tempDir();
    const result = await brink(['diff', SCENARIO, '--seed', 'idx', '--run-index', '3', '--run-index', '7', '--days', '60', '--json', '--no-charts', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.a).toMatchObject({ seed: 'idx', runIndex: 3 });
    expect(summary.b).toMatchObject({ seed: 'idx', runIndex: 7 });
    expect(summary.first.phase).toBe('decisions');
    expect(summary.folder).toMatch(/diff-idx-r3-vs-idx-r7-/);
    expect(existsSync(join(summary.folder, 'charts'))).toBe(false);
  });

  it('--set-b changes run B only: the first difference is in the phase that uses the parameter', async () => {
    const out = tempDir();
    const result = await brink(['diff', SCENARIO, '--seed', 'golden', '--set-b', 'spoilers.ttp.hazard=0.4', '--days', '90', '--out', out, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.first.phase).toBe('spoiler attacks');
    expect(summary.first.streams).toEqual(['spoiler/ttp']);
    expect(summary.b.overrides).toContain('--set-b spoilers.ttp.hazard=0.4');
    expect(summary.folder).toMatch(/diff-golden-r0-vs-golden-r0-[0-9a-f]{8}-[0-9a-f]{8}$/);
    const spec = JSON.parse(readFileSync(join(summary.folder, 'charts', 'trajectory.vl.json'), 'utf8'));
    expect(spec.title.subtitle[1]).toBe(`dotted line: first day the runs differ (day ${summary.first.day})`);
  });

  it('exit 0 whether or not the runs differ; --exit-code makes a difference exit 1, silently', async () => {
    const out = tempDir();
    const differ = await brink(['diff', SCENARIO, '--seed', 'a', '--seed', 'b', '--days', '30', '--quiet', '--no-charts', '--exit-code', '--out', out]);
    expect([differ.code, differ.stderr, differ.stdout]).toEqual([1, '', '']);
    // A --set-b that sets the default changes nothing: identical runs, exit 0 even with --exit-code.
    const same = await brink(['diff', SCENARIO, '--seed', 'a', '--set-b', 'states.pakistan.capability=1', '--days', '30', '--no-charts', '--exit-code', '--out', out]);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toContain('identical: the two runs are the same on all 30 days');
  });
});

describe('brink diff <dirA> <dirB>: two output folders', () => {
  it('identical folders: exit 0; the first changed cell is found by line, day, state and column', async () => {
    const [one, two] = [tempDir(), tempDir()];
    for (const out of [one, two]) await brink(['run', SCENARIO, '--seed', 'fold', '--days', '60', '--out', out, '--quiet']);
    const [a, b] = [onlyFolder(one), onlyFolder(two)];
    const same = await brink(['diff', a, b, '--exit-code']);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toContain('identical: 4 data files and the manifest give the same result');
    // Change one cell: line 58 of days.csv is data row 56, day 28, the first state (afghanistan).
    const file = join(b, 'days.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const header = lines[0]!.split(',');
    const cells = lines[57]!.split(',');
    cells[header.indexOf('grievance')] = '123.5';
    lines[57] = cells.join(',');
    writeFileSync(file, lines.join('\n'));
    const changed = await brink(['diff', a, b]);
    expect(changed.code).toBe(0);
    expect(changed.stdout).toMatch(/first difference: days\.csv, line 58, day 28, state afghanistan, column grievance: [-0-9.]+ in A, 123\.5 in B/);
    expect(changed.stdout).toContain('differing: days.csv (1 of 5 files compared)');
    const json = JSON.parse((await brink(['diff', a, b, '--json'])).stdout);
    expect(json).toMatchObject({ identical: false, differing: ['days.csv'], first: { file: 'days.csv', line: 58, day: 28, state: 'afghanistan', field: 'grievance', b: '123.5' } });
    expect((await brink(['diff', a, b, '--exit-code', '--quiet'])).code).toBe(1);
  });

  it('ensemble folders of two parameter sets: outcomes.csv by run index and column; the manifest by path; views apart', async () => {
    const [one, two] = [tempDir(), tempDir()];
    const base = ['ensemble', SCENARIO, '--seed', 'ens', '--runs', '40', '--days', '60', '--quiet'];
    await brink([...base, '--out', one]);
    await brink([...base, '--set', 'spoilers.ttp.hazard=0.5', '--out', two]);
    const result = await brink(['diff', onlyFolder(one), onlyFolder(two), '--json']);
    const json = JSON.parse(result.stdout);
    expect(json.identical).toBe(false);
    expect(json.first.file).toBe('bands.csv');
    expect(json.differing).toContain('outcomes.csv');
    expect(json.differing).toContain('manifest.json');
    expect(json.viewsDiffering).toContain('index.html');
    // A copy that differs only in a view is the same result.
    const copy = join(tempDir(), 'copy');
    cpSync(onlyFolder(one), copy, { recursive: true });
    writeFileSync(join(copy, 'index.html'), 'edited');
    const viewOnly = await brink(['diff', onlyFolder(one), copy, '--exit-code']);
    expect(viewOnly.code).toBe(0);
    expect(viewOnly.stdout).toContain('views that differ (charts, index.html; not results): index.html');
  });

  it('bad input exits 2 with a clear message and writes nothing', async () => {
    const out = tempDir();
    const run = tempDir();
    await brink(['run', SCENARIO, '--days', '10', '--out', run, '--quiet']);
    const folder = onlyFolder(run);
    const cases: [string[], string][] = [
      [['diff', folder, '/no/such/folder'], '/no/such/folder: no such file or folder'],
      [['diff', folder], 'expected a scenario file, or two output folders to compare; found one folder'],
      [['diff', folder, folder, '--seed', 'x'], '--seed applies to runs of a scenario'],
      [['diff', SCENARIO, 'scenarios/no-mediators.yaml'], 'expected an output folder (brink diff <dirA> <dirB>), found a file'],
      [['diff', SCENARIO], 'nothing tells the two runs apart'],
      [['diff', SCENARIO, '--seed', 'a', '--seed', 'b', '--seed', 'c'], '--seed: expected --seed once or twice'],
      [['diff', SCENARIO, '--seed', 'a b', '--seed', 'c'], '--seed: expected a seed of 1–64 letters'],
      [['diff', SCENARIO, '--run-index', '1', '--run-index', 'x'], '--run-index: expected a whole number'],
      [['diff', 'scenarios/nope.yaml', '--seed', 'a', '--seed', 'b'], 'scenarios/nope.yaml:1:1: cannot read the file'],
      [['diff', 'test/fixtures/bad/negative-capability.yaml', '--seed', 'a', '--seed', 'b'], 'test/fixtures/bad/negative-capability.yaml:6:17 states.pakistan.capability'],
      [['diff', SCENARIO, '--seed', 'a', '--set-b', 'days=20'], 'expected the same horizon'],
    ];
    for (const [args, message] of cases) {
      const result = await brink([...args, '--out', out]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(out)).toEqual([]);
  });

  it('--help shows examples for both uses', async () => {
    const help = await brink(['diff', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('brink diff scenarios/durand-line-2025.yaml --seed a --seed b');
    expect(help.stdout).toContain('--exit-code');
  });
});
