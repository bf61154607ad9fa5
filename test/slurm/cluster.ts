/**
 * A private single-node Slurm cluster for the scale-out test: munged, slurmctld and slurmd from
 * Debian's `munge` and `slurm-wlm`, on 127.0.0.1, everything (key, sockets, state, spool, logs,
 * configuration) under one temporary folder. No systemd: each daemon runs in the foreground
 * (`-D`, `-F`) as a child of this process and is stopped by its PID. Needs root, as slurmd
 * does to start jobs.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

const DAEMONS = { munged: '/usr/sbin/munged', slurmctld: '/usr/sbin/slurmctld', slurmd: '/usr/sbin/slurmd' };
const CLIENTS = ['sbatch', 'squeue', 'scancel', 'sinfo'];
/** The node's name in slurm.conf; slurmd is told it with -N, as the machine's hostname differs. */
const NODE = 'brink1';

/** Why a Slurm cluster cannot be started here, or undefined when it can. */
export function whyNoSlurm(): string | undefined {
  const missing = Object.values(DAEMONS).filter((path) => !existsSync(path));
  const clients = spawnSync('sh', ['-c', `command -v ${CLIENTS.join(' ')}`], { encoding: 'utf8' });
  if (missing.length > 0 || clients.status !== 0) return `Slurm or munge is not installed (apt-get install -y slurm-wlm munge)`;
  if (process.getuid?.() !== 0) return 'the private Slurm cluster needs root (slurmd starts jobs)';
  return undefined;
}

export interface Job {
  readonly [field: string]: string;
}

export class SlurmCluster {
  private readonly daemons: ChildProcess[] = [];

  private constructor(
    /** The temporary folder holding the whole cluster. */
    readonly dir: string,
    /** Environment for Slurm's commands: SLURM_CONF points at this cluster. */
    readonly env: NodeJS.ProcessEnv,
  ) {}

  static async start(): Promise<SlurmCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'brink-slurm-'));
    // The jobs run as root too, but munged refuses a socket folder others cannot enter.
    chmodSync(dir, 0o755);
    for (const sub of ['munge', 'state', 'spool', 'log']) mkdirSync(join(dir, sub));
    const key = join(dir, 'munge', 'munge.key');
    writeFileSync(key, randomBytes(1024), { mode: 0o400 });
    const socket = join(dir, 'munge', 'munge.sock');
    const [ctldPort, slurmdPort] = [await freePort(), await freePort()];
    const conf = join(dir, 'slurm.conf');
    writeFileSync(conf, slurmConf(dir, socket, ctldPort, slurmdPort));
    // Slurm's commands and daemons find this cluster through SLURM_CONF; variables of a job this
    // test might itself run in would confuse them.
    const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SLURM_') && !k.startsWith('SBATCH_')));
    env.SLURM_CONF = conf;
    const cluster = new SlurmCluster(dir, env);
    try {
      // --force: munged as root, with its key in a folder it did not create.
      cluster.daemon('munged', [DAEMONS.munged, '-F', '--force', `--socket=${socket}`, `--key-file=${key}`, `--pid-file=${join(dir, 'munge', 'munged.pid')}`, `--seed-file=${join(dir, 'munge', 'munged.seed')}`, `--log-file=${join(dir, 'log', 'munged.log')}`]);
      await until(() => existsSync(socket), 20_000, 'munged did not create its socket', cluster);
      cluster.daemon('slurmctld', [DAEMONS.slurmctld, '-D', '-f', conf]);
      cluster.daemon('slurmd', [DAEMONS.slurmd, '-D', '-N', NODE, '-f', conf]);
      await until(() => cluster.command('sinfo', ['-h', '-N', '-o', '%T']).stdout.trim() === 'idle', 60_000, 'the node did not become idle', cluster);
      return cluster;
    } catch (error) {
      await cluster.stop(true);
      throw error;
    }
  }

  private daemon(name: string, argv: string[]): void {
    const log = openSync(join(this.dir, 'log', `${name}.out`), 'a');
    const child = spawn(argv[0]!, argv.slice(1), { env: this.env, stdio: ['ignore', log, log] });
    closeSync(log);
    this.daemons.push(child);
  }

  /** A Slurm client command, synchronously. */
  command(name: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { status: number; stdout: string; stderr: string } {
    const result = spawnSync(name, args, { cwd: options.cwd, env: { ...this.env, ...options.env }, encoding: 'utf8' });
    return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
  }

  /** A bash script (the doc's submission lines), run where jobs are submitted from. */
  bash(script: string, cwd: string, env: NodeJS.ProcessEnv = {}): { status: number; stdout: string; stderr: string } {
    const result = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd, env: { ...this.env, ...env }, encoding: 'utf8' });
    return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
  }

  /** Job ids in the queue (pending or running). */
  queued(): string[] {
    const result = this.command('squeue', ['-h', '-o', '%i']);
    if (result.status !== 0) throw new Error(`squeue failed: ${result.stderr}`);
    return result.stdout.split('\n').filter((line) => line.trim() !== '');
  }

  /** Waits until nothing is queued. */
  async drain(timeoutMs: number): Promise<void> {
    await until(() => this.queued().length === 0, timeoutMs, 'jobs still queued', this);
  }

  /** Every finished job (array tasks one by one), from jobcomp/filetxt. */
  finished(): Job[] {
    const file = join(this.dir, 'log', 'jobcomp.txt');
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => Object.fromEntries([...line.matchAll(/(\w+)=(\S*)/g)].map((m) => [m[1]!, m[2]!])));
  }

  /** The daemons' logs, for a failure message. */
  logs(): string {
    return ['slurmctld.log', 'slurmd.log', 'slurmctld.out', 'slurmd.out']
      .map((name) => join(this.dir, 'log', name))
      .filter(existsSync)
      .map((file) => `--- ${file}\n${readFileSync(file, 'utf8').split('\n').slice(-30).join('\n')}`)
      .join('\n');
  }

  /** Stops every daemon this cluster started (by PID, newest first), then removes the folder. */
  async stop(keep = false): Promise<void> {
    for (const child of [...this.daemons].reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    if (!keep) rmSync(this.dir, { recursive: true, force: true });
  }
}

