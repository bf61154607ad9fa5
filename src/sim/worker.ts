/**
 * A long-lived ensemble worker: receives the scenario once, then batches of run indices, each
 * answered with its outcome rows; on `finish`, its tallies (buffers transferred, not copied).
 * Sweep jobs come with their own parameters and are answered with their own tallies.
 */
import { parentPort } from 'node:worker_threads';
import { createDayRecords } from '../model/records.js';
import { executeBatch, executeJob, RunError, type Executor } from './executeBatch.js';
import type { WorkerReply, WorkerRequest } from './messages.js';
import { EnsembleTallies } from './tallies.js';

let executor: Executor | undefined;

function reply(message: WorkerReply, transfer: ArrayBuffer[] = []): void {
  parentPort!.postMessage(message, transfer);
}

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.type === 'init') {
    const { params, seed, failAtRun } = request;
    executor = {
      params,
      seed,
      tallies: new EnsembleTallies(params.days, params.ladder),
      records: createDayRecords(params.days),
      ...(failAtRun === undefined ? {} : { failAtRun }),
    };
    return;
  }
  if (request.type === 'finish') {
    const arrays = executor!.tallies.arrays;
    reply({ type: 'tallies', arrays }, Object.values(arrays).map((a) => a.buffer as ArrayBuffer));
    return;
  }
  try {
    if (request.type === 'job') {
      const arrays = executeJob(request).arrays;
      reply({ type: 'job', job: request.job, arrays }, Object.values(arrays).map((a) => a.buffer as ArrayBuffer));
      return;
    }
    reply({ type: 'rows', range: request.range, rows: executeBatch(executor!, request.range) });
  } catch (error) {
    reply(
      error instanceof RunError
        ? { type: 'error', runIndex: error.runIndex, message: error.detail }
        : { type: 'error', runIndex: request.range.from, message: String((error as Error)?.message ?? error) },
    );
  }
});
