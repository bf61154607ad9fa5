/**
 * Messages between the pool and its workers. A worker keeps one set of tallies for all its
 * batches and hands them over once, at the end: batches carry only outcome rows.
 */
import type { ModelParams } from '../model/types.js';
import type { RunRange } from './plan.js';

export type WorkerRequest =
  | { readonly type: 'init'; readonly params: ModelParams; readonly seed: string; readonly failAtRun?: number }
  | { readonly type: 'batch'; readonly range: RunRange }
  | { readonly type: 'finish' };

export type WorkerReply =
  | { readonly type: 'rows'; readonly range: RunRange; readonly rows: string }
  | { readonly type: 'tallies'; readonly arrays: Record<string, Float64Array> }
  | { readonly type: 'error'; readonly runIndex: number; readonly message: string };
