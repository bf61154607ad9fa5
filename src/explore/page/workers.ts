/**
 * The page's Web Workers, started from a Blob URL of the embedded worker bundle (a page opened
 * from file:// may not load a worker script by URL). One worker serves single runs; an ensemble
 * gets its own workers, which Cancel terminates.
 */
import type { RunResult } from '../../model/run.js';
import type { ModelParams } from '../../model/types.js';
import { EnsembleTallies } from '../../sim/tallies.js';
import type { WorkerReply, WorkerRequest } from '../protocol.js';

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** An ensemble's tallies, and its outcome rows in run-index order (whatever order batches finished in). */
export interface EnsembleRuns {
  readonly tallies: EnsembleTallies;
  readonly rows: string;
}

export class WorkerPool {
  private readonly url: string;
  private runner: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(workerCode: string) {
    this.url = URL.createObjectURL(new Blob([workerCode], { type: 'text/javascript' }));
  }

  /** Run `runIndex` of `seed` with its event log, as `brink run --run-index` does. */
  run(params: ModelParams, seed: string, runIndex: number): Promise<RunResult> {
    this.runner ??= new Worker(this.url);
    const worker = this.runner;
    // One request at a time: replies carry no id, so they must come back in order.
    const next = this.queue.then(
      () =>
        new Promise<RunResult>((resolve, reject) => {
          worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
            if (data.type === 'run') resolve(data.result);
            else reject(new Error(data.type === 'error' ? data.message : 'unexpected reply'));
          };
          worker.onerror = (event) => reject(new Error(event.message));
          worker.postMessage({ type: 'run', params, seed, runIndex } satisfies WorkerRequest);
        }),
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Runs 0 … runs−1 of `seed` in batches shared among `workerCount` workers and merges their
   * tallies (integer counts, so the order batches finish in cannot change a result). Rejects
   * with `Cancelled` when `signal` aborts.
   */
  ensemble(params: ModelParams, seed: string, runs: number, workerCount: number, onProgress: (done: number) => void, signal: AbortSignal): Promise<EnsembleRuns> {
    // About 50 progress steps, but never batches so long that Cancel or progress seem stuck.
    const size = Math.min(250, Math.max(10, Math.ceil(runs / 50)));
    const batches: { from: number; to: number }[] = [];
    for (let from = 0; from < runs; from += size) batches.push({ from, to: Math.min(runs, from + size) });
    const total = new EnsembleTallies(params.days, params.ladder);
    const workers = Array.from({ length: Math.min(workerCount, batches.length) }, () => new Worker(this.url));
    const stop = () => workers.forEach((worker) => worker.terminate());
    const rows: string[] = [];
    return new Promise<EnsembleRuns>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let finished = 0;
      const fail = (error: Error) => {
        stop();
        reject(error);
      };
      signal.addEventListener('abort', () => fail(new Cancelled()), { once: true });
      const feed = (worker: Worker) => {
        const batch = batches[next];
        next += 1;
        if (batch === undefined) return;
        worker.postMessage({ type: 'job', params, seed, ...batch } satisfies WorkerRequest);
      };
      for (const worker of workers) {
        worker.onerror = (event) => fail(new Error(event.message));
        worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
          if (signal.aborted) return;
          if (data.type !== 'job') return fail(new Error(data.type === 'error' ? data.message : 'unexpected reply'));
          total.merge(new EnsembleTallies(params.days, params.ladder, data.arrays));
          rows[batches.findIndex((batch) => batch.from === data.from)] = data.rows;
          done += data.to - data.from;
          finished += 1;
          onProgress(done);
          if (finished === batches.length) {
            stop();
            resolve({ tallies: total, rows: rows.join('') });
          } else feed(worker);
        };
        feed(worker);
      }
    });
  }
}
