/**
 * Seeded random streams (docs/model.md §7.1). Every random process owns one stream, keyed by
 * `<seed>/run/<runIndex>/<purpose>/<owner>`, so adding an entity or taking a branch differently
 * never shifts another process's draws. Streams are the only source of randomness in a run.
 *
 * The generator is seedrandom's Alea: seedrandom seeds it from the key (Baagøe's Mash) and this
 * module steps it, as a class rather than a closure so hot loops call it monomorphically. The
 * sequence is exactly `seedrandom.alea(key)`'s (tested).
 */
import seedrandom from 'seedrandom';

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
  | 'border'
  | 'hotline';

/**
 * The one place a stream key is built: single runs and ensembles both call this, which is what
 * makes run k of an ensemble equal to `brink run --run-index k`.
 *
 * @example streamKey('golden', 3, 'decide', 'pakistan') // 'golden/run/3/decide/pakistan'
 */
export function streamKey(seed: string, runIndex: number, purpose: StreamPurpose, owner: string): string {
  return `${seed}/run/${runIndex}/${purpose}/${owner}`;
}

/** A stream of uniforms in [0, 1) (multiples of 2^−32). */
export class Stream {
  private c: number;
  private s0: number;
  private s1: number;
  private s2: number;

  /** Always a string key: `seedrandom(42)` and `seedrandom('42')` differ. */
  constructor(key: string) {
    const state = seedrandom.alea(key, { state: true }).state();
    this.c = state.c;
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
  }

  next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    this.s2 = t - this.c;
    return this.s2;
  }

  /** Advances past `count` values without returning them (same state as `count` calls to next). */
  skip(count: number): void {
    let { c, s0, s1, s2 } = this;
    for (let n = 0; n < count; n += 1) {
      const t = 2091639 * s0 + c * 2.3283064365386963e-10;
      s0 = s1;
      s1 = s2;
      c = t | 0;
      s2 = t - c;
    }
    this.c = c;
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
  }
}

/**
 * A stream that draws a fixed number of values every day (docs/model.md §7.1: draw first, then
 * branch) for processes that rarely need them (offers, sessions, casualties, reopening). Days
 * on which nothing asks are skipped over in a tight loop; the values a day sees are the same
 * as if every day had drawn. The stream itself is opened (seeded) on first use, so a party
 * that never offers or hosts costs nothing.
 */
export class DailyDraws {
  private readonly values: Float64Array;
  private drawnDay: number;
  private stream: Stream | undefined;

  /**
   * `firstDay` is the run's first simulated day (negative when the run starts mid-history): the
   * stream's first values belong to it, so a day's draws depend only on its distance from it.
   */
  constructor(
    private readonly open: () => Stream,
    readonly perDay: number,
    firstDay = 0,
  ) {
    this.values = new Float64Array(perDay);
    this.drawnDay = firstDay - 1;
  }

  /** The values of `day` (days only move forward within a run). */
  on(day: number): Float64Array {
    if (day !== this.drawnDay) {
      this.stream ??= this.open();
      this.stream.skip((day - this.drawnDay - 1) * this.perDay);
      for (let n = 0; n < this.perDay; n += 1) this.values[n] = this.stream.next();
      this.drawnDay = day;
    }
    return this.values;
  }
}

/** Opens the stream of one process of one run. */
export function runStream(seed: string, runIndex: number, purpose: StreamPurpose, owner: string): Stream {
  return new Stream(streamKey(seed, runIndex, purpose, owner));
}

/**
 * Maps a uniform from [0, 1) into the open interval (0, 1), for transforms that diverge at 0
 * (Pareto, normal quantile). Alea returns multiples of 2^-32, so half a step is never 0 or 1.
 */
export function openUnit(u: number): number {
  return u + 1.1641532182693481e-10; // 2^-33
}
