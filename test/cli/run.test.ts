/** `brink run`, `validate`, `schema` end to end: the compiled binary on a temp folder. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../src/model/index.js';
import { daysCsv } from '../../src/commands/run/files.js';
import { loadScenario, sha256 } from '../../src/scenarios/index.js';
import { brink, tempDir } from '../helpers/cli.js';
import { DURAND, ROOT } from '../helpers/scenarios.js';
import { expectSameFile } from '../helpers/bytes.js';

function onlyFolder(out: string, scenario: string): string {
  const folders = readdirSync(join(out, scenario));
  expect(folders).toHaveLength(1);
  return join(out, scenario, folders[0]!);
}

function manifestHash(folder: string): string {
  return JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')).scenario.paramsHash;
}

function withoutTiming(manifestText: string): unknown {
  const manifest = JSON.parse(manifestText) as Record<string, unknown>;
  delete manifest.execution;
  return manifest;
}

describe('brink run', () => {
  it('prints a summary and writes the output folder with consistent hashes', async () => {
    const out = tempDir();
    const result = await brink(['run', 'scenarios/durand-line-2025.yaml', '--seed', 'cli', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const label of ['T0 (first kinetic day)', 'peak rung', 'ceasefire', 'final state', 'claimed by enemy', 'admitted', 'pakistan', 'afghanistan']) {
      expect(result.stdout).toContain(label);
    }
    const folder = onlyFolder(out, 'durand-line-2025');
    expect(result.stdout).toContain(`wrote ${folder}`);
    expect(folder).toMatch(/run-cli-r0-[0-9a-f]{8}$/);
    expect(readdirSync(folder).sort()).toEqual(['charts', 'days.csv', 'dyad.csv', 'events.ndjson', 'index.html', 'manifest.json', 'outcome.json']);
    expect(readdirSync(join(folder, 'charts')).sort()).toEqual(['trajectory.png', 'trajectory.svg', 'trajectory.vl.json']);
    const spec = JSON.parse(readFileSync(join(folder, 'charts', 'trajectory.vl.json'), 'utf8'));
    expect(spec.usermeta.brink).toMatchObject({ seed: 'cli', runIndex: 0, scenarioHash: manifestHash(folder) });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('durand-line-2025/run-cli-r0-');
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    for (const [file, hash] of Object.entries(manifest.results)) expect(sha256(readFileSync(join(folder, file)))).toBe(hash);
    expect(manifest.seed).toBe('cli');
    expect(manifest.seedSource).toBe('flag');
    expect(manifest.runIndices).toEqual({ from: 0, to: 1 });
    expect(manifest.prng).toMatch(/alea/);
    expect(manifest.scenario.fileHash).toBe(sha256(readFileSync(DURAND)));
    expect(manifest.tool.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const days = readFileSync(join(folder, 'days.csv'), 'utf8').trimEnd().split('\n');
    expect(days).toHaveLength(1 + 365 * 2);
    expect(days[1]).toMatch(/^0,2025-10-09,afghanistan,/);
  });

  it('gives identical bytes for the same scenario and seed (timing aside)', async () => {
    const [a, b] = [tempDir(), tempDir()];
    await brink(['run', 'scenarios/durand-line-2025.yaml', '--seed', 'twice', '--out', a, '--quiet']);
    await brink(['run', 'scenarios/durand-line-2025.yaml', '--seed', 'twice', '--out', b, '--quiet']);
    const [fa, fb] = [onlyFolder(a, 'durand-line-2025'), onlyFolder(b, 'durand-line-2025')];
    for (const file of ['days.csv', 'dyad.csv', 'events.ndjson', 'outcome.json', 'index.html', 'charts/trajectory.vl.json', 'charts/trajectory.svg', 'charts/trajectory.png']) {
      expectSameFile(join(fb, file), join(fa, file), file);
    }
    expect(withoutTiming(readFileSync(join(fb, 'manifest.json'), 'utf8'))).toEqual(withoutTiming(readFileSync(join(fa, 'manifest.json'), 'utf8')));
  });

  it('records modelVersion 2; replay refuses a folder of another model (exit 2, both versions named)', async () => {
    const out = tempDir();
    expect((await brink(['run', 'scenarios/quiet-border.yaml', '--seed', 'mv', '--out', out, '--quiet', '--no-charts'])).code).toBe(0);
    const folder = onlyFolder(out, 'quiet-border');
    const file = join(folder, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    expect(manifest.tool.modelVersion).toBe(2);
    expect((await brink(['replay', folder])).code).toBe(0);
    // A model-1 folder: its manifest has no modelVersion.
    delete manifest.tool.modelVersion;
    writeFileSync(file, JSON.stringify(manifest));
    const refused = await brink(['replay', folder]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('made by model 1, but this brink runs model 2');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });

  it('--run-index k writes run k of the seed, the same run the library computes', async () => {
    const out = tempDir();
    const result = await brink(['run', 'scenarios/durand-line-2025.yaml', '--seed', 'idx', '--run-index', '3', '--out', out, '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.runIndex).toBe(3);
    const scenario = loadScenario(DURAND);
    const run = simulateRun(scenario.params, 'idx', 3);
    expect(summary.outcome).toEqual(JSON.parse(JSON.stringify(run.outcome)));
    expect(readFileSync(join(summary.folder, 'days.csv'), 'utf8')).toBe(daysCsv(scenario.params, run, '2025-10-09'));
  });

  it('--set and --days change the run and are recorded in the manifest', async () => {
    const out = tempDir();
    const result = await brink([
      'run', 'scenarios/durand-line-2025.yaml', '--seed', 'set', '--out', out, '--quiet',
      '--set', 'states.pakistan.proportionality=1.2', '--set', 'spoilers.ttp.hazard=0', '--days', '60',
    ]);
    expect(result.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(onlyFolder(out, 'durand-line-2025'), 'manifest.json'), 'utf8'));
    expect(manifest.scenario.overrides).toEqual(['--set states.pakistan.proportionality=1.2', '--set spoilers.ttp.hazard=0', '--days 60']);
    expect(manifest.scenario.params.days).toBe(60);
  });

  it('generates, prints and records a seed when neither the flag nor the file gives one', async () => {
    const dir = tempDir();
    const file = join(dir, 'unseeded.yaml');
    writeFileSync(file, readFileSync(DURAND, 'utf8').replace(/^seed: .*$/m, ''));
    const result = await brink(['run', file, '--out', dir, '--quiet']);
    expect(result.code).toBe(0);
    const seed = /using generated seed ([0-9a-f]{8})/.exec(result.stderr)?.[1];
    expect(seed).toBeDefined();
    const manifest = JSON.parse(readFileSync(join(onlyFolder(dir, 'durand-line-2025'), 'manifest.json'), 'utf8'));
    expect(manifest.seed).toBe(seed);
    expect(manifest.seedSource).toBe('generated');
  });

  it('bad flags exit 2 with a message, no stack trace and nothing written', async () => {
    const out = tempDir();
    const cases: [string[], string][] = [
      [['--set', 'states.pakistan.capability=-2'], '--set states.pakistan.capability=-2 states.pakistan.capability: expected a number in (0, 10], found -2'],
      [['--set', 'states.pakistan.capabilty=2'], 'did you mean "capability"?'],
      [['--seed', 'no spaces/allowed'], '--seed: expected a seed of 1–64 letters'],
      [['--run-index', '-1'], '--run-index: expected a whole number'],
      [['--days', 'many'], '--days: expected a whole number'],
      [['--days', '0'], '--days: expected a whole number from 1 to 3650, found "0"'],
      [['--days', 'abc'], '--days: expected a whole number from 1 to 3650, found "abc"'],
      [['--seed', 'a', '--seed', 'b'], '--seed: expected one value, found 2 ("a", "b"): give it once'],
      [['--no-such-flag'], 'Unknown argument'],
    ];
    for (const [flags, message] of cases) {
      const result = await brink(['run', 'scenarios/durand-line-2025.yaml', '--out', out, ...flags]);
      expect(result.code, flags.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    const missing = await brink(['run', 'scenarios/nope.yaml', '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('scenarios/nope.yaml:1:1: cannot read the file: no such file');
    expect(readdirSync(out)).toEqual([]);
  });

  it('replaces an existing folder of the same run whole, leaving no temporary folders', async () => {
    const out = tempDir();
    await brink(['run', 'scenarios/quiet-border.yaml', '--out', out, '--quiet']);
    const folder = onlyFolder(out, 'quiet-border');
    writeFileSync(join(folder, 'stray.txt'), 'left over');
    await brink(['run', 'scenarios/quiet-border.yaml', '--out', out, '--quiet']);
    expect(existsSync(join(folder, 'stray.txt'))).toBe(false);
    expect(readdirSync(join(out, 'quiet-border'))).toEqual([folder.split('/').at(-1)]);
  });
});

describe('brink validate, schema, help', () => {
  it('validate: ok lines for good files; every problem and exit 2 for bad ones', async () => {
    const good = await brink(['validate', 'scenarios/durand-line-2025.yaml', 'scenarios/quiet-border.yaml']);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('ok  scenarios/durand-line-2025.yaml');
    const bad = await brink(['validate', 'scenarios/quiet-border.yaml', 'test/fixtures/bad/negative-capability.yaml', 'test/fixtures/bad/one-state.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('test/fixtures/bad/negative-capability.yaml:6:17 states.pakistan.capability');
    expect(bad.stderr).toContain('test/fixtures/bad/one-state.yaml:4:3 states: expected exactly two states');
  });

  it('schema prints the checked-in JSON Schema', async () => {
    const result = await brink(['schema']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(ROOT, 'schema', 'scenario.schema.json'), 'utf8'));
  });

  it('--help shows an example line for run; --version the package version; no command is exit 2', async () => {
    const help = await brink(['run', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('brink run scenarios/durand-line-2025.yaml --seed golden');
    const version = await brink(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const none = await brink([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('name a command');
  });
});
