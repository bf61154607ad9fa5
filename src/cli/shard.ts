/**
 * `--shard i/N`, or `--shard N` with i from the scheduler: JOB_COMPLETION_INDEX (Kubernetes
 * Indexed Job, 0-based) or SLURM_ARRAY_TASK_ID (Slurm job array, made 0-based with
 * SLURM_ARRAY_TASK_MIN when set). docs/scale-out.md shows both.
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
  if (explicit !== null) {
    index = Number(explicit[1]);
    count = Number(explicit[2]);
  } else if (countOnly !== null) {
    count = Number(countOnly[1]);
    index = indexFromScheduler(env);
  } else {
    throw flagError('--shard', messages.expectedFound('i/N (shard i of N, 0-based) or N with JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID set', text));
  }
  if (index >= count) throw flagError('--shard', messages.expectedFound(`a shard index from 0 to ${count - 1}`, index));
  return { index, count };
}

function indexFromScheduler(env: NodeJS.ProcessEnv): number {
  const kubernetes = env.JOB_COMPLETION_INDEX;
  if (kubernetes !== undefined && /^[0-9]+$/.test(kubernetes)) return Number(kubernetes);
  const slurm = env.SLURM_ARRAY_TASK_ID;
  if (slurm !== undefined && /^[0-9]+$/.test(slurm)) {
    const min = env.SLURM_ARRAY_TASK_MIN;
    return Number(slurm) - (min !== undefined && /^[0-9]+$/.test(min) ? Number(min) : 0);
  }
  throw flagError('--shard', 'a shard count alone needs JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID in the environment; give --shard i/N otherwise');
}
