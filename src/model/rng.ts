/**
 * Seeded random streams (MODEL.md §1). Every random process owns one stream, keyed by
 * `<seed>/run/<runIndex>/<purpose>/<owner>`, so adding an entity or taking a branch differently
 * never shifts another process's draws. Streams are the only source of randomness in a run.
 */
import seedrandom from 'seedrandom';

/** A stream of uniforms in [0, 1). */
export type Uniform = () => number;

/** Name recorded in manifests, so a reader knows which generator produced the numbers. */
export const PRNG_NAME = 'seedrandom.alea@3.0.5';

/** What a stream is for; the first component of its key after the run. */
export type StreamPurpose =
  | 'spoiler'
  | 'spoiler-overflow'
  | 'spoiler-scripted'
  | 'decide'
  | 'outcome'
  | 'perceive'
  | 'talks'
  | 'border';

/**
 * The one place a stream key is built: single runs and ensembles both call this, which is what
 * makes run k of an ensemble equal to `brink run --run-index k`.
 *
 * @example streamKey('golden', 3, 'decide', 'pakistan') // 'golden/run/3/decide/pakistan'
 */
export function streamKey(seed: string, runIndex: number, purpose: StreamPurpose, owner: string): string {
  return `${seed}/run/${runIndex}/${purpose}/${owner}`;
}

/** Opens the stream for a key. Always a string key: `seedrandom(42)` and `seedrandom('42')` differ. */
export function openStream(key: string): Uniform {
  return seedrandom.alea(key);
}

/** Opens the stream of one process of one run. */
export function runStream(seed: string, runIndex: number, purpose: StreamPurpose, owner: string): Uniform {
  return openStream(streamKey(seed, runIndex, purpose, owner));
}

/**
 * Maps a uniform from [0, 1) into the open interval (0, 1), for transforms that diverge at 0
 * (Pareto, normal quantile). Alea returns multiples of 2^-32, so half a step is never 0 or 1.
 */
export function openUnit(u: number): number {
  return u + 1.1641532182693481e-10; // 2^-33
}
