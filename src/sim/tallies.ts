/**
 * Ensemble tallies: everything an ensemble keeps about its runs, as integer counts in
 * fixed-size histograms (docs/model.md §7.17 outcomes, per-day distributions). Memory does not grow
 * with the number of runs; merging is adding counts, so 1 worker, N workers and N shards give
 * identical tallies whatever the order runs finish in.
 */
import { CEASEFIRE_KINDS, type RunResult } from '../model/index.js';
import type { FinalState, Ladder } from '../model/types.js';
import {
  binOf,
  binValues,
  DAILY_DEATHS_BINNING,
  DAYS_BINNING,
  RATIO_BINNING,
  TOTAL_DEATHS_BINNING,
  type Binning,
} from './binning.js';

export const FINAL_STATES: readonly FinalState[] = ['agreement', 'ceasefire', 'war', 'fizzled', 'conflict'];

/** Per-state run totals tallied, by name. */
export const STATE_TOTALS = ['trueDeaths', 'claimedByEnemy', 'admitted', 'spoilerDeaths'] as const;
export type StateTotalName = (typeof STATE_TOTALS)[number];

/** The histograms of one ensemble: name → (binning, number of histograms); rung histograms have a bin per rung of the ladder. */
export function tallyLayout(days: number, rungCount: number): Record<string, { binning: Binning; count: number }> {
  const rung = { kind: 'count', exactBelow: rungCount, perOctave: 1, octaves: 0, size: rungCount } as const;
  const flag = { kind: 'count', exactBelow: 2, perOctave: 1, octaves: 0, size: 2 } as const;
  const ceasefire = { kind: 'count', exactBelow: 4, perOctave: 1, octaves: 0, size: 4 } as const;
  const finals = { kind: 'count', exactBelow: 5, perOctave: 1, octaves: 0, size: 5 } as const;
  const layout: Record<string, { binning: Binning; count: number }> = {
    runs: { binning: { kind: 'count', exactBelow: 1, perOctave: 1, octaves: 0, size: 1 }, count: 1 },
    rungByDay: { binning: rung, count: days * 2 },
    deathsByDay: { binning: DAILY_DEATHS_BINNING, count: days * 2 },
    ceasefireByDay: { binning: ceasefire, count: days },
    borderClosedByDay: { binning: flag, count: days },
    kineticByDay: { binning: flag, count: days },
    peakRung: { binning: rung, count: 1 },
    finalState: { binning: finals, count: 1 },
    firstKineticDay: { binning: DAYS_BINNING, count: 1 },
    t0ToPeak: { binning: DAYS_BINNING, count: 1 },
    ceasefireFromT0: { binning: DAYS_BINNING, count: 1 },
    censoredFromT0: { binning: DAYS_BINNING, count: 1 },
    ceasefireDay: { binning: DAYS_BINNING, count: 1 },
    bouts: { binning: DAYS_BINNING, count: 1 },
    boutLength: { binning: DAYS_BINNING, count: 1 },
    boutPeak: { binning: rung, count: 1 },
    boutGap: { binning: DAYS_BINNING, count: 1 },
    // 1 when a later bout peaked above the first: the conflict climbed the ladder bout by bout.
    boutsClimbed: { binning: flag, count: 1 },
    borderClosedDays: { binning: DAYS_BINNING, count: 1 },
    claimRatio: { binning: RATIO_BINNING, count: 2 },
  };
  for (const name of STATE_TOTALS) layout[name] = { binning: TOTAL_DEATHS_BINNING, count: 2 };
  return layout;
}

/**
 * Bin values by binning (the shared binnings are constants): a summary asks for the same
 * thousands of values (a power of two each) a dozen times.
 */
const BIN_VALUES = new WeakMap<Binning, Float64Array>();

