/**
 * Executes batches of runs on a pool of long-lived worker threads (the only worker_threads
 * code in brink), or on the main thread when one worker is asked for. Batches are handed out
 * as workers free up; results arrive in any order and the caller puts them back in order.
 */
import { Worker } from 'node:worker_threads';
import type { ModelParams } from '../model/types.js';
import { executeBatch, RunError, type BatchResult } from './executeBatch.js';
import type { WorkerReply, WorkerRequest } from './messages.js';
import type { RunRange } from './plan.js';
import { EnsembleTallies } from './tallies.js';

export interface PoolOptions {
  readonly workers: number;
  readonly signal?: AbortSignal;
  readonly failAtRun?: number;
}

/** Compiled: worker.js beside this file. From source: a bootstrap that registers tsx first. */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./workerBootstrap.mjs', import.meta.url) : new URL('./worker.js', import.meta.url);
}

export function abortError(): Error {
  const error = new Error('interrupted');
  error.name = 'AbortError';
  return error;
}

export async function executeBatches(
  params: ModelParams,
  seed: string,
  ranges: readonly RunRange[],
  options: PoolOptions,
  onResult: (result: BatchResult) => void,
): Promise<void> {
  if (options.workers <= 1) return executeInProcess(params, seed, ranges, options, onResult);
  return executeOnWorkers(params, seed, ranges, options, onResult);
}

async function executeInProcess(
  params: ModelParams,
  seed: string,
  ranges: readonly RunRange[],
  options: PoolOptions,
  onResult: (result: BatchResult) => void,
): Promise<void> {
  for (const range of ranges) {
    if (options.signal?.aborted) throw abortError();
    onResult(executeBatch(params, seed, range, options.failAtRun === undefined ? {} : { failAtRun: options.failAtRun }));
    // Let signals and progress output through between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function executeOnWorkers(
  params: ModelParams,
  seed: string,
  ranges: readonly RunRange[],
  options: PoolOptions,
  onResult: (result: BatchResult) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const queue = [...ranges];
    const workers: Worker[] = [];
    let outstanding = ranges.length;
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      for (const worker of workers) void worker.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    const onAbort = (): void => finish(abortError());
    options.signal?.addEventListener('abort', onAbort);
    if (options.signal?.aborted) return finish(abortError());
    if (outstanding === 0) return finish();
    const feed = (worker: Worker): void => {
      const range = queue.shift();
      if (range !== undefined) worker.postMessage({ type: 'batch', range } satisfies WorkerRequest);
    };
    const count = Math.min(options.workers, ranges.length);
    for (let w = 0; w < count; w += 1) {
      const worker = new Worker(workerUrl());
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (settled) return;
        if (reply.type === 'error') return finish(new RunError(reply.runIndex, reply.message));
        try {
          onResult({ range: reply.range, tallies: new EnsembleTallies(params.days, reply.arrays), rows: reply.rows });
        } catch (error) {
          return finish(error as Error);
        }
        outstanding -= 1;
        if (outstanding === 0) finish();
        else feed(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!settled && code !== 0) finish(new Error(`an ensemble worker exited with code ${code}`));
      });
      const init: WorkerRequest = options.failAtRun === undefined ? { type: 'init', params, seed } : { type: 'init', params, seed, failAtRun: options.failAtRun };
      worker.postMessage(init);
      feed(worker);
    }
  });
}
