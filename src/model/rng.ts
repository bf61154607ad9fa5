/**
 * Seeded random streams (docs/model.md §7.1). Every random process of a run owns one stream,
 * named by its coordinates (family, owner, and for scripted attacks the day and number), so
 * adding an entity or taking a branch differently never shifts another process's draws.
 * Streams are the only source of randomness in a run.
 *
 * The generator is seedrandom's Alea (Baagøe). A run hashes one key, `<seed>/run/<runIndex>`,
 * with Alea's own Mash seeding: that state is the run's root (`RunStreamRoot`). Each stream's
 * starting state is then derived from the root and its coordinates by integer hashing
 * (MurmurHash3's mixing steps), with no string built or Mashed per stream: a run opens ~15
 * streams, and Mashing a full key three times for each was ~12% of a run. Given its starting
 * state, a stream is exactly `seedrandom.alea('', { state })` (tested against the package). This
 * module steps Alea itself, with seedrandom's arithmetic operation for operation: a class rather
 * than seedrandom's closure lets hot loops call `next` monomorphically. Keys of streams outside
 * runs (bootstrap, sweep designs, calibration) are listed in streamKeys.ts; each is Mashed whole.
 */

/**
 * Name recorded in manifests, so a reader knows which generator produced the numbers and how
 * a run's streams are keyed (docs/model.md §7.1; "run-streams 2": one root per run, streams
 * derived from it by coordinates).
 */
export const PRNG_NAME = 'seedrandom.alea@3.0.5; run-streams 2';

/**
 * The families of a run's streams and their numbers in the derivation. A number is part of
 * every stream's seeding: never renumber or reuse one (that would change every run's output).
 */
export const STREAM_FAMILIES = {
  spoiler: 1,
  'spoiler-overflow': 2,
  'spoiler-scripted': 3,
  decide: 4,
  outcome: 5,
  perceive: 6,
  talks: 7,
  border: 8,
  hotline: 9,
} as const;

/** What a stream is for: its family. */
export type StreamPurpose = keyof typeof STREAM_FAMILIES;

/**
 * The one key a run hashes: single runs and ensembles both derive every stream from it, which
 * is what makes run k of an ensemble equal to `brink run --run-index k`.
 *
 * @example runKey('golden', 3) // 'golden/run/3'
 */
export function runKey(seed: string, runIndex: number): string {
  return `${seed}/run/${runIndex}`;
}

/**
 * A stream of uniforms in [0, 1) (multiples of 2^−32).
 *
 * Where seedrandom truncates with `t | 0` (and Mash with `h >>> 0`), this module uses
 * Math.floor: the value is the same, since t lies in [0, 2091640) (and Mash's h in [0, 2^32)),
 * and in V8 (Node 20) Math.floor measured about twice as fast on this chain, which every step
 * and every character of a key waits on.
 */
export class Stream {
  // Initialised here, not only in the constructor: a field declared without a value is defined
  // as undefined first (ES2022 class fields), which makes V8 store these doubles boxed, one
  // allocation per step of the generator.
  private c = 0;
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;

  /** Alea seeded from `key` by Mash, as `seedrandom.alea(key)`. Always a string key: `seedrandom(42)` and `seedrandom('42')` differ. */
  constructor(key: string) {
    // Alea's seeding: s_k = mash(' ') after k+1 spaces, less the k-th pass of Mash over the key,
    // each pass continuing from where the previous one left Mash's state.
    let n = mashFrom(MASH_AFTER_SPACES, key, 0);
    let s0 = SPACE_0 - (n >>> 0) * 2.3283064365386963e-10;
    if (s0 < 0) s0 += 1;
    n = mashFrom(n, key, 0);
    let s1 = SPACE_1 - (n >>> 0) * 2.3283064365386963e-10;
    if (s1 < 0) s1 += 1;
    n = mashFrom(n, key, 0);
    let s2 = SPACE_2 - (n >>> 0) * 2.3283064365386963e-10;
    if (s2 < 0) s2 += 1;
    this.c = 1;
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
  }

  /** The stream that continues from an Alea state: `seedrandom.alea('', { state: { c, s0, s1, s2 } })`. */
  static fromState(c: number, s0: number, s1: number, s2: number): Stream {
    const stream = new Stream('');
    stream.c = c;
    stream.s0 = s0;
    stream.s1 = s1;
    stream.s2 = s2;
    return stream;
  }

  /** The generator's state, in seedrandom's `state()` shape. */
  state(): { c: number; s0: number; s1: number; s2: number } {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }

  next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = Math.floor(t);
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
      c = Math.floor(t);
      s2 = t - c;
    }
    this.c = c;
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
  }

  /**
   * Draws `count` values of each of two streams into `out` (the first's from `atA`, the second's
   * from `atB`), stepping both in one loop. Each Alea step waits on the previous step's carry, a
   * chain of float–int conversions; two independent chains side by side keep the processor busy
   * while either waits, so the pair costs about what one stream alone does. Same values as
   * `fill` on each.
   */
  static fillTogether(a: Stream, b: Stream, out: Float64Array, atA: number, atB: number, count: number): void {
    let { c, s0, s1, s2 } = a;
    let { c: d, s0: r0, s1: r1, s2: r2 } = b;
    for (let n = 0; n < count; n += 1) {
      const t = 2091639 * s0 + c * 2.3283064365386963e-10;
      s0 = s1;
      s1 = s2;
      c = Math.floor(t);
      s2 = t - c;
      out[atA + n] = s2;
      const u = 2091639 * r0 + d * 2.3283064365386963e-10;
      r0 = r1;
      r1 = r2;
      d = Math.floor(u);
      r2 = u - d;
      out[atB + n] = r2;
    }
    a.c = c;
    a.s0 = s0;
    a.s1 = s1;
    a.s2 = s2;
    b.c = d;
    b.s0 = r0;
    b.s1 = r1;
    b.s2 = r2;
  }

  /** Writes the next `count` values to `out` from `at` on (same values as `count` calls to next). */
  fill(out: Float64Array, at: number, count: number): void {
    let { c, s0, s1, s2 } = this;
    for (let n = at; n < at + count; n += 1) {
      const t = 2091639 * s0 + c * 2.3283064365386963e-10;
      s0 = s1;
      s1 = s2;
      c = Math.floor(t);
      s2 = t - c;
      out[n] = s2;
    }
    this.c = c;
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
  }
}

