/**
 * `brink merge` joins only shards as brink wrote them: every file of every shard is checked
 * against the sha256 its manifest records, so an edited shard cannot make a merged folder that
 * contradicts itself (outcomes.csv saying one thing, probabilities.csv another).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensemblePipeline, InputError, mergePipeline, sweepPipeline } from '../../src/index.js';
import { brink, tempDir } from '../helpers/cli.js';

const QUIET = 'scenarios/quiet-border.yaml';

function editLine(file: string, line: number, edit: (text: string) => string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines[line] = edit(lines[line]!);
  writeFileSync(file, lines.join('\n'));
}

describe('brink merge verifies every shard', () => {
  it('refuses an ensemble shard whose outcomes.csv was edited (exit 2, file named, nothing written)', async () => {
    const parts = tempDir();
    const shards = [];
    for (const index of [0, 1]) {
      shards.push((await ensemblePipeline({ scenario: QUIET, seed: 'tamper', runs: 10, shard: { index, count: 2 }, workers: 1, out: parts, charts: false })).folder);
    }
    const out = tempDir();
    // Untouched shards merge.
    await mergePipeline({ dirs: shards, out, charts: false });
    // Run 7's peak rung set to 8: outcomes.csv would no longer agree with the shard's tallies.
    editLine(join(shards[1]!, 'outcomes.csv'), 3, (row) => row.replace(/^([0-9]+),[0-9]+,/, '$1,8,'));
    const out2 = tempDir();
    await expect(mergePipeline({ dirs: shards, out: out2, charts: false })).rejects.toThrow(InputError);
    const cli = await brink(['merge', ...shards, '--out', out2, '--no-charts']);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(`${join(shards[1]!, 'outcomes.csv')}: its bytes differ from the sha256 its folder's manifest records`);
    expect(existsSync(join(out2, 'quiet-border'))).toBe(false);
  });

  it('refuses a sweep shard whose points.ndjson was edited, and one missing a file', async () => {
    const parts = tempDir();
    const common = { scenario: QUIET, params: ['states.pakistan.tolerance=2:6:3'], runs: 5, days: 30, seed: 'tamper', workers: 1, out: parts, charts: false } as const;
    const a = await sweepPipeline({ ...common, shard: { index: 0, count: 2 } });
    const b = await sweepPipeline({ ...common, shard: { index: 1, count: 2 } });
    const ndjson = join(b.folder, 'points.ndjson');
    editLine(ndjson, 0, (line) => line.replace('"runs":5', '"runs":6'));
    const cli = await brink(['merge', a.folder, b.folder, '--out', tempDir()]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(`${ndjson}: its bytes differ`);
    rmSync(join(a.folder, 'summary.json'));
    const missing = await brink(['merge', a.folder, b.folder, '--out', tempDir()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${join(a.folder, 'summary.json')}: missing: its manifest lists it`);
    // Only the shards (and their point cache) are there: the refused merges wrote nothing beside them.
    expect(readdirSync(join(parts, 'quiet-border')).filter((name) => !name.startsWith('sweep-')).sort()).toEqual(['.cache']);
  });
});
