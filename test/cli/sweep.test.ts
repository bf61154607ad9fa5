/** `brink sweep` (and `brink merge` of sweep shards) end to end, as separate processes. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportError } from '../../src/cli/errors.js';
import { sweepPipeline } from '../../src/index.js';
import { brink, brinkProcess, tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/scenarios.js';
import { expectSameFile } from '../helpers/bytes.js';

const SCENARIO = 'scenarios/durand-line-2025.yaml';
const GRID = ['--param', 'spoilers.ttp.hazard=0.02:0.3:2', '--param', 'spoilers.ttp.agreementSuppression=0.2:0.95:2'];
const BASE = ['sweep', SCENARIO, ...GRID, '--runs', '50', '--days', '120', '--seed', 'cli-sweep', '--quiet', '--no-charts'];
const DATA_FILES = ['points.csv', 'points.ndjson', 'summary.json'];

/** Output folders under <out>/durand-line-2025, without the cache. */
function folders(out: string): string[] {
  const root = join(out, 'durand-line-2025');
  return existsSync(root) ? readdirSync(root).filter((f) => !f.startsWith('.')).map((f) => join(root, f)).sort() : [];
}

function cacheFiles(out: string): string[] {
  const dir = join(out, 'durand-line-2025', '.cache', 'points');
  return existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)).sort() : [];
}

function expectSameFiles(a: string, b: string, files: readonly string[]): void {
  for (const file of files) expectSameFile(join(b, file), join(a, file), file);
}

function csv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, n) => [names[n]!, cell])));
}

