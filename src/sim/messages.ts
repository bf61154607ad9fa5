/**
 * Messages between the pool and its workers. In an ensemble a worker keeps one set of tallies
 * for all its batches and hands them over once, at the end: batches carry only outcome rows.
 * A job (one share of one sweep point) carries its own parameters and is answered with its
 * own tallies, so one pool serves every point of a sweep.
 */
import type { ModelParams } from '../model/types.js';
import type { RunRange } from './plan.js';

export type WorkerRequest =
  | { readonly type: 'init'; readonly params: ModelParams; readonly seed: string; readonly failAtRun?: number }
  | { readonly type: 'batch'; readonly range: RunRange }
  | { readonly type: 'finish' }
  | { readonly type: 'job'; readonly job: number; readonly params: ModelParams; readonly seed: string; readonly range: RunRange; readonly failAtRun?: number };

export type WorkerReply =
  | { readonly type: 'rows'; readonly range: RunRange; readonly rows: string }
  | { readonly type: 'tallies'; readonly arrays: Record<string, Float64Array> }
  | { readonly type: 'job'; readonly job: number; readonly arrays: Record<string, Float64Array> }
  | { readonly type: 'error'; readonly runIndex: number; readonly message: string };
