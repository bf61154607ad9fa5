/**
 * Executes batches of runs on the main thread and a pool of long-lived worker threads (the only
 * worker_threads code in brink): N workers are the main thread and N−1 threads, one worker the
 * main thread alone. Batches are handed out as executors free up; rows arrive in any order (the caller restores run-index order) and each
 * executor's tallies arrive once, at the end. Sweeps hand out jobs instead (executeJobs): each
 * carries its own parameters and comes back with its own tallies.
 */
import { Worker } from 'node:worker_threads';
import { createDayRecords } from '../model/records.js';
import type { ModelParams } from '../model/types.js';
import { executeBatch, executeJob, RunError, type Executor, type Job } from './executeBatch.js';
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

/**
 * The one way out of a pool's promise: terminate every worker, stop listening for the abort
 * signal, and resolve or reject exactly once (an already aborted signal settles at once).
 */
function settleOnce(signal: AbortSignal | undefined, workers: readonly Worker[], resolve: () => void, reject: (error: Error) => void) {
  let settled = false;
  const finish = (error?: Error): void => {
    if (settled) return;
    settled = true;
    signal?.removeEventListener('abort', onAbort);
    for (const worker of workers) void worker.terminate();
    if (error === undefined) resolve();
    else reject(error);
  };
  const onAbort = (): void => finish(abortError());
  signal?.addEventListener('abort', onAbort);
  if (signal?.aborted) finish(abortError());
  return { finish, isSettled: () => settled };
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
  // One batch keeps one worker busy at most: starting a thread (and loading the model into it)
  // would only add its start-up to a short ensemble's wall time. Same bytes either way.
  if (options.workers <= 1 || ranges.length <= 1) return executeInProcess(params, seed, ranges, options, callbacks);
  return executeOnWorkers(params, seed, ranges, options, callbacks);
}

function mainExecutor(params: ModelParams, seed: string, failAtRun: number | undefined): Executor {
  return {
    params,
    seed,
    tallies: new EnsembleTallies(params.days, params.ladder),
    records: createDayRecords(params.days),
    ...(failAtRun === undefined ? {} : { failAtRun }),
  };
}

async function executeInProcess(
  params: ModelParams,
  seed: string,
  ranges: readonly RunRange[],
  options: PoolOptions,
  callbacks: PoolCallbacks,
): Promise<void> {
  const executor = mainExecutor(params, seed, options.failAtRun);
  for (const range of ranges) {
    if (options.signal?.aborted) throw abortError();
    callbacks.onRows(range, executeBatch(executor, range));
    // Let signals and progress output through between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  callbacks.onTallies(executor.tallies);
}

/** Batches a worker thread holds at once: the one it runs and the next, so it never waits for the main thread to hand one over. */
const IN_FLIGHT = 2;

/**
 * N workers are the main thread and N−1 threads. The main thread would otherwise sit idle while
 * the threads run, and each thread pays its own start-up (loading the model, warming it up)
 * before its first run: with 2 workers on 2 cores, the main thread's share is runs that start
 * at once. Between its batches it answers the threads, so each thread is sent its next batch
 * before it needs it.
 */
function executeOnWorkers(
  params: ModelParams,
  seed: string,
  ranges: readonly RunRange[],
  options: PoolOptions,
  callbacks: PoolCallbacks,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const queue = halves(ranges);
    const workers: Worker[] = [];
    const { finish, isSettled } = settleOnce(options.signal, workers, resolve, reject);
    if (isSettled()) return;
    const threads = Math.max(1, Math.min(options.workers, ranges.length) - 1);
    // Executors whose tallies are still to come: the threads and the main thread.
    let talliesPending = threads + 1;
    const talliesDone = (tallies: EnsembleTallies): void => {
      callbacks.onTallies(tallies);
      talliesPending -= 1;
      if (talliesPending === 0) finish();
    };
    const inFlight = new Map<Worker, number>();
    const feed = (worker: Worker): void => {
      while (inFlight.get(worker)! < IN_FLIGHT) {
        const range = queue.shift();
        if (range === undefined) {
          if (inFlight.get(worker) === 0) {
            inFlight.set(worker, Infinity);
            worker.postMessage({ type: 'finish' } satisfies WorkerRequest);
          }
          return;
        }
        inFlight.set(worker, inFlight.get(worker)! + 1);
        worker.postMessage({ type: 'batch', range } satisfies WorkerRequest);
      }
    };
    const init: WorkerRequest =
      options.failAtRun === undefined ? { type: 'init', params, seed } : { type: 'init', params, seed, failAtRun: options.failAtRun };
    for (let w = 0; w < threads; w += 1) {
      const worker = new Worker(workerUrl());
      workers.push(worker);
      inFlight.set(worker, 0);
      worker.on('message', (reply: WorkerReply) => {
        if (isSettled()) return;
        try {
          if (reply.type === 'error') throw new RunError(reply.runIndex, reply.message);
          if (reply.type === 'rows') {
            inFlight.set(worker, inFlight.get(worker)! - 1);
            callbacks.onRows(reply.range, reply.rows);
            feed(worker);
            return;
          }
          talliesDone(new EnsembleTallies(params.days, params.ladder, reply.arrays));
        } catch (error) {
          finish(error as Error);
        }
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!isSettled()) finish(new Error(`an ensemble worker exited early (code ${code})`));
      });
      worker.postMessage(init);
      feed(worker);
    }
    const executor = mainExecutor(params, seed, options.failAtRun);
    // One batch at a time, yielding in between (setImmediate: after the threads' messages).
    const runNext = (): void => {
      if (isSettled()) return;
      try {
        const range = queue.shift();
        // Inside the try: an error thrown from a setImmediate callback would never settle the promise.
        if (range === undefined) {
          talliesDone(executor.tallies);
          return;
        }
        callbacks.onRows(range, executeBatch(executor, range));
        // A thread that sent its rows while this batch ran gets its next batch before the next one here.
        for (const worker of workers) feed(worker);
      } catch (error) {
        finish(error as Error);
        return;
      }
      setImmediate(runNext);
    };
    setImmediate(runNext);
  });
}

