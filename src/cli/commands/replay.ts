/**
 * `brink replay <dir>`: re-runs what an output folder's manifest records and checks every data
 * file's hash (commands/replay/pipeline.ts), and every file on disk against the same hashes.
 * Exit 0 when all match; exit 1 naming each file that differs and how; exit 2 for a folder
 * whose manifest is incomplete or invalid.
 */
import type { Argv, CommandModule } from 'yargs';
import { replayPipeline } from '../../commands/replay/pipeline.js';
import { EXIT_INTERNAL } from '../errors.js';
import type { Io } from '../io.js';
import { parseWhole } from '../options.js';
import { progressBar, type Progress } from '../progress.js';

interface ReplayArgs {
  dir: string;
  workers?: string;
  quiet: boolean;
}

/** A replay whose results differ from the recorded ones: exit 1. */
export class ReplayMismatch extends Error {
  readonly exitCode = EXIT_INTERNAL;
}

export function replayCommand(io: Io): CommandModule<object, ReplayArgs> {
  return {
    command: 'replay <dir>',
    describe: 're-run an output folder from its manifest and verify every result hash',
    builder: (argv: Argv) =>
      argv
        .positional('dir', { type: 'string', demandOption: true, describe: 'an output folder of brink run, ensemble, compare, diff, sweep, check or calibrate' })
        .option('workers', { type: 'string', describe: 'worker threads (default: the CPUs allowed: Slurm allocation, cgroup CPU limit, else all cores)' })
        .option('quiet', { type: 'boolean', default: false })
        .example('$0 replay reports/durand-line-2025/run-golden-r0-89c8ccdc', 'check that this brink reproduces that run') as unknown as Argv<ReplayArgs>,
    handler: async (args) => {
      const workers = parseWhole('--workers', args.workers, 1, 1024);
      let progress: Progress | undefined;
      let replay;
      try {
        replay = await replayPipeline({
          dir: args.dir,
          ...(workers === undefined ? {} : { workers }),
          hooks: {
            onProgress: (done, total, label) => {
              progress ??= progressBar(!args.quiet, label);
              progress.update(done, total);
            },
          },
        });
      } finally {
        progress?.stop();
      }
      const { files, onDisk, recomputed, firstDifference } = replay;
      if (firstDifference !== undefined) {
        const lines = [
          ...onDisk.map((c) => (c.problem === 'missing' ? `${c.file} is missing from the folder` : `${c.file} on disk differs from the manifest's hash (changed after brink wrote it)`)),
          ...recomputed.map((file) => `${file} as re-run differs from the recorded result`),
        ];
        throw new ReplayMismatch(`replay of ${args.dir}: not verified\n${lines.map((line) => `  ${line}`).join('\n')}`);
      }
      if (!args.quiet) {
        const rerun = files.filter((file) => !replay.onDiskOnly.includes(file));
        const note = replay.onDiskOnly.length === 0 ? '' : `; ${replay.onDiskOnly.join(', ')} checked on disk only (not re-run)`;
        io.stdout(`replay of ${args.dir}: all ${files.length} data files match the manifest, on disk and re-run (${rerun.join(', ')})${note}\n`);
      }
    },
  };
}
