/**
 * A long-lived ensemble worker: receives the scenario once, then batches of run indices, and
 * answers each batch with its tallies (buffers transferred, not copied) and outcome rows.
 */
import { parentPort } from 'node:worker_threads';
import type { ModelParams } from '../model/types.js';
import { executeBatch, RunError } from './executeBatch.js';
import type { WorkerReply, WorkerRequest } from './messages.js';

let params: ModelParams | undefined;
let seed = '';
let failAtRun: number | undefined;

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.type === 'init') {
    params = request.params;
    seed = request.seed;
    failAtRun = request.failAtRun;
    return;
  }
  try {
    const result = executeBatch(params!, seed, request.range, failAtRun === undefined ? {} : { failAtRun });
    const arrays = result.tallies.arrays;
    const reply: WorkerReply = { type: 'done', range: result.range, arrays, rows: result.rows };
    parentPort!.postMessage(reply, Object.values(arrays).map((a) => a.buffer as ArrayBuffer));
  } catch (error) {
    const reply: WorkerReply =
      error instanceof RunError
        ? { type: 'error', runIndex: error.runIndex, message: error.detail }
        : { type: 'error', runIndex: request.range.from, message: String((error as Error)?.message ?? error) };
    parentPort!.postMessage(reply);
  }
});
