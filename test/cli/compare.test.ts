/** `brink compare` end to end: the compiled binary on temp folders. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/scenarios/index.js';
import { brink, tempDir, type CliResult } from '../helpers/cli.js';
import { DURAND, ROOT } from '../helpers/scenarios.js';
import { expectSameFile } from '../helpers/bytes.js';

const NO_MEDIATORS = join(ROOT, 'scenarios', 'no-mediators.yaml');
const BASE = ['compare', 'scenarios/durand-line-2025.yaml', 'scenarios/no-mediators.yaml', '--seed', 'cli-cmp', '--runs', '200', '--days', '120'];
const DATA_FILES = ['daily.csv', 'differences.csv', 'paired.csv', 'summary.json'];

function onlyFolder(out: string): string {
  const groups = readdirSync(out).filter((name) => name !== 'index.html');
  expect(groups).toEqual(['durand-line-2025-vs-no-mediators']);
  const folders = readdirSync(join(out, groups[0]!));
  expect(folders).toHaveLength(1);
  return join(out, groups[0]!, folders[0]!);
}

/** A CSV file as objects keyed by header (brink's CSVs quote only text cells with commas). */
function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replaceAll('""', '"'));
    return Object.fromEntries(columns.map((c, n) => [c, cells[n] ?? '']));
  });
}