// These tests run several real ensembles, some as child processes: on a loaded 2-core machine
// they take well over vitest's 60 s default without anything being wrong.
describe('brink sweep', { timeout: 240_000 }, () => {
  it('writes the same bytes on 1 and 2 workers, and prints the points with the reused count', async () => {
    const [one, two] = [tempDir(), tempDir()];
    const withCharts = BASE.filter((a) => a !== '--no-charts');
    expect((await brink([...withCharts, '--workers', '1', '--out', one])).code).toBe(0);
    const shown = await brink([...withCharts.filter((a) => a !== '--quiet'), '--workers', '2', '--out', two]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('grid of 4 points (2 × 2), 50 runs at each, the same run indices at every point');
    expect(shown.stdout).toContain('4 point(s) in this folder: 0 reused from the cache, 4 run (200 runs)');
    expect(shown.stdout).toMatch(/3 +0\.3 +0\.95 +\d+\.\d% \[/);
    const [a] = folders(one);
    const [b] = folders(two);
    expect(a!).toMatch(/sweep-cli-sweep-[0-9a-f]{8}$/);
    expect(readdirSync(a!).sort()).toEqual([...DATA_FILES, 'charts', 'index.html', 'manifest.json'].sort());
    const views = ['index.html', ...readdirSync(join(a!, 'charts')).map((f) => `charts/${f}`)];
    // A 2-parameter grid: a heatmap per default outcome, as spec, SVG and PNG.
    expect(views).toHaveLength(1 + 3 * 3);
    expect(views).toContain('charts/heatmap-pWar.png');
    expectSameFiles(a!, b!, [...DATA_FILES, ...views]);
    const points = csv(join(a!, 'points.csv'));
    expect(points.map((p) => [p.point, p['spoilers.ttp.hazard'], p['spoilers.ttp.agreementSuppression'], p.runs])).toEqual([
      ['0', '0.02', '0.2', '50'], ['1', '0.02', '0.95', '50'], ['2', '0.3', '0.2', '50'], ['3', '0.3', '0.95', '50'],
    ]);
    const manifest = JSON.parse(readFileSync(join(b!, 'manifest.json'), 'utf8'));
    expect(manifest.command).toBe('sweep');
    expect(manifest.sweep).toMatchObject({ design: 'grid', samples: null, points: 4, pointsInFolder: 4 });
    expect(manifest.execution).toMatchObject({ workers: 2, reusedPoints: 0 });
    expect(Object.keys(manifest.results).sort()).toEqual(DATA_FILES);
  });

  it("gives at each point exactly what brink ensemble gives with the point's values set (common random numbers)", async () => {
    const out = tempDir();
    expect((await brink([...BASE, '--out', out])).code).toBe(0);
    const point = csv(join(folders(out)[0]!, 'points.csv'))[3]!;
    const ensemble = tempDir();
    const set = ['--set', 'spoilers.ttp.hazard=0.3', '--set', 'spoilers.ttp.agreementSuppression=0.95'];
    expect((await brink(['ensemble', SCENARIO, ...set, '--runs', '50', '--days', '120', '--seed', 'cli-sweep', '--quiet', '--no-charts', '--out', ensemble])).code).toBe(0);
    const dir = folders(ensemble)[0]!;
    const probabilities = Object.fromEntries(csv(join(dir, 'probabilities.csv')).map((row) => [row.outcome, row]));
    for (const [column, outcome] of [['pWar', 'final:war'], ['pAgreement', 'final:agreement'], ['pReached7', 'reached:7'], ['pCeasefireBy30', 'ceasefire:by30']] as const) {
      expect([point[column], point[`${column}_lower`], point[`${column}_upper`]], column).toEqual([probabilities[outcome]!.p, probabilities[outcome]!.lower, probabilities[outcome]!.upper]);
    }
    const { distributions } = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')).statistics;
    expect(Number(point.medianPeakRung)).toBe(distributions.peakRung.p50);
    expect(Number(point.meanBouts)).toBeCloseTo(distributions.bouts.mean, 6);
    expect(Number(point.medianBorderClosedDays)).toBe(distributions.borderClosedDays.p50);
  });

  it('resumes from the point cache: only missing points run, the bytes do not change', async () => {
    const out = tempDir();
    const first = await brink([...BASE.filter((a) => a !== '--quiet'), '--out', out]);
    expect(first.code).toBe(0);
    const [dir] = folders(out);
    // latin1: one character per byte, so equal strings are equal bytes (and compare fast).
    const before = DATA_FILES.map((f) => readFileSync(join(dir!, f), 'latin1'));
    const cached = cacheFiles(out);
    expect(cached).toHaveLength(4);
    for (const file of cached.slice(1, 3)) rmSync(file);
    const second = await brink([...BASE.filter((a) => a !== '--quiet'), '--out', out]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('2 reused from the cache, 2 run (100 runs)');
    expect(DATA_FILES.map((f) => readFileSync(join(dir!, f), 'latin1'))).toEqual(before);
    expect(JSON.parse(readFileSync(join(dir!, 'manifest.json'), 'utf8')).execution.reusedPoints).toBe(2);
    const third = await brink([...BASE.filter((a) => a !== '--quiet'), '--out', out]);
    expect(third.stdout).toContain('4 reused from the cache, 0 run (0 runs)');
    expect(DATA_FILES.map((f) => readFileSync(join(dir!, f), 'latin1'))).toEqual(before);
    // A cache entry that does not parse is run again, not trusted.
    const [entry] = cacheFiles(out);
    writeFileSync(entry!, '{"format":');
    const fourth = await brink([...BASE.filter((a) => a !== '--quiet'), '--out', out]);
    expect(fourth.stdout).toContain('3 reused from the cache, 1 run');
    expect(DATA_FILES.map((f) => readFileSync(join(dir!, f), 'latin1'))).toEqual(before);
  });

  it('Ctrl-C exits 130 with finished points cached and no output folder; the rerun finishes them', async () => {
    const out = tempDir();
    const args = ['sweep', SCENARIO, '--param', 'spoilers.ttp.hazard=0.02:0.3:10', '--runs', '300', '--seed', 'cli-int', '--no-charts', '--quiet'];
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'brink.js'), ...args, '--workers', '1', '--out', out], { cwd: ROOT });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (cacheFiles(out).filter((f) => f.endsWith('.json')).length >= 2) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(folders(out)).toEqual([]);
    const kept = cacheFiles(out);
    expect(kept.length).toBeGreaterThanOrEqual(2);
    expect(kept.length).toBeLessThan(10);
    // Only whole entries: no temporary file survives the interrupt.
    expect(kept.every((f) => /\/[0-9a-f]{64}\.json$/.test(f))).toBe(true);
    // The compiled code again (as the interrupted run): cache entries are found only by the code that made them.
    const rerun = await brinkProcess([...args.filter((a) => a !== '--quiet'), '--workers', '2', '--out', out]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`${kept.length} reused from the cache, ${10 - kept.length} run`);
    const fresh = tempDir();
    expect((await brink([...args, '--workers', '2', '--out', fresh])).code).toBe(0);
    expectSameFiles(folders(fresh)[0]!, folders(out)[0]!, DATA_FILES);
  });

  it('shards run as separate processes merge into the unsharded bytes, Sobol indices included', async () => {
    const sobol = ['sweep', SCENARIO, '--design', 'sobol', '--samples', '8', '--param', 'spoilers.ttp.hazard=0.02:0.3', '--param', 'states.pakistan.maxRung=4:8', '--runs', '40', '--days', '100', '--seed', 'cli-merge', '--quiet'];
    const [whole, parts, merged] = [tempDir(), tempDir(), tempDir()];
    expect((await brink([...sobol, '--out', whole])).code).toBe(0);
    const shards = await Promise.all([0, 1, 2].map((i) => brink([...sobol, '--shard', `${i}/3`, '--workers', '1', '--out', parts])));
    expect(shards.map((s) => s.code)).toEqual([0, 0, 0]);
    const shardDirs = folders(parts);
    expect(shardDirs.map((d) => d.split('-shard-')[1])).toEqual(['0of3', '1of3', '2of3']);
    // Shard i holds points i, i+3, …; no Sobol' indices and no charts until merged.
    expect(csv(join(shardDirs[1]!, 'points.csv')).map((p) => p.point).slice(0, 3)).toEqual(['1', '4', '7']);
    expect(readdirSync(shardDirs[1]!)).not.toContain('sobol.csv');
    const merge = await brink(['merge', ...shardDirs.reverse(), '--out', merged]);
    expect(merge.code).toBe(0);
    expect(merge.stdout).toContain('merged 3 folder(s), points 0–31 of sweep');
    const [a] = folders(whole);
    const [b] = folders(merged);
    expectSameFiles(a!, b!, [...DATA_FILES, 'sobol.csv']);
    expect(readdirSync(join(b!, 'charts'))).toContain('sobol-pWar.png');
    const indices = csv(join(b!, 'sobol.csv'));
    expect(indices.filter((r) => r.outcome === 'meanPeakRung').map((r) => [r.parameter, r.index])).toEqual([
      ['spoilers.ttp.hazard', 'S1'], ['spoilers.ttp.hazard', 'ST'], ['states.pakistan.maxRung', 'S1'], ['states.pakistan.maxRung', 'ST'],
    ]);
    // An incomplete set of shards is refused.
    const missing = await brink(['merge', shardDirs[0]!, shardDirs[1]!, '--out', tempDir()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/points \d+(, \d+)*.* of 32 are in none of the folders/);
  });

  it('Latin hypercubes: whole-number parameters take whole values, one per stratum; --json reports each point', async () => {
    const out = tempDir();
    const result = await brink(['sweep', SCENARIO, '--design', 'lhs', '--samples', '5', '--param', 'states.pakistan.maxRung=4:8', '--param', 'spoilers.ttp.hazard=0:0.5', '--runs', '20', '--days', '60', '--seed', 'cli-lhs', '--json', '--no-charts', '--out', out]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ design: 'lhs', samples: 5, points: 5, reused: 0, ran: 5 });
    expect(json.results.map((r: { parameters: Record<string, number> }) => r.parameters['states.pakistan.maxRung']).sort()).toEqual([4, 5, 6, 7, 8]);
    const hazards = json.results.map((r: { parameters: Record<string, number> }) => Math.floor(r.parameters['spoilers.ttp.hazard']! * 10)).sort();
    expect(hazards).toEqual([0, 1, 2, 3, 4]);
    expect(json.results[0].outcomes.pWar).toEqual({ p: expect.any(Number), lower: expect.any(Number), upper: expect.any(Number) });
  });

  it('refuses bad input with exit 2, a message naming the problem, and nothing written', async () => {
    const cases: [string[], RegExp][] = [
      [['--param', 'spoilers.ttp.hazzard=0:0.3:3'], /--param spoilers\.ttp\.hazzard=0:0\.3:3: expected the path of a numeric parameter of this scenario, found "spoilers\.ttp\.hazzard"; closest valid paths: spoilers\.ttp\.hazard, /],
      [['--param', 'states.pakistan.capabilty=0.5:2:3'], /closest valid paths: states\.pakistan\.capability, /],
      [['--param', 'spoilers.ttp.hazard=0:60:3'], /60 is outside the valid range of spoilers\.ttp\.hazard: expected a number in \[0, 50\]/],
      [['--param', 'states.pakistan.maxRung=4.5:8:3'], /states\.pakistan\.maxRung takes whole numbers: expected whole range ends, found 4\.5/],
      [['--param', 'spoilers.ttp.hazard=0:0.3'], /--design grid needs a number of steps: expected spoilers\.ttp\.hazard=from:to:steps/],
      [['--param', 'spoilers.ttp.hazard=0..0.3:3'], /--param spoilers\.ttp\.hazard=0\.\.0\.3:3: expected from to be a finite number, found "0\.\.0\.3"/],
      [['--param', 'spoilers.ttp.hazard:0:0.3:3'], /expected path=from:to:steps \(for example spoilers\.ttp\.hazard=0\.02:0\.3:6/],
      [['--param', 'spoilers.ttp.hazard=0:0.3:0'], /expected steps to be a whole number from 1 to 10000, found "0"/],
      [['--param', 'spoilers.ttp.host=0:1:2'], /spoilers\.ttp\.host expects a string, not a number: only numeric parameters can be swept/],
      [['--param', 'states.india.capability=0.5:2:3'], /closest valid paths: states\.\w+\.capability, /],
      [[], /expected at least one --param path=from:to:steps/],
      [['--param', 'spoilers.ttp.hazard=0:0.3', '--design', 'lhs'], /--design lhs needs --samples K/],
      [['--param', 'spoilers.ttp.hazard=0:0.3:3', '--samples', '5'], /--samples applies to --design lhs and sobol/],
      [['--param', 'spoilers.ttp.hazard=0:0.3:3', '--design', 'latin'], /--design: expected grid, lhs, sobol, found "latin"/],
      [['--param', 'spoilers.ttp.hazard=0:0.3:3', '--outcome', 'pWarr'], /--outcome: expected one of pAgreement, .* found "pWarr" \(did you mean "pWar"\?\)/],
      // A point that is not a valid scenario: the file's line and column, and which point.
      [['--param', 'days=5:20:2'], /durand-line-2025\.yaml:\d+:\d+ events\[1\]\.day: expected a day from 0 to 4 \(the horizon is 5 days\), found 8\n.*sweep point 0 \(days=5\) is not a valid scenario/],
    ];
    const out = tempDir();
    const results = await Promise.all(cases.map(([flags]) => brink(['sweep', SCENARIO, ...flags, '--runs', '10', '--days', '60', '--out', out])));
    results.forEach((result, n) => {
      expect(result.code, cases[n]![0].join(' ')).toBe(2);
      expect(result.stderr, cases[n]![0].join(' ')).toMatch(cases[n]![1]);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
    expect(readdirSync(out)).toEqual([]);
  });

  it('a run that throws fails with exit 1, naming the point, the run and how to replay it; nothing but the cache is written', async () => {
    const out = tempDir();
    // The failure is injected through the pipeline's test-only option: the shipped CLI has no such hook.
    const failed = await sweepPipeline({
      scenario: SCENARIO,
      params: GRID.filter((_, i) => i % 2 === 1),
      runs: 50,
      days: 120,
      seed: 'cli-sweep',
      workers: 1,
      out,
      charts: false,
      failAtRun: 7,
    }).catch((error: unknown) => error);
    let stderr = '';
    expect(reportError(failed, (text) => (stderr += text))).toBe(1);
    expect(stderr).toContain('run 7 of seed "cli-sweep" at sweep point 0 failed');
    expect(stderr).toContain(`brink run ${SCENARIO} --seed cli-sweep --run-index 7 --days 120 --set spoilers.ttp.hazard=0.02 --set spoilers.ttp.agreementSuppression=0.2`);
    expect(folders(out)).toEqual([]);
  });
});