export class EnsembleTallies {
  readonly days: number;
  readonly ladder: Ladder;
  readonly arrays: Record<string, Float64Array>;
  /**
   * Built once: statistics ask for a histogram a few thousand times per summary (per day and
   * state), and building the layout each time was most of a short ensemble's garbage.
   */
  private readonly layout: Record<string, { binning: Binning; count: number }>;

  constructor(days: number, ladder: Ladder, arrays?: Record<string, Float64Array>) {
    this.days = days;
    this.ladder = ladder;
    const layout = tallyLayout(days, this.rungCount);
    this.layout = layout;
    const built: Record<string, Float64Array> = {};
    for (const [name, { binning, count }] of Object.entries(layout)) {
      const given = arrays?.[name];
      if (given !== undefined && given.length !== binning.size * count) {
        throw new RangeError(`tallies "${name}": expected ${binning.size * count} counts, got ${given.length}`);
      }
      built[name] = given ?? new Float64Array(binning.size * count);
    }
    // Copied into a literal: two dozen names stored one by one leave an object in V8's dictionary
    // mode, and `add` reads a dozen of them per run (a hash lookup each). Same names, same order.
    this.arrays = { ...built };
  }

  /** The number of rungs of the ladder the runs climbed: the size of every rung histogram. */
  get rungCount(): number {
    return this.ladder.top + 1;
  }

  get runs(): number {
    return this.arrays.runs![0]!;
  }

  /** The order of the `finalState` histogram's bins. */
  get finalStates(): readonly FinalState[] {
    return FINAL_STATES;
  }

  /** The per-state run totals histogrammed, by name. */
  get stateTotals(): readonly StateTotalName[] {
    return STATE_TOTALS;
  }

  /** The value each bin of histogram `name` stands for (statistics read these, not the binning). */
  binValues(name: string): Float64Array {
    const { binning } = this.layout[name]!;
    let values = BIN_VALUES.get(binning);
    if (values === undefined) {
      values = binValues(binning);
      BIN_VALUES.set(binning, values);
    }
    // A copy (a memcpy): the caller may write to it, the next caller must not see that.
    return values.slice();
  }

  /** A histogram's counts: `name`, the `index`-th of its kind (e.g. day·2 + state). */
  histogram(name: string, index = 0): Float64Array {
    const { binning } = this.layout[name]!;
    return this.arrays[name]!.subarray(index * binning.size, (index + 1) * binning.size);
  }

  /** Adds counts of another ensemble of the same horizon (exact: whole numbers below 2^53). */
  merge(other: EnsembleTallies): void {
    if (other.days !== this.days) throw new RangeError(`cannot merge tallies of ${other.days} and ${this.days} days`);
    if (other.rungCount !== this.rungCount) throw new RangeError(`cannot merge tallies of ladders of ${other.rungCount} and ${this.rungCount} rungs`);
    for (const [name, counts] of Object.entries(this.arrays)) {
      const add = other.arrays[name]!;
      for (let from = 0; from < counts.length; from += CHUNK) addCounts(counts, add, from, Math.min(counts.length, from + CHUNK));
    }
  }

