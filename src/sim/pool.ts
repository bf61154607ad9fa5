/**
 * Executes batches of runs on a pool of long-lived worker threads (the only worker_threads
 * code in brink), or on the main thread when one worker is asked for. Batches are handed out
 * as workers free up; rows arrive in any order (the caller restores run-index order) and each
 * executor's tallies arrive once, at the end.
 */
import { Worker } from 'node:worker_threads';
import { createDayRecords } from '../model/records.js';
import type { ModelParams } from '../model/types.js';
import { executeBatch, RunError, type Executor } from './executeBatch.js';
import type { WorkerReply, WorkerRequest } from './messages.js';
import type { RunRange } from './plan.js';
import { EnsembleTallies } from './tallies.js';

export interface PoolOptions {
  readonly workers: number;
  readonly signal?: AbortSignal;
  readonly failAtRun?: number;
}

export interface PoolCallbacks {
  /** A batch's outcome rows, in run-index order within the batch. */
  readonly onRows: (range: RunRange, rows: string) => void;
  /** One executor's tallies (called once per executor, after its last batch). */
  readonly onTallies: (tallies: EnsembleTallies) => void;
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
  callbacks: PoolCallbacks,
): Promise<void> {
  if (options.workers <= 1) return executeInProcess(params, seed, ranges, options, callbacks);
  return executeOnWorkers(params, seed, ranges, options, callbacks);
}

async function executeInProcess(
  params: ModelParams,
  seed: string,
  ranges: readonly RunRange[],
  options: PoolOptions,
  callbacks: PoolCallbacks,
): Promise<void> {
  const executor: Executor = {
    params,
    seed,
    tallies: new EnsembleTallies(params.days),
    records: createDayRecords(params.days),
    ...(options.failAtRun === undefined ? {} : { failAtRun: options.failAtRun }),
  };
  for (const range of ranges) {
    if (options.signal?.aborted) throw abortError();
    callbacks.onRows(range, executeBatch(executor, range));
    // Let signals and progress output through between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  callbacks.onTallies(executor.tallies);
}

function executeOnWorkers(
  params: ModelParams,
  seed: string,
  ranges: readonly RunRange[],
  options: PoolOptions,
  callbacks: PoolCallbacks,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const queue = [...ranges];
    const workers: Worker[] = [];
    let talliesPending = 0;
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
    const feed = (worker: Worker): void => {
      const range = queue.shift();
      worker.postMessage((range === undefined ? { type: 'finish' } : { type: 'batch', range }) satisfies WorkerRequest);
    };
    const count = Math.max(1, Math.min(options.workers, ranges.length));
    talliesPending = count;
    for (let w = 0; w < count; w += 1) {
      const worker = new Worker(workerUrl());
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (settled) return;
        try {
          if (reply.type === 'error') throw new RunError(reply.runIndex, reply.message);
          if (reply.type === 'rows') {
            callbacks.onRows(reply.range, reply.rows);
            feed(worker);
            return;
          }
          callbacks.onTallies(new EnsembleTallies(params.days, reply.arrays));
          talliesPending -= 1;
          if (talliesPending === 0) finish();
        } catch (error) {
          finish(error as Error);
        }
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`an ensemble worker exited early (code ${code})`));
      });
      const init: WorkerRequest =
        options.failAtRun === undefined ? { type: 'init', params, seed } : { type: 'init', params, seed, failAtRun: options.failAtRun };
      worker.postMessage(init);
      feed(worker);
    }
  });
}
