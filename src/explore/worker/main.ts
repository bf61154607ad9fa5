/**
 * The explorer's worker: runs one run with its event log, or a share of an ensemble into fresh
 * tallies, with the functions `brink run` and `brink ensemble` call (`simulateRun`,
 * `executeBatch`); that shared code is what makes the page's runs the CLI's runs.
 */
import { createDayRecords } from '../../model/records.js';
import { simulateRun } from '../../model/run.js';
import { executeBatch } from '../../sim/executeBatch.js';
import { EnsembleTallies } from '../../sim/tallies.js';
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
      const { params, seed } = data;
      const tallies = new EnsembleTallies(params.days, params.ladder);
      const rows = executeBatch({ params, seed, tallies, records: createDayRecords(params.days) }, { from: data.from, to: data.to });
      const buffers = Object.values(tallies.arrays).map((array) => array.buffer as ArrayBuffer);
      scope.postMessage({ type: 'job', from: data.from, to: data.to, arrays: tallies.arrays, rows }, buffers);
    }
  } catch (error) {
    scope.postMessage({ type: 'error', message: (error as Error)?.message ?? String(error) });
  }
};