  /** Tallies one finished run. */
  add(run: RunResult): void {
    const a = this.arrays;
    const r = run.records;
    const o = run.outcome;
    const days = this.days;
    const rungBins = this.rungCount;
    const deathBins = DAILY_DEATHS_BINNING.size;
    a.runs![0]! += 1;
    const rungByDay = a.rungByDay!;
    const deathsByDay = a.deathsByDay!;
    const ceasefireByDay = a.ceasefireByDay!;
    const borderByDay = a.borderClosedByDay!;
    const kineticByDay = a.kineticByDay!;
    const kinetic = this.ladder.thresholds.kinetic;
    // Most days' deaths fall in the exact bins: binOf only above them.
    const exactDeaths = DAILY_DEATHS_BINNING.exactBelow;
    const { rung, militaryDeaths, civilianDeaths, ceasefire, borderClosed } = r;
    for (let day = 0; day < days; day += 1) {
      let top = 0;
      for (let at = day * 2; at < day * 2 + 2; at += 1) {
        const atRung = rung[at]!;
        if (atRung > top) top = atRung;
        rungByDay[at * rungBins + atRung]! += 1;
        const deaths = militaryDeaths[at]! + civilianDeaths[at]!;
        deathsByDay[at * deathBins + (deaths < exactDeaths ? deaths : binOf(DAILY_DEATHS_BINNING, deaths))]! += 1;
      }
      ceasefireByDay[day * 4 + ceasefire[day]!]! += 1;
      borderByDay[day * 2 + borderClosed[day]!]! += 1;
      kineticByDay[day * 2 + (top >= kinetic ? 1 : 0)]! += 1;
    }
    a.peakRung![Math.max(0, o.peakRung)]! += 1;
    a.finalState![FINAL_STATES.indexOf(o.finalState)]! += 1;
    const t0 = o.firstKineticDay;
    if (t0 !== null) {
      a.firstKineticDay![t0]! += 1;
      if (o.peakDay !== null) a.t0ToPeak![o.peakDay]! += 1;
      // Time to ceasefire counted from T0, censored at the horizon (a ceasefire before T0 counts as 0).
      if (o.ceasefireDay !== null) a.ceasefireFromT0![Math.max(0, o.ceasefireDay - t0)]! += 1;
      else a.censoredFromT0![days - 1 - t0]! += 1;
    }
    if (o.ceasefireDay !== null) a.ceasefireDay![o.ceasefireDay]! += 1;
    a.bouts![o.bouts.length]! += 1;
    for (const bout of o.bouts) {
      a.boutLength![bout.end - bout.start + 1]! += 1;
      a.boutPeak![bout.peakRung]! += 1;
    }
    for (const gap of o.boutGaps) a.boutGap![gap]! += 1;
    a.boutsClimbed![climbed(o.bouts) ? 1 : 0]! += 1;
    a.borderClosedDays![o.borderClosedDays]! += 1;
    for (let i = 0; i < 2; i += 1) {
      const own = o.totals[i as 0 | 1];
      const enemy = o.totals[i === 0 ? 1 : 0];
      const trueDeaths = own.militaryDeaths + own.civilianDeaths;
      const values: Record<StateTotalName, number> = {
        trueDeaths,
        claimedByEnemy: enemy.claimedEnemyDeaths,
        admitted: own.admittedDeaths,
        spoilerDeaths: own.spoilerDeaths,
      };
      for (const name of STATE_TOTALS) {
        a[name]![i * TOTAL_DEATHS_BINNING.size + binOf(TOTAL_DEATHS_BINNING, values[name])]! += 1;
      }
      if (trueDeaths > 0) a.claimRatio![i * RATIO_BINNING.size + binOf(RATIO_BINNING, enemy.claimedEnemyDeaths / trueDeaths)]! += 1;
    }
  }
}

/**
 * Counts per call of the loops over whole tallies (merge, encode). A process merges a few times:
 * one loop over ~430,000 counts ran in the interpreter throughout (~40 ms), while a small
 * function called once per chunk is compiled after a few calls (~13 ms).
 */
export const CHUNK = 4096;

/** counts[from…to−1] += add[from…to−1]. */
function addCounts(counts: Float64Array, add: Float64Array, from: number, to: number): void {
  for (let n = from; n < to; n += 1) counts[n] = counts[n]! + add[n]!;
}

/** Some bout after the first peaked at a higher rung than the first. */
export function climbed(bouts: readonly { readonly peakRung: number }[]): boolean {
  const first = bouts[0]?.peakRung ?? Infinity;
  return bouts.some((bout, n) => n > 0 && bout.peakRung > first);
}

/** The ceasefire kind of a CEASEFIRE_KINDS index, for readers of ceasefireByDay. */
export const CEASEFIRE_BINS = CEASEFIRE_KINDS;
