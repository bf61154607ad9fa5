/**
 * The explorer's worker: runs one run with its event log, or a share of an ensemble into fresh
 * tallies, with the functions `brink run` and `brink ensemble` call (`simulateRun`,
 * `executeJob`); that shared code is what makes the page's runs the CLI's runs.
 */
import { simulateRun } from '../../model/run.js';
import { executeJob } from '../../sim/executeBatch.js';
import type { WorkerReply, WorkerRequest } from '../protocol.js';

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerReply, transfer?: ArrayBuffer[]): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    if (data.type === 'run') {
      scope.postMessage({ type: 'run', result: simulateRun(data.params, data.seed, data.runIndex) });
    } else {
      const tallies = executeJob({ params: data.params, seed: data.seed, range: { from: data.from, to: data.to } });
      const buffers = Object.values(tallies.arrays).map((array) => array.buffer as ArrayBuffer);
      scope.postMessage({ type: 'job', from: data.from, to: data.to, arrays: tallies.arrays }, buffers);
    }
  } catch (error) {
    scope.postMessage({ type: 'error', message: (error as Error)?.message ?? String(error) });
  }
};
