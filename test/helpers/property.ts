/**
 * Every fast-check property of the suite runs through `assertProperty`, from one seed, so a run
 * is repeatable and a failure replayable. The seed is `BRINK_FC_SEED` when set (any integer),
 * else PROPERTY_SEED_DEFAULT: the same cases on every machine and every run.
 *
 * A failure's message starts with the line that replays it, e.g.
 *
 *   BRINK_FC_SEED=20261130 BRINK_FC_PATH="41:2:0" npx vitest run test/stats/statistics.test.ts -t 'wilsonInterval always contains the estimate and stays within \[0, 1\]'
 *
 * `BRINK_FC_SEED` alone re-runs every property from that seed (to explore new cases: pick
 * another seed); adding `BRINK_FC_PATH` jumps straight to the shrunk counterexample, and only
 * means something for the one property it came from, hence the `-t` filter. Below that line comes
 * fast-check's own report (the counterexample, the error, the values tried while shrinking).
 */
import { relative } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';

/** The seed properties run from when BRINK_FC_SEED is not set. */
export const PROPERTY_SEED_DEFAULT = 20261130;

/** The seed of this run's properties. */
export const PROPERTY_SEED: number = seedFromEnvironment(process.env.BRINK_FC_SEED);

function seedFromEnvironment(value: string | undefined): number {
  if (value === undefined || value === '') return PROPERTY_SEED_DEFAULT;
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) throw new Error(`BRINK_FC_SEED must be an integer, got "${value}"`);
  return seed;
}

/** fast-check's options other than those assertProperty sets (seed, path, verbose). */
export type PropertyOptions<Ts> = Omit<fc.Parameters<Ts>, 'seed' | 'path' | 'verbose'>;

/** `fc.assert` from PROPERTY_SEED (and BRINK_FC_PATH when set), the replay line first on failure. */
export function assertProperty<Ts>(property: fc.IProperty<Ts>, options: PropertyOptions<Ts> = {}): void {
  const path = process.env.BRINK_FC_PATH || undefined;
  const details = fc.check(property, { ...options, seed: PROPERTY_SEED, path, verbose: fc.VerbosityLevel.Verbose });
  if (!details.failed) return;
  throw new Error(`Replay: ${replayCommand(PROPERTY_SEED, details.counterexamplePath)}\n${fc.defaultReportMessage(details) ?? ''}`, {
    cause: details.errorInstance,
  });
}

/** The shell line that re-runs the current test's property at `seed`, straight to `path`. */
export function replayCommand(seed: number, path: string | null): string {
  const { testPath, currentTestName } = expect.getState();
  const file = testPath === undefined ? '<test file>' : relative(process.cwd(), testPath);
  // -t takes a pattern over the test's full name, its describe blocks joined by spaces.
  const pattern = (currentTestName ?? '').replace(/ > /g, ' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `BRINK_FC_SEED=${seed}${path === null ? '' : ` BRINK_FC_PATH="${path}"`} npx vitest run ${file} -t '${pattern.replace(/'/g, "'\\''")}'`;
}
