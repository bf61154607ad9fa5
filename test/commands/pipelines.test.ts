/**
 * The pipelines called as a library user calls them (`import { runPipeline, … } from 'brink'`):
 * the folder each writes, what each returns, and that they are the CLI's code paths (replay
 * finds the same hashes; the writer leaves nothing behind on failure).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  comparePipeline,
  diffPipeline,
  ensemblePipeline,
  InputError,
  mergePipeline,
  replayPipeline,
  runPipeline,
  runScenario,
  loadScenario,
} from '../../src/index.js';
import { writeOutputFolder } from '../../src/report/outputFolder.js';
import { tempDir } from '../helpers/cli.js';
import { DURAND } from '../helpers/scenarios.js';

describe("import { …Pipeline } from 'brink'", () => {
  it('offers every command as its pipeline', async () => {
    const brink = (await import('../../src/index.js')) as Record<string, unknown>;
    const names = ['run', 'ensemble', 'compare', 'diff', 'sweep', 'check', 'calibrate', 'merge', 'replay', 'init'].map((c) => `${c}Pipeline`);
    expect(names.filter((name) => typeof brink[name] !== 'function')).toEqual([]);
  });
});

describe('runPipeline', () => {
  it('writes the run folder brink run writes, and returns the run it wrote', async () => {
    const out = tempDir();
    const run = await runPipeline({ scenario: DURAND, days: 60, seed: 'lib', runIndex: 2, out, charts: false });
    expect(run.folder).toMatch(/durand-line-2025\/run-lib-r2-[0-9a-f]{8}$/);
    expect(run.source).toBe('flag');
    expect(readdirSync(run.folder).sort()).toEqual(['days.csv', 'dyad.csv', 'events.ndjson', 'index.html', 'manifest.json', 'outcome.json']);
    const same = runScenario(loadScenario(DURAND, { days: 60 }), { seed: 'lib', runIndex: 2 });
    expect(run.result.outcome).toEqual(same.outcome);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    const replay = await replayPipeline({ dir: run.folder });
    expect(replay.firstDifference).toBeUndefined();
    expect(replay.files).toEqual(['days.csv', 'dyad.csv', 'events.ndjson', 'outcome.json']);
  });

  it('gives bad input as an InputError and writes nothing', async () => {
    const out = tempDir();
    await expect(runPipeline({ scenario: DURAND, seed: 'bad seed!', out, charts: false })).rejects.toBeInstanceOf(InputError);
    await expect(runPipeline({ scenario: DURAND, set: ['states.pakistan.capability=-2'], out, charts: false })).rejects.toBeInstanceOf(InputError);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('ensemblePipeline and mergePipeline', () => {
  it('two shards merged give the data files of the unsharded ensemble, byte for byte', async () => {
    const [whole, parts, merged] = [tempDir(), tempDir(), tempDir()];
    const base = { scenario: DURAND, days: 60, seed: 'lib', runs: 40, workers: 1, charts: false } as const;
    const ensemble = await ensemblePipeline({ ...base, out: whole });
    expect(ensemble.summary.runs).toBe(40);
    const shards = await Promise.all([0, 1].map((index) => ensemblePipeline({ ...base, out: parts, shard: { index, count: 2 } })));
    const joined = await mergePipeline({ dirs: shards.map((s) => s.folder), out: merged, charts: false });
    expect(joined.kind).toBe('ensemble');
    for (const file of ['outcomes.csv', 'tallies.json', 'bands.csv', 'daily.csv', 'probabilities.csv', 'survival.csv']) {
      expect(readFileSync(join(joined.folder, file), 'utf8'), file).toBe(readFileSync(join(ensemble.folder, file), 'utf8'));
    }
    expect((await replayPipeline({ dir: ensemble.folder, workers: 1 })).firstDifference).toBeUndefined();
  });
});

describe('diffPipeline', () => {
  it('finds where two seeds part, and refuses to compare a run with itself', async () => {
    const out = tempDir();
    const diff = await diffPipeline({ scenario: DURAND, days: 60, seeds: ['a', 'b'], out, charts: false });
    expect(diff.divergence.identical).toBe(false);
    expect(diff.folder).toMatch(/diff-a-r0-vs-b-r0-/);
    await expect(diffPipeline({ scenario: DURAND, seeds: ['a'], out, charts: false })).rejects.toBeInstanceOf(InputError);
    const replay = await replayPipeline({ dir: diff.folder });
    expect(replay).toEqual({ files: ['diff.csv', 'summary.json'], onDisk: [], recomputed: [], firstDifference: undefined, onDiskOnly: [] });
  });
});

describe('comparePipeline', () => {
  it('pairs two scenarios on one seed, and its folder replays', async () => {
    const out = tempDir();
    const compared = await comparePipeline({ a: DURAND, b: DURAND, setB: ['spoilers.ttp.hazard=0.2'], days: 60, seed: 'lib', runs: 30, workers: 1, out, charts: false });
    expect(compared.summary.runs).toBe(30);
    expect(compared.folder).toMatch(/durand-line-2025-vs-durand-line-2025\/compare-lib-/);
    const replay = await replayPipeline({ dir: compared.folder, workers: 1 });
    expect(replay).toEqual({ files: ['daily.csv', 'differences.csv', 'paired.csv', 'summary.json'], onDisk: [], recomputed: [], firstDifference: undefined, onDiskOnly: [] });
  });
});

describe('the output-folder writer', () => {
  it('leaves no folder, final or temporary, when a phase fails', async () => {
    const out = tempDir();
    const target = join(out, 'x', 'folder');
    const failing = writeOutputFolder(target, {
      data: new Map([['a.csv', 'a\n1\n']]),
      manifest: () => {
        throw new Error('manifest failed');
      },
      charts: () => [],
      page: { title: 't', subtitle: 's', tables: [] },
    });
    await expect(failing).rejects.toThrow('manifest failed');
    // Not even the parent folder the writer created for it.
    expect(readdirSync(out)).toEqual([]);
  });

  it('lists data files in the order written, streamed ones first, and hashes only data and manifest', async () => {
    const out = tempDir();
    const { folder } = await writeOutputFolder(join(out, 'f'), (staging) => {
      const streamed = staging.stream('first.csv');
      streamed.write('x\n');
      streamed.close();
      return {
        data: new Map([['second.json', '{}\n']]),
        manifest: (results) => `${JSON.stringify({ results, execution: {} })}\n`,
        charts: () => [],
        page: { title: 't', subtitle: 's', tables: [] },
      };
    });
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.results)).toEqual(['first.csv', 'second.json']);
    const page = readFileSync(join(folder, 'index.html'), 'utf8');
    expect(page.indexOf('first.csv')).toBeLessThan(page.indexOf('second.json'));
    expect(page.indexOf('second.json')).toBeLessThan(page.lastIndexOf('manifest.json'));
  });
});