function slurmConf(dir: string, socket: string, ctldPort: number, slurmdPort: number): string {
  return `# A private test cluster (test/slurm/cluster.ts): one node, loopback only. slurmctld must run
# on the host it names, so that is this machine's name, reached at 127.0.0.1.
ClusterName=brinktest
SlurmctldHost=${hostname().split('.')[0]}(127.0.0.1)
SlurmctldPort=${ctldPort}
SlurmdPort=${slurmdPort}
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=${socket}
StateSaveLocation=${dir}/state
SlurmdSpoolDir=${dir}/spool
SlurmctldPidFile=${dir}/slurmctld.pid
SlurmdPidFile=${dir}/slurmd.pid
SlurmctldLogFile=${dir}/log/slurmctld.log
SlurmdLogFile=${dir}/log/slurmd.log
MailProg=/bin/true
# A process group per job: scancel signals all of it, without cgroups (none to manage here).
ProctrackType=proctrack/pgid
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
# Finished jobs go to a text file: no slurmdbd, no database.
JobCompType=jobcomp/filetxt
JobCompLoc=${dir}/log/jobcomp.txt
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
MpiDefault=none
SwitchType=switch/none
ReturnToService=2
# Between scancel's SIGTERM and SIGKILL: brink must stop well within it (the test checks).
KillWait=30
MinJobAge=3600
# The node declares 8 CPUs and 4 GB whatever the machine has (config_overrides), so the doc's
# --cpus-per-task=4 and --mem=1G fit as written, two tasks at a time.
SlurmdParameters=config_overrides
NodeName=${NODE} NodeAddr=127.0.0.1 CPUs=8 RealMemory=4096 State=UNKNOWN
PartitionName=test Nodes=${NODE} Default=YES MaxTime=INFINITE State=UP
`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function until(condition: () => boolean, timeoutMs: number, what: string, cluster?: SlurmCluster): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs / 1000} s\n${cluster?.logs() ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
