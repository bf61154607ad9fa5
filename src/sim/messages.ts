/** Messages between the pool and its workers. */
import type { ModelParams } from '../model/types.js';
import type { RunRange } from './plan.js';

export type WorkerRequest =
  | { readonly type: 'init'; readonly params: ModelParams; readonly seed: string; readonly failAtRun?: number }
  | { readonly type: 'batch'; readonly range: RunRange };

export type WorkerReply =
  | { readonly type: 'done'; readonly range: RunRange; readonly arrays: Record<string, Float64Array>; readonly rows: string }
  | { readonly type: 'error'; readonly runIndex: number; readonly message: string };
