/**
 * `--shard i/N`, or `--shard N` with i from the scheduler: JOB_COMPLETION_INDEX (Kubernetes
 * Indexed Job, 0-based) or SLURM_ARRAY_TASK_ID (Slurm job array). docs/scale-out.md shows both.
 *
 * A Slurm array task id IS the shard index: the array is declared `--array=0-(N-1)`. The id is
 * deliberately not made relative to SLURM_ARRAY_TASK_MIN: that is the smallest id of the array
 * as submitted, so rerunning one failed task (`sbatch --array=2 …`) has MIN = 2 and would build
 * shard 0 again, exit 0, and leave shard 2 missing. An id outside 0…N−1 (a 1-based array) is
 * refused rather than guessed at; `--shard $((SLURM_ARRAY_TASK_ID - 1))/N` serves such arrays.
 */
import { messages } from '../scenarios/messages.js';
import type { Shard } from '../sim/plan.js';
import { flagError } from './errors.js';

export function parseShard(value: unknown, env: NodeJS.ProcessEnv = process.env): Shard | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const explicit = /^([0-9]+)\/([1-9][0-9]*)$/.exec(text);
  const countOnly = /^([1-9][0-9]*)$/.exec(text);
  let index: number;
  let count: number;
  let hint = '';
  if (explicit !== null) {
    index = Number(explicit[1]);
    count = Number(explicit[2]);
  } else if (countOnly !== null) {
    count = Number(countOnly[1]);
    const scheduled = indexFromScheduler(env);
    index = scheduled.index;
    if (scheduled.slurm) hint = ` (SLURM_ARRAY_TASK_ID is the shard index: declare the array as --array=0-${count - 1})`;
  } else {
    throw flagError('--shard', messages.expectedFound('i/N (shard i of N, 0-based) or N with JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID set', text));
  }
  if (index >= count) {
    throw flagError('--shard', messages.expectedFound(`a shard index from 0 to ${count - 1}${hint}`, index));
  }
  return { index, count };
}

function indexFromScheduler(env: NodeJS.ProcessEnv): { index: number; slurm: boolean } {
  const kubernetes = env.JOB_COMPLETION_INDEX;
  if (kubernetes !== undefined && /^[0-9]+$/.test(kubernetes)) return { index: Number(kubernetes), slurm: false };
  const slurm = env.SLURM_ARRAY_TASK_ID;
  if (slurm !== undefined && /^[0-9]+$/.test(slurm)) return { index: Number(slurm), slurm: true };
  throw flagError('--shard', 'a shard count alone needs JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID in the environment; give --shard i/N otherwise');
}
