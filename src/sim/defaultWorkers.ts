/**
 * How many worker threads to start when `--workers` is not given: the CPUs this process may
 * actually use, not the cores of the machine. A Slurm task or a Kubernetes pod on a 64-core node
 * is often allowed 4 of them; 64 threads there would only time-slice each other (and each holds
 * a copy of the model), so the job's allocation wins when the environment tells it:
 *
 * - `availableParallelism()`: the cores, already narrowed by CPU affinity (cpusets, taskset,
 *   Slurm's task/affinity);
 * - Slurm: `SLURM_CPUS_PER_TASK` (the job asked `--cpus-per-task`), else `SLURM_CPUS_ON_NODE`
 *   (what the job was given on this node), read only inside a job (`SLURM_JOB_ID` set);
 * - a cgroup CPU quota (a container's CPU limit, Slurm's task/cgroup): cgroup v2 `cpu.max`, or
 *   v1 `cpu.cfs_quota_us` / `cpu.cfs_period_us`, rounded up to whole CPUs.
 *
 * The smallest of those, at least 1.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** What defaultWorkers reads, injectable for tests. */
export interface WorkerEnvironment {
  readonly env: NodeJS.ProcessEnv;
  readonly cores: number;
  /** A file's text, or undefined when it cannot be read. */
  readonly readText: (path: string) => string | undefined;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

const processEnvironment = (): WorkerEnvironment => ({ env: process.env, cores: availableParallelism(), readText });

export function defaultWorkers(environment: WorkerEnvironment = processEnvironment()): number {
  const limits = [environment.cores, slurmCpus(environment.env), cgroupCpus(environment.readText)];
  const known = limits.filter((n): n is number => n !== undefined && Number.isFinite(n) && n >= 1);
  return Math.max(1, Math.min(...known));
}

function positive(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*[1-9][0-9]*\s*$/.test(text)) return undefined;
  return Number(text);
}

function slurmCpus(env: NodeJS.ProcessEnv): number | undefined {
  if (env.SLURM_JOB_ID === undefined) return undefined;
  return positive(env.SLURM_CPUS_PER_TASK) ?? positive(env.SLURM_CPUS_ON_NODE);
}

/** CPUs allowed by the tightest quota on this process's cgroup or any parent of it. */
function cgroupCpus(read: WorkerEnvironment['readText']): number | undefined {
  const membership = read('/proc/self/cgroup');
  if (membership === undefined) return undefined;
  const quotas: number[] = [];
  for (const line of membership.split('\n')) {
    // "hierarchy-id:controllers:path"; v2 is "0::/path", v1 names its controllers ("cpu,cpuacct").
    const match = /^[0-9]+:([^:]*):(\/.*)$/.exec(line.trim());
    if (match === null) continue;
    const [, controllers, path] = match as unknown as [string, string, string];
    if (controllers === '') {
      for (const dir of ancestors('/sys/fs/cgroup', path)) {
        const quota = v2Quota(read(`${dir}/cpu.max`));
        if (quota !== undefined) quotas.push(quota);
      }
    } else if (controllers.split(',').includes('cpu')) {
      for (const mount of ['/sys/fs/cgroup/cpu', '/sys/fs/cgroup/cpu,cpuacct']) {
        for (const dir of ancestors(mount, path)) {
          const quota = v1Quota(read(`${dir}/cpu.cfs_quota_us`), read(`${dir}/cpu.cfs_period_us`));
          if (quota !== undefined) quotas.push(quota);
        }
      }
    }
  }
  return quotas.length === 0 ? undefined : Math.min(...quotas);
}

/** The cgroup folder of `path` under `mount` and every parent folder up to the mount. */
function ancestors(mount: string, path: string): string[] {
  const parts = path.split('/').filter((p) => p !== '' && p !== '..');
  const dirs: string[] = [];
  for (let n = parts.length; n >= 0; n -= 1) dirs.push([mount, ...parts.slice(0, n)].join('/'));
  return dirs;
}

function v2Quota(text: string | undefined): number | undefined {
  // "max 100000" is no limit; "200000 100000" is 2 CPUs.
  const match = text === undefined ? null : /^\s*([0-9]+)\s+([0-9]+)\s*$/.exec(text);
  if (match === null) return undefined;
  return wholeCpus(Number(match[1]), Number(match[2]));
}

function v1Quota(quota: string | undefined, period: string | undefined): number | undefined {
  // A quota of -1 is no limit.
  const q = positive(quota);
  const p = positive(period);
  return q === undefined || p === undefined ? undefined : wholeCpus(q, p);
}

function wholeCpus(quota: number, period: number): number | undefined {
  if (!(quota > 0 && period > 0)) return undefined;
  // 1.5 CPUs of quota keeps 2 threads busy enough to use it; never round a quota down to 0.
  return Math.max(1, Math.ceil(quota / period));
}
