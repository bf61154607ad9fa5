/**
 * `brink replay <dir>`: re-runs what an output folder's manifest records and checks every data
 * file's hash (commands/replay/pipeline.ts). Exit 0 when all match; exit 1 naming the first file
 * that differs.
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
        .positional('dir', { type: 'string', demandOption: true, describe: 'an output folder of brink run, ensemble, compare, diff or check' })
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
      const { files, firstDifference } = replay;
      if (firstDifference !== undefined) throw new ReplayMismatch(`replay of ${args.dir}: ${firstDifference} differs from the recorded result (first differing file)`);
      if (!args.quiet) io.stdout(`replay of ${args.dir}: all ${files.length} data files match (${files.join(', ')})\n`);
    },
  };
}
