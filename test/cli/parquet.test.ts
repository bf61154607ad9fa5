/**
 * `--format parquet`: a Parquet file beside each CSV, one per shard, byte-identical after merge,
 * and read by DuckDB as a user would (`SELECT … FROM '<reports>/**\/outcomes.parquet'`).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brink, tempDir } from '../helpers/cli.js';

const BASE = ['ensemble', 'scenarios/durand-line-2025.yaml', '--seed', 'cli-pq', '--days', '150', '--runs', '120', '--quiet', '--no-charts'];
const SWEEP = ['sweep', 'scenarios/durand-line-2025.yaml', '--design', 'sobol', '--samples', '4', '--runs', '6', '--days', '120', '--param', 'spoilers.ttp.hazard=0.02:0.3', '--param', 'states.pakistan.proportionality=0.5:2', '--seed', 'cli-pq', '--quiet', '--no-charts', '--format', 'parquet'];

function folders(out: string, scenario = 'durand-line-2025'): string[] {
  const root = join(out, scenario);
  return existsSync(root) ? readdirSync(root).filter((f) => !f.startsWith('.')).map((f) => join(root, f)).sort() : [];
}

let duck: DuckDBInstance;
async function query(sql: string): Promise<Record<string, unknown>[]> {
  const connection = await duck.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
  }
}

beforeAll(async () => {
  duck = await DuckDBInstance.create(':memory:');
});
afterAll(() => duck.closeSync());

describe('--format parquet', () => {
  it('ensemble shards each write Parquet, DuckDB reads them as one table, and the merge gives the unsharded bytes', async () => {
    const [whole, parts, merged] = [tempDir(), tempDir(), tempDir()];
    expect((await brink([...BASE, '--format', 'parquet', '--out', whole])).code).toBe(0);
    const [folder] = folders(whole);
    for (const name of ['outcomes', 'bands', 'daily', 'probabilities', 'survival']) expect(existsSync(join(folder!, `${name}.parquet`)), name).toBe(true);
    for (const i of [0, 1, 2]) expect((await brink([...BASE, '--format', 'parquet', '--shard', `${i}/3`, '--out', parts])).code).toBe(0);

    // One file per shard, queried together by a glob.
    const [shards] = await query(`SELECT count(*) AS n, count(DISTINCT runIndex) AS runs, min(runIndex) AS lo, max(runIndex) AS hi, count(DISTINCT filename) AS files FROM read_parquet('${parts}/**/outcomes.parquet', filename = true)`);
    expect(shards).toEqual({ n: 120n, runs: 120n, lo: 0, hi: 119, files: 3n });

    // The Parquet table is the CSV, typed.
    const csv = readFileSync(join(folder!, 'outcomes.csv'), 'utf8').trimEnd().split('\n');
    const header = csv[0]!.split(',');
    const finalState = header.indexOf('finalState');
    const csvCounts = new Map<string, number>();
    for (const line of csv.slice(1)) {
      const state = line.split(',')[finalState]!;
      csvCounts.set(state, (csvCounts.get(state) ?? 0) + 1);
    }
    const counts = await query(`SELECT finalState, count(*) AS n FROM '${whole}/**/outcomes.parquet' GROUP BY finalState ORDER BY finalState`);
    expect(counts.map((row) => [row.finalState, Number(row.n)])).toEqual([...csvCounts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
    const types = Object.fromEntries((await query(`DESCRIBE SELECT * FROM '${whole}/**/outcomes.parquet'`)).map((row) => [row.column_name, row.column_type]));
    expect(types).toMatchObject({ runIndex: 'DOUBLE', peakRung: 'DOUBLE', ceasefireCensored: 'BOOLEAN', finalState: 'VARCHAR', boutLengths: 'VARCHAR' });
    const [day0] = await query(`SELECT n, p50 FROM '${whole}/**/bands.parquet' WHERE day = 0 AND state = 'pakistan' AND measure = 'rung'`);
    expect(day0!.n).toBe(120);

    const merge = await brink(['merge', ...folders(parts), '--out', merged, '--no-charts']);
    expect(merge.code, merge.stderr).toBe(0);
    const [mergedFolder] = folders(merged);
    const parquetFiles = readdirSync(folder!).filter((f) => f.endsWith('.parquet'));
    expect(readdirSync(mergedFolder!).filter((f) => f.endsWith('.parquet'))).toEqual(parquetFiles);
    for (const file of parquetFiles) expect(readFileSync(join(mergedFolder!, file)).equals(readFileSync(join(folder!, file))), file).toBe(true);
  });

  it('sweep points and compare rows have Parquet twins; a sharded sweep merges into the unsharded bytes', async () => {
    const [whole, parts, merged, compared] = [tempDir(), tempDir(), tempDir(), tempDir()];
    expect((await brink([...SWEEP, '--out', whole])).code).toBe(0);
    for (const i of [0, 1]) expect((await brink([...SWEEP, '--shard', `${i}/2`, '--out', parts])).code).toBe(0);
    expect((await brink(['merge', ...folders(parts), '--out', merged, '--no-charts'])).code).toBe(0);
    const [folder] = folders(whole);
    const [mergedFolder] = folders(merged);
    for (const file of ['points.parquet', 'sobol.parquet']) expect(readFileSync(join(mergedFolder!, file)).equals(readFileSync(join(folder!, file))), file).toBe(true);
    const [points] = await query(`SELECT count(*) AS n, count(DISTINCT point) AS distinctPoints FROM '${parts}/**/points.parquet'`);
    expect(points).toEqual({ n: 16n, distinctPoints: 16n });

    const compare = await brink(['compare', 'scenarios/durand-line-2025.yaml', 'scenarios/no-mediators.yaml', '--runs', '20', '--days', '120', '--seed', 'cli-pq', '--out', compared, '--quiet', '--no-charts', '--format', 'parquet']);
    expect(compare.code, compare.stderr).toBe(0);
    const [pairs] = await query(`SELECT count(*) AS n FROM '${compared}/**/paired.parquet'`);
    expect(pairs).toEqual({ n: 20n });
    const [difference] = await query(`SELECT count(*) AS n FROM '${compared}/**/differences.parquet' WHERE lower <= difference AND difference <= upper`);
    expect(Number(difference!.n)).toBeGreaterThan(0);
  });

  it('refuses an unknown format (exit 2, nothing written)', async () => {
    const out = tempDir();
    const result = await brink([...BASE, '--format', 'xlsx', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Choices: "csv", "parquet"');
    expect(readdirSync(out)).toEqual([]);
  });
});
