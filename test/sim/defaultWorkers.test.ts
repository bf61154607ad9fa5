/** The default worker count follows the job's allocation (Slurm, cgroup CPU quota), not the node. */
import { describe, expect, it } from 'vitest';
import { defaultWorkers, type WorkerEnvironment } from '../../src/sim/defaultWorkers.js';

function machine(cores: number, env: NodeJS.ProcessEnv = {}, files: Record<string, string> = {}): WorkerEnvironment {
  return { cores, env, readText: (path) => files[path] };
}

describe('defaultWorkers', () => {
  it('uses every allowed core when nothing narrows it', () => {
    expect(defaultWorkers(machine(16))).toBe(16);
    expect(defaultWorkers(machine(16, {}, { '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': 'max 100000\n' }))).toBe(16);
  });

  it('follows a Slurm allocation inside a job only', () => {
    expect(defaultWorkers(machine(64, { SLURM_JOB_ID: '7', SLURM_CPUS_PER_TASK: '4', SLURM_CPUS_ON_NODE: '8' }))).toBe(4);
    expect(defaultWorkers(machine(64, { SLURM_JOB_ID: '7', SLURM_CPUS_ON_NODE: '8' }))).toBe(8);
    expect(defaultWorkers(machine(64, { SLURM_CPUS_PER_TASK: '4' }))).toBe(64);
    // An allocation larger than the cores this process may use does not add threads.
    expect(defaultWorkers(machine(2, { SLURM_JOB_ID: '7', SLURM_CPUS_PER_TASK: '4' }))).toBe(2);
  });

  it('follows a cgroup v2 CPU limit on the process cgroup or a parent, rounded up', () => {
    const files = { '/proc/self/cgroup': '0::/kubepods/pod1/ctr\n', '/sys/fs/cgroup/kubepods/pod1/cpu.max': '150000 100000\n', '/sys/fs/cgroup/kubepods/pod1/ctr/cpu.max': 'max 100000\n' };
    expect(defaultWorkers(machine(32, {}, files))).toBe(2);
    expect(defaultWorkers(machine(32, {}, { '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': '50000 100000' }))).toBe(1);
  });

  it('follows a cgroup v1 CFS quota, and ignores -1 (no limit)', () => {
    const v1 = (quota: string) => ({ '/proc/self/cgroup': '4:memory:/x\n3:cpu,cpuacct:/docker/abc\n', '/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us': quota, '/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us': '100000\n' });
    expect(defaultWorkers(machine(32, {}, v1('300000\n')))).toBe(3);
    expect(defaultWorkers(machine(32, {}, v1('-1\n')))).toBe(32);
  });

  it('takes the tightest of Slurm and cgroup', () => {
    const files = { '/proc/self/cgroup': '0::/slurm/job_7\n', '/sys/fs/cgroup/slurm/job_7/cpu.max': '200000 100000' };
    expect(defaultWorkers(machine(64, { SLURM_JOB_ID: '7', SLURM_CPUS_PER_TASK: '4' }, files))).toBe(2);
  });
});
