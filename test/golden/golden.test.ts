/**
 * Golden run: durand-line-2025.yaml at seed "golden", run 0, through the real CLI. Its outcome
 * and the hash of days.csv are checked in. Any change to the model's numbers shows up here.
 *
 * To regenerate after a deliberate change: UPDATE_GOLDEN=1 npm test -- test/golden
 * and say in the commit message why the numbers changed.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/scenarios/index.js';
import { brink, tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/scenarios.js';

const GOLDEN_FILE = join(ROOT, 'test', 'golden', 'durand-line-2025.golden.json');

interface Golden {
  readonly outcome: unknown;
  readonly daysCsvSha256: string;
  readonly dyadCsvSha256: string;
  readonly eventsNdjsonSha256: string;
}

describe('golden run of durand-line-2025.yaml at seed "golden"', () => {
  it('reproduces the checked-in outcome and file hashes exactly', async () => {
    const out = tempDir();
    const result = await brink(['run', 'scenarios/durand-line-2025.yaml', '--seed', 'golden', '--out', out, '--quiet']);
    expect(result.code).toBe(0);
    const [folder] = readdirSync(join(out, 'durand-line-2025'));
    const dir = join(out, 'durand-line-2025', folder!);
    const actual: Golden = {
      outcome: JSON.parse(readFileSync(join(dir, 'outcome.json'), 'utf8')),
      daysCsvSha256: sha256(readFileSync(join(dir, 'days.csv'))),
      dyadCsvSha256: sha256(readFileSync(join(dir, 'dyad.csv'))),
      eventsNdjsonSha256: sha256(readFileSync(join(dir, 'events.ndjson'))),
    };
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(GOLDEN_FILE, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    expect(existsSync(GOLDEN_FILE), 'no golden file: generate it with UPDATE_GOLDEN=1').toBe(true);
    const golden = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as Golden;
    expect(actual.outcome).toEqual(golden.outcome);
    expect(actual.daysCsvSha256).toBe(golden.daysCsvSha256);
    expect(actual.dyadCsvSha256).toBe(golden.dyadCsvSha256);
    expect(actual.eventsNdjsonSha256).toBe(golden.eventsNdjsonSha256);
  });
});