/**
 * Each batch cut in two: batches already in a thread's hands when the queue runs out are the
 * tail the main thread waits for, and with two per thread in flight, smaller ones keep it short.
 */
function halves(ranges: readonly RunRange[]): RunRange[] {
  const out: RunRange[] = [];
  for (const { from, to } of ranges) {
    const middle = from + Math.ceil((to - from) / 2);
    out.push({ from, to: middle });
    if (middle < to) out.push({ from: middle, to });
  }
  return out;
}

/** A run of a job that threw: which job, besides which run. */
export class JobRunError extends RunError {
  constructor(
    readonly job: number,
    runIndex: number,
    detail: string,
  ) {
    super(runIndex, detail);
    this.name = 'JobRunError';
  }
}

/**
 * Executes independent jobs, each into its own tallies, handed to `onJob` as jobs finish (in
 * any order). One pool serves all jobs, so a sweep starts its workers once.
 */
export async function executeJobs(
  jobs: readonly Job[],
  options: Omit<PoolOptions, 'failAtRun'>,
  onJob: (job: number, tallies: EnsembleTallies) => void,
): Promise<void> {
  if (options.workers <= 1) {
    for (let j = 0; j < jobs.length; j += 1) {
      if (options.signal?.aborted) throw abortError();
      let tallies: EnsembleTallies;
      try {
        tallies = executeJob(jobs[j]!);
      } catch (error) {
        if (error instanceof RunError) throw new JobRunError(j, error.runIndex, error.detail);
        throw error;
      }
      onJob(j, tallies);
      // Let signals and progress output through between jobs.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return;
  }
  return new Promise((resolve, reject) => {
    let next = 0;
    let running = 0;
    const workers: Worker[] = [];
    const { finish, isSettled } = settleOnce(options.signal, workers, resolve, reject);
    if (isSettled()) return;
    if (jobs.length === 0) return finish();
    const current = new Map<Worker, number>();
    const feed = (worker: Worker): void => {
      if (next >= jobs.length) {
        if (running === 0) finish();
        return;
      }
      const job = next;
      next += 1;
      running += 1;
      current.set(worker, job);
      const { params, seed, range, failAtRun } = jobs[job]!;
      worker.postMessage({ type: 'job', job, params, seed, range, ...(failAtRun === undefined ? {} : { failAtRun }) } satisfies WorkerRequest);
    };
    for (let w = 0; w < Math.min(options.workers, jobs.length); w += 1) {
      const worker = new Worker(workerUrl());
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (isSettled()) return;
        try {
          if (reply.type === 'error') throw new JobRunError(current.get(worker)!, reply.runIndex, reply.message);
          if (reply.type !== 'job') throw new Error(`a sweep worker sent an unexpected ${reply.type} message`);
          running -= 1;
          onJob(reply.job, new EnsembleTallies(jobs[reply.job]!.params.days, jobs[reply.job]!.params.ladder, reply.arrays));
          feed(worker);
        } catch (error) {
          finish(error as Error);
        }
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!isSettled()) finish(new Error(`a sweep worker exited early (code ${code})`));
      });
      feed(worker);
    }
  });
}
