/**
 * `brink replay` verifies: the files on disk against the manifest, and a re-run against the
 * same hashes; a manifest that is incomplete, empty or holds parameters no scenario could give
 * is refused (exit 2) before anything runs.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, ensemblePipeline, InputError, replayPipeline, runPipeline } from '../../src/index.js';
import { checkRecordedParams } from '../../src/scenarios/index.js';
import { brink, tempDir } from '../helpers/cli.js';
import { scenarioDocArb } from '../helpers/arbitraries.js';
import { DURAND, scenarioFrom } from '../helpers/scenarios.js';
import { assertProperty } from '../helpers/property.js';

const QUIET = 'scenarios/quiet-border.yaml';

function editManifest(folder: string, edit: (manifest: Record<string, any>) => void): void {
  const file = join(folder, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  edit(manifest);
  writeFileSync(file, JSON.stringify(manifest, null, 2));
}

/** Changes recorded parameters and re-hashes them, as a careful forger would. */
function forgeParams(folder: string, change: (params: Record<string, any>) => void): void {
  editManifest(folder, (manifest) => {
    change(manifest.scenario.params);
    manifest.scenario.paramsHash = contentHash(manifest.scenario.params);
  });
}

describe('brink replay checks the folder on disk', () => {
  it('an edited cell of outcomes.csv fails the replay (exit 1) though a re-run matches the manifest', async () => {
    const out = tempDir();
    const { folder } = await ensemblePipeline({ scenario: QUIET, seed: 'disk', runs: 20, workers: 1, out, charts: false });
    const file = join(folder, 'outcomes.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    // Row of run 3: its peak rung (second column) changed by one.
    const cells = lines[4]!.split(',');
    cells[1] = String(Number(cells[1]) + 1);
    lines[4] = cells.join(',');
    writeFileSync(file, lines.join('\n'));
    const replay = await replayPipeline({ dir: folder, workers: 1 });
    expect(replay.onDisk).toEqual([{ file: 'outcomes.csv', problem: 'changed' }]);
    expect(replay.recomputed).toEqual([]);
    expect(replay.firstDifference).toBe('outcomes.csv');
    const cli = await brink(['replay', folder, '--workers', '1']);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain("outcomes.csv on disk differs from the manifest's hash (changed after brink wrote it)");
    expect(cli.stdout).toBe('');
  });

  it('a data file deleted from the folder fails the replay', async () => {
    const out = tempDir();
    const { folder } = await runPipeline({ scenario: QUIET, seed: 'gone', out, charts: false });
    rmSync(join(folder, 'events.ndjson'));
    const replay = await replayPipeline({ dir: folder });
    expect(replay.onDisk).toEqual([{ file: 'events.ndjson', problem: 'missing' }]);
    expect(replay.firstDifference).toBe('events.ndjson');
  });
});

describe('brink replay refuses a manifest it cannot verify (exit 2, nothing runs)', () => {
  const cases: [string, (manifest: Record<string, any>) => void, string][] = [
    ['results: {}', (m) => (m.results = {}), 'results: expected the sha256 of at least one data file'],
    ['no results', (m) => delete m.results, 'results: incomplete manifest: missing'],
    ['no scenario', (m) => delete m.scenario, 'scenario: incomplete manifest: missing'],
    ['a results name outside the folder', (m) => (m.results['../../etc/passwd'] = '0'.repeat(64)), 'results.../../etc/passwd: expected a file name in the folder, found "../../etc/passwd"'],
    ['runs as text', (m) => (m.runs = 'many'), 'runs: expected a number, found "many"'],
  ];
  for (const [what, edit, message] of cases) {
    it(what, async () => {
      const out = tempDir();
      const { folder } = await runPipeline({ scenario: QUIET, seed: 'm', out, charts: false });
      editManifest(folder, edit);
      const cli = await brink(['replay', folder]);
      expect(cli.code).toBe(2);
      expect(cli.stderr).toContain(join(folder, 'manifest.json'));
      expect(cli.stderr).toContain(message);
      expect(cli.stderr).not.toContain('internal error');
    });
  }

  it('recorded parameters edited and re-hashed are validated as a scenario file is', async () => {
    const out = tempDir();
    const { folder } = await runPipeline({ scenario: DURAND, seed: 'forged', days: 30, out, charts: false });
    forgeParams(folder, (p) => (p.days = 200_000));
    let cli = await brink(['replay', folder]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/scenario\.params: days: expected a whole number .*, found 200000/);

    const again = (await runPipeline({ scenario: DURAND, seed: 'forged2', days: 30, out, charts: false })).folder;
    forgeParams(again, (p) => (p.states[1].capability = null));
    cli = await brink(['replay', again]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/scenario\.params: states\.pakistan\.capability: expected .*, found null/);

    // A value the file format has no place for (the ladder's top) is refused too.
    const third = (await runPipeline({ scenario: DURAND, seed: 'forged3', days: 30, out, charts: false })).folder;
    forgeParams(third, (p) => (p.ladder.top = 3));
    cli = await brink(['replay', third]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('values no scenario file resolves to');
  });

  it('parameters a scenario file gives are never refused (any valid document round-trips)', () => {
    assertProperty(
      fc.property(scenarioDocArb, (doc) => {
        const scenario = scenarioFrom(doc);
        expect(() => checkRecordedParams('m', 'scenario.params', scenario.params, { name: scenario.info.name, description: scenario.info.description, startDate: null })).not.toThrow();
      }),
      { numRuns: 60 },
    );
    const history = scenarioFrom({
      name: 'mid',
      days: 20,
      states: { a: { profile: 'strong' }, b: { profile: 'weak' } },
      thirdParties: { q: { leverage: { a: 0.4 }, bias: 0.3, leansToward: 'b', canHost: true } },
      events: [{ day: -2, setRung: { state: 'a', rung: 4 } }],
      history: { ceasefire: { kind: 'ceasefire', since: -2, host: 'q', roundsHeld: 1 }, border: { closed: true, since: -2 } },
    });
    expect(() => checkRecordedParams('m', 'p', history.params, { name: 'mid', description: '', startDate: null })).not.toThrow();
    expect(() => checkRecordedParams('m', 'p', { ...history.params, days: 0 }, { name: 'mid', description: '', startDate: null })).toThrow(InputError);
  });
});