/**
 * Baagøe's Mash over `data` from character `from` on, continuing from state `n` (seedrandom's
 * `Mash`, whose state persists between calls). The state is a double, not an integer.
 */
function mashFrom(n: number, data: string, from: number): number {
  for (let i = from; i < data.length; i += 1) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = Math.floor(h);
    h -= n;
    h *= n;
    n = Math.floor(h);
    h -= n;
    n += h * 0x100000000; // 2^32
  }
  return n;
}

/** Mash's starting state (seedrandom's `Mash`). */
const MASH_START = 0xefc8249d;
/** Mash's state after the three spaces Alea's seeding hashes first, and each space's output. */
const MASH_SPACE_1 = mashFrom(MASH_START, ' ', 0);
const MASH_SPACE_2 = mashFrom(MASH_SPACE_1, ' ', 0);
const MASH_AFTER_SPACES = mashFrom(MASH_SPACE_2, ' ', 0);
const SPACE_0 = (MASH_SPACE_1 >>> 0) * 2.3283064365386963e-10;
const SPACE_1 = (MASH_SPACE_2 >>> 0) * 2.3283064365386963e-10;
const SPACE_2 = (MASH_AFTER_SPACES >>> 0) * 2.3283064365386963e-10;

/** An owner's id (a state, spoiler or party id, or `dyad`) as the 32-bit number streams are derived with: Mash of the id. */
export function ownerHash(id: string): number {
  return mashFrom(MASH_START, id, 0) >>> 0;
}

/**
 * The root of one run's streams: Alea's starting state for `runKey(seed, runIndex)` (Mash run
 * over the key three times, once per run), as three 32-bit words. `open` derives a stream from
 * it by the stream's coordinates: each of the three state words is MurmurHash3 (32-bit) of
 * (family, owner, a, b) seeded with the matching root word, scaled to [0, 1) as Alea's state is;
 * the carry starts at 1, as Alea's seeding leaves it. Two streams of a run share a state only if
 * their coordinates hash alike in all three words, as two ids with one Mash hash would (odds
 * about 2^−32 a pair of ids).
 */
export class RunStreamRoot {
  private readonly w0: number;
  private readonly w1: number;
  private readonly w2: number;

  constructor(seed: string, runIndex: number) {
    const root = new Stream(runKey(seed, runIndex)).state();
    this.w0 = root.s0 * 0x100000000;
    this.w1 = root.s1 * 0x100000000;
    this.w2 = root.s2 * 0x100000000;
  }

  /** The stream of `family` owned by `owner` (`ownerHash` of its id); `a`, `b`: further coordinates (a scripted attack's day and number). */
  open(family: StreamPurpose, owner: number, a = 0, b = 0): Stream {
    const f = STREAM_FAMILIES[family];
    return Stream.fromState(1, derivedWord(this.w0, f, owner, a, b), derivedWord(this.w1, f, owner, a, b), derivedWord(this.w2, f, owner, a, b));
  }
}

/** MurmurHash3 (x86, 32-bit) of the four 32-bit coordinates, seeded with `seed`, as a fraction in [0, 1). */
function derivedWord(seed: number, family: number, owner: number, a: number, b: number): number {
  let h = murmurRound(seed | 0, family);
  h = murmurRound(h, owner);
  h = murmurRound(h, a);
  h = murmurRound(h, b);
  h ^= 16; // the length in bytes of what was hashed
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) * 2.3283064365386963e-10; // 2^-32
}

function murmurRound(h: number, value: number): number {
  let k = Math.imul(value | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/**
 * A stream that draws the same number of values every day (docs/model.md §7.1: draw first, then
 * branch), drawn for the whole run when the run opens (`Stream.fill`, `Stream.fillTogether`):
 * day d's values are `values[at(d)]`, `values[at(d) + 1]`, … `values[at(d) + perDay − 1]`, the
 * stream's sequence from its (d − firstDay)·perDay-th value on.
 *
 * An index rather than a `next()` method: a day's draws are then plain array reads in the
 * caller. A double returned by a call the compiler does not inline is boxed, one heap number per
 * draw; through `next()` those boxes were a third of everything a run allocated.
 */
export class DayDraws {
  constructor(
    /** The run's prefilled buffer (shared by every DayDraws of the run). */
    readonly values: Float64Array,
    /** Index of the first simulated day's first value. */
    private readonly from: number,
    readonly perDay: number,
    private readonly firstDay: number,
  ) {}

  /** Index in `values` of `day`'s first value (firstDay ≤ day < the run's last day + 1). */
  at(day: number): number {
    return this.from + (day - this.firstDay) * this.perDay;
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
      this.stream.fill(this.values, 0, this.perDay);
      this.drawnDay = day;
    }
    return this.values;
  }
}

/**
 * Maps a uniform from [0, 1) into the open interval (0, 1), for transforms that diverge at 0
 * (Pareto, normal quantile). Alea returns multiples of 2^-32, so half a step is never 0 or 1.
 */
export function openUnit(u: number): number {
  return u + 1.1641532182693481e-10; // 2^-33
}
