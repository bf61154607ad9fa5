/** What a person reads when input is bad: the cause first, at most a screenful, one limit for --runs. */
import { describe, expect, it } from 'vitest';
import { STATE_PARAMETER_NAMES } from '../../src/scenarios/schema/stateSchema.js';
import { brink, tempDir } from '../helpers/cli.js';

const DURAND = 'scenarios/durand-line-2025.yaml';

describe('error output', () => {
  it('--shard -1/2 names the shard, not "Unknown argument: 1"', async () => {
    const result = await brink(['ensemble', DURAND, '--shard', '-1/2', '--out', tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^--shard: expected i\/N .*found "-1\/2"\n$/);
  });

  it('bidi control characters in a refused value are escaped, never echoed raw', async () => {
    const result = await brink(['run', DURAND, '--set', 'name=evil\u202Eexe.yaml', '--out', tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(result.stderr).toContain('evil\\u{202E}exe.yaml');
  });

  it('--set states=3: the --set is named first, and at most 20 problems are printed', async () => {
    const result = await brink(['run', DURAND, '--set', 'states=3', '--out', tempDir()]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^--set states=3 states: expected/);
    expect(lines.length).toBeLessThanOrEqual(21);
  });

  it('caps a flood of problems with a count of the rest', async () => {
    // Every state parameter set to text: one problem each, more than 20.
    const sets = STATE_PARAMETER_NAMES.flatMap((name) => ['--set', `states.pakistan.${name}=abc`]);
    expect(STATE_PARAMETER_NAMES.length).toBeGreaterThan(21);
    const result = await brink(['run', DURAND, ...sets, '--out', tempDir()]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[20]).toMatch(/^… and \d+ more problems \(fix the first ones and run again\)$/);
  });

  it('--runs has the limit a scenario file has (10,000,000)', async () => {
    const result = await brink(['ensemble', DURAND, '--runs', '20000000', '--out', tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--runs: expected a whole number from 1 to 10000000, found "20000000"');
  });
});
