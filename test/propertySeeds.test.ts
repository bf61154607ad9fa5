/**
 * The property tests' seeding (test/helpers/property.ts): every property runs from one seed, a
 * failure names the seed and the line that replays it, and nothing calls fc.assert around it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty, PROPERTY_SEED } from './helpers/property.js';
import { ROOT } from './helpers/scenarios.js';

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('property tests', () => {
  it('run from one seed: the same cases every time', () => {
    const seen: number[][] = [[], []];
    for (const run of seen) assertProperty(fc.property(fc.integer(), (n) => void run.push(n)), { numRuns: 20 });
    expect(seen[0]).toHaveLength(20);
    expect(seen[1]).toEqual(seen[0]);
  });

  it('fail with the seed, the path and the command that replays the counterexample', () => {
    const property = fc.property(fc.integer({ min: 0, max: 1000 }), (n) => {
      expect(n).toBeLessThan(500);
    });
    let message = '';
    try {
      assertProperty(property);
    } catch (error) {
      message = (error as Error).message;
    }
    const replay = /^Replay: BRINK_FC_SEED=(-?\d+) BRINK_FC_PATH="([\d:]+)" npx vitest run test\/propertySeeds\.test\.ts -t '(.+)'$/m.exec(message.split('\n')[0]!);
    expect(replay, message).not.toBeNull();
    expect(Number(replay![1])).toBe(PROPERTY_SEED);
    expect(replay![3]).toBe('property tests fail with the seed, the path and the command that replays the counterexample');
    expect(message).toContain(`seed: ${PROPERTY_SEED}`);
    expect(message).toContain('Counterexample: [500]');
    // The path goes straight to the shrunk counterexample.
    const replayed = fc.check(property, { seed: PROPERTY_SEED, path: replay![2] });
    expect(replayed.counterexample).toEqual([500]);
  });

  it('all go through assertProperty', () => {
    const direct = testFiles(join(ROOT, 'test'))
      .filter((file) => /\bfc\.assert\(/.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')))
      .map((file) => relative(ROOT, file));
    expect(direct).toEqual([]);
  });
});