describe('brink compare', () => {
  let out: string;
  let shown: CliResult;
  let folder: string;
  beforeAll(async () => {
    out = tempDir();
    shown = await brink([...BASE, '--workers', '1', '--out', out]);
    folder = onlyFolder(out);
  }, 120_000);

  it('prints A, B and B − A with intervals for each outcome, and writes the folder', () => {
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('brink compare · A: durand-line-2025 vs B: no-mediators · seed cli-cmp · runs 0–199 (200 pairs) · 120 days');
    expect(shown.stdout).toMatch(/a ceasefire began by day 30\s+\d+\.\d%\s+0\.0%\s+−\d+\.\d pp\s+\[−\d+\.\d, −\d+\.\d\] pp\s+< 0\.0001/);
    expect(shown.stdout).toContain(`wrote ${folder}`);
    expect(folder).toMatch(/compare-cli-cmp-n[0-9]+-[0-9a-f]{8}-[0-9a-f]{8}$/);
    expect(readdirSync(folder).sort()).toEqual([...DATA_FILES, 'charts', 'index.html', 'manifest.json'].sort());
    const charts = readdirSync(join(folder, 'charts'));
    for (const name of ['differences-probabilities', 'daily', 'fan', 'differences-days', 'differences-deaths', 'differences-rungs-bouts']) {
      for (const ext of ['png', 'svg', 'vl.json']) expect(charts).toContain(`${name}.${ext}`);
    }
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('durand-line-2025-vs-no-mediators/compare-cli-cmp-');
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain('Outcome probabilities: A, B and the paired difference B − A');
  });

  it('records both scenarios, the seed and the runs in the manifest; result hashes match the files', () => {
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest.command).toBe('compare');
    expect(manifest.seed).toBe('cli-cmp');
    expect(manifest.seedSource).toBe('flag');
    expect(manifest.runs).toBe(200);
    expect(manifest.runIndices).toEqual({ from: 0, to: 200 });
    expect(manifest.scenarios.a.fileHash).toBe(sha256(readFileSync(DURAND)));
    expect(manifest.scenarios.b.fileHash).toBe(sha256(readFileSync(NO_MEDIATORS)));
    expect(manifest.scenarios.a.params.days).toBe(120);
    expect(manifest.scenarios.b.params.thirdParties).toEqual([]);
    expect(manifest.scenarios.a.params.thirdParties.length).toBe(7);
    expect(Object.keys(manifest.results).sort()).toEqual(DATA_FILES);
    for (const [file, hash] of Object.entries(manifest.results)) expect(sha256(readFileSync(join(folder, file))), file).toBe(hash);
    const spec = JSON.parse(readFileSync(join(folder, 'charts', 'fan.vl.json'), 'utf8'));
    expect(spec.usermeta.brink.scenarioHash).toBe(`${manifest.scenarios.a.paramsHash},${manifest.scenarios.b.paramsHash}`);
  });

  it('differences.csv agrees with differences recomputed from paired.csv with plain code', () => {
    const paired = readCsv(join(folder, 'paired.csv'));
    expect(paired).toHaveLength(200);
    expect(paired.map((r) => Number(r.runIndex))).toEqual(Array.from({ length: 200 }, (_, k) => k));
    const differences = Object.fromEntries(readCsv(join(folder, 'differences.csv')).map((r) => [r.outcome, r]));
    // Binary: ceasefire by day 30, from each side's ceasefireDay.
    const by30 = (cell: string) => cell !== '' && Number(cell) <= 30;
    const aOnly = paired.filter((r) => by30(r.a_ceasefireDay!) && !by30(r.b_ceasefireDay!)).length;
    const bOnly = paired.filter((r) => !by30(r.a_ceasefireDay!) && by30(r.b_ceasefireDay!)).length;
    const row = differences['ceasefire:by30']!;
    expect([Number(row.aOnly), Number(row.bOnly)]).toEqual([aOnly, bOnly]);
    expect(Number(row.difference)).toBeCloseTo((bOnly - aOnly) / 200, 6);
    expect(Number(row.a)).toBeCloseTo(paired.filter((r) => by30(r.a_ceasefireDay!)).length / 200, 6);
    expect(row.method).toBe('Newcombe paired score (method 10)');
    expect(row.mcnemarMethod).toBe(aOnly + bOnly < 25 ? 'exact binomial' : 'chi-square, continuity-corrected');
    expect(Number(row.mcnemarStatistic)).toBeCloseTo((Math.abs(aOnly - bOnly) - 1) ** 2 / (aOnly + bOnly), 5);
    // Tiny p-values keep their digits rather than rounding to 0.
    expect(Number(row.mcnemarP)).toBeGreaterThan(0);
    expect(Number(row.mcnemarP)).toBeLessThan(1e-6);
    // Final state: war.
    const war = paired.filter((r) => r.b_finalState === 'war').length - paired.filter((r) => r.a_finalState === 'war').length;
    expect(Number(differences['final:war']!.difference)).toBeCloseTo(war / 200, 6);
    // Means: paired differences of whole numbers, averaged.
    for (const [outcome, column] of [['peakRung', 'peakRung'], ['kineticDays', 'kineticDays'], ['pakistan.trueDeaths', 'pakistan_trueDeaths']] as const) {
      const mean = paired.reduce((sum, r) => sum + Number(r[`b_${column}`]) - Number(r[`a_${column}`]), 0) / 200;
      const d = differences[outcome]!;
      expect(Number(d.difference), outcome).toBeCloseTo(mean, 6);
      expect(Number(d.lower)).toBeLessThan(Number(d.difference));
      expect(Number(d.upper)).toBeGreaterThan(Number(d.difference));
      expect(d.method).toBe('paired bootstrap');
    }
  });

  it('writes the same bytes on 2 workers (the manifest timing aside)', async () => {
    const two = tempDir();
    expect((await brink([...BASE, '--workers', '2', '--out', two, '--quiet'])).code).toBe(0);
    const other = onlyFolder(two);
    const views = ['index.html', ...readdirSync(join(folder, 'charts')).map((f) => `charts/${f}`)];
    for (const file of [...DATA_FILES, ...views]) expectSameFile(join(other, file), join(folder, file), file);
    const withoutTiming = (f: string) => {
      const { execution: _e, ...rest } = JSON.parse(readFileSync(join(f, 'manifest.json'), 'utf8'));
      return rest;
    };
    expect(withoutTiming(other)).toEqual(withoutTiming(folder));
  });

  it('--json prints the differences for machines; --set-b changes B only and is recorded', async () => {
    const dir = tempDir();
    const result = await brink([
      'compare', 'scenarios/durand-line-2025.yaml', 'scenarios/durand-line-2025.yaml', '--seed', 's', '--runs', '60', '--days', '60',
      '--set-b', 'spoilers.ttp.hazard=0.3', '--json', '--no-charts', '--out', dir,
    ]);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.folder).toContain(join(dir, 'durand-line-2025-vs-durand-line-2025', 'compare-s-'));
    expect(summary.b.overrides).toEqual(['--set-b spoilers.ttp.hazard=0.3', '--days 60']);
    expect(summary.a.overrides).toEqual(['--days 60']);
    const spoiler = summary.differences.find((d: { outcome: string }) => d.outcome === 'pakistan.spoilerDeaths');
    expect(spoiler.lower).toBeGreaterThan(0);
    expect(existsSync(join(summary.folder, 'charts'))).toBe(false);
  });

  it('bad input exits 2 with a message naming the file, writes nothing, shows no stack trace', async () => {
    const dir = tempDir();
    const other = join(dir, 'other-states.yaml');
    writeFileSync(other, readFileSync(NO_MEDIATORS, 'utf8').replaceAll('afghanistan', 'iran'));
    const short = join(dir, 'short.yaml');
    writeFileSync(short, readFileSync(NO_MEDIATORS, 'utf8').replace(/^days: 365$/m, 'days: 200'));
    const out = join(dir, 'out');
    const cases: [string[], string][] = [
      [['compare', 'scenarios/durand-line-2025.yaml', 'scenarios/nope.yaml'], 'scenarios/nope.yaml:1:1: cannot read the file: no such file'],
      [['compare', 'test/fixtures/bad/negative-capability.yaml', 'scenarios/no-mediators.yaml'], 'test/fixtures/bad/negative-capability.yaml:6:17 states.pakistan.capability'],
      [['compare', 'scenarios/durand-line-2025.yaml', other], `${other} states: expected the same two states as scenarios/durand-line-2025.yaml (afghanistan, pakistan)`],
      [['compare', 'scenarios/durand-line-2025.yaml', short], 'expected the same horizon as scenarios/durand-line-2025.yaml (365 days)'],
      [['compare', 'scenarios/durand-line-2025.yaml', 'scenarios/no-mediators.yaml', '--runs', '0'], '--runs: expected a whole number from 1'],
      [[...BASE, '--runs', '10'], '--runs: expected one value, found 2 ("200", "10"): give it once'],
      [[...BASE, '--workers', 'lots'], '--workers: expected a whole number'],
      [[...BASE, '--set-b', 'spoilers.ttp.hazrd=0.3'], '--set-b spoilers.ttp.hazrd=0.3'],
      [['compare', 'scenarios/durand-line-2025.yaml'], 'Not enough non-option arguments'],
    ];
    for (const [args, message] of cases) {
      const result = await brink([...args, '--out', out]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('--help shows examples', async () => {
    const help = await brink(['compare', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('brink compare scenarios/durand-line-2025.yaml scenarios/no-mediators.yaml --runs 1000 --seed golden');
    expect(help.stdout).toContain('--set-b');
  });
});
