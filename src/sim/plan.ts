/**
 * Which runs an ensemble command does: run indices 0…N−1, or one shard's contiguous share of
 * them, cut into batches for workers. Results never depend on the batching.
 */

export interface RunRange {
  /** First run index (inclusive). */
  readonly from: number;
  /** End (exclusive). */
  readonly to: number;
}

export interface Shard {
  /** 0-based shard number. */
  readonly index: number;
  readonly count: number;
}

/** Shard i of N gets indices ⌊i·runs/N⌋ … ⌊(i+1)·runs/N⌋ − 1: contiguous, covering, disjoint. */
export function shardRange(runs: number, shard: Shard | undefined): RunRange {
  if (shard === undefined) return { from: 0, to: runs };
  return { from: Math.floor((shard.index * runs) / shard.count), to: Math.floor(((shard.index + 1) * runs) / shard.count) };
}

/** Consecutive batches of at most `size` runs. */
export function batches(range: RunRange, size: number): RunRange[] {
  const out: RunRange[] = [];
  for (let from = range.from; from < range.to; from += size) out.push({ from, to: Math.min(range.to, from + size) });
  return out;
}

/**
 * About 32 batches per worker: small enough that the last batches leave no worker idle for
 * long (the tail is at most one batch), large enough that the per-batch transfer and merge of
 * tallies stays negligible.
 */
export function batchSize(runs: number, workers: number): number {
  return Math.max(20, Math.min(1000, Math.ceil(runs / (workers * 32))));
}
