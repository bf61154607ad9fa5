/**
 * The `brink` command line. Builds the yargs program from one module per command, runs it, and
 * turns every failure into an exit code (docs/architecture.md): 0 ok, 1 internal, 2 bad input,
 * 129/130/143 stopped by SIGHUP/SIGINT/SIGTERM. The only module that ends the process.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { rmSync } from 'node:fs';
import { temporaryPaths } from '../report/atomicFolder.js';
import { provenance } from '../report/provenance.js';
import { calibrateCommand } from './commands/calibrate.js';
import { checkCommand } from './commands/check.js';
import { completionCommand, YARGS_COMPLETION_COMMAND } from './commands/completion.js';
import { compareCommand } from './commands/compare.js';
import { diffCommand } from './commands/diff.js';
import { ensembleCommand } from './commands/ensemble.js';
import { exploreCommand } from './commands/explore.js';
import { initCommand } from './commands/init.js';
import { mergeCommand } from './commands/merge.js';
import { replayCommand } from './commands/replay.js';
import { runCommand } from './commands/run.js';
import { scenariosCommand } from './commands/scenarios.js';
import { schemaCommand } from './commands/schema.js';
import { showCommand } from './commands/show.js';
import { sweepCommand } from './commands/sweep.js';
import { validateCommand } from './commands/validate.js';
import { EXIT_HANGUP, EXIT_INTERRUPTED, EXIT_OK, EXIT_TERMINATED, flagError, reportError } from './errors.js';
import { processIo, type Io } from './io.js';

interface CompletionScript {
  showCompletionScript($0: string, command: string): unknown;
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const program = yargs(joinDashValues(argv))
    .scriptName('brink')
    .usage('$0 <command> [options]\n\nSeeded simulation of escalation between two states, with spoilers and mediators.')
    .command(initCommand(io))
    .command(runCommand(io))
    .command(ensembleCommand(io))
    .command(compareCommand(io))
    .command(diffCommand(io))
    .command(sweepCommand(io))
    .command(mergeCommand(io))
    .command(checkCommand(io))
    .command(calibrateCommand(io))
    .command(replayCommand(io))
    .command(exploreCommand(io))
    .command(validateCommand(io))
    .command(scenariosCommand(io))
    .command(showCommand(io))
    .command(schemaCommand(io))
    // @types/yargs omits showCompletionScript's arguments: ($0, the command named in the script's install hint).
    .command(completionCommand(() => (program as unknown as CompletionScript).showCompletionScript('brink', 'completion')))
    .completion(YARGS_COMPLETION_COMMAND, false)
    .example('$0 init && $0 run my-scenario.yaml', 'write a commented scenario file, then run it once')
    .example('$0 ensemble scenarios/durand-line-2025.yaml --runs 1000 --seed golden', 'outcome probabilities of the October 2025 case')
    .example('$0 <command> --help', "a command's options and examples")
    .demandCommand(1, 'name a command: brink <command> --help for its options')
    .strict()
    .version(provenance().version)
    .help()
    .alias('h', 'help')
    // Unwrapped when piped, so example lines stay copyable.
    .wrap(process.stdout.isTTY ? Math.min(120, process.stdout.columns) : null)
    .exitProcess(false)
    .fail((message, error) => {
      // yargs reports its own usage problems as a message; errors from handlers pass through.
      throw error ?? flagError('brink', `${message} (see brink --help)`);
    });
  try {
    await program.parseAsync();
    return EXIT_OK;
  } catch (error) {
    return reportError(error, io.stderr);
  }
}

/**
 * `--shard -1/2` as `--shard=-1/2`: yargs reads a value that starts with `-` and is not a
 * number as more flags (`-1`, `-/`, `-2`), so the person was told "Unknown argument: 1" instead
 * of what is wrong with the shard they gave.
 */
function joinDashValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (argv[i] === '--shard' && next !== undefined && /^-\d/.test(next)) {
      out.push(`--shard=${next}`);
      i++;
    } else {
      out.push(argv[i]!);
    }
  }
  return out;
}

function removeTemporaryFolders(): void {
  for (const folder of temporaryPaths()) rmSync(folder, { recursive: true, force: true });
}

/**
 * Signals that stop brink. SIGTERM is how `scancel`, a Slurm time limit and a Kubernetes eviction
 * ask a process to stop, SIGHUP a closed terminal or ssh session: each must leave the shared
 * output folder as Ctrl-C does, with no hidden staging folder behind. Node's default for all
 * three is to die on the spot, so each needs a handler.
 */
const STOP_SIGNALS = { SIGINT: EXIT_INTERRUPTED, SIGTERM: EXIT_TERMINATED, SIGHUP: EXIT_HANGUP } as const;

/**
 * The process entry point used by `bin/brink.js`: a stop signal leaves nothing partial (worker
 * threads end with the process) and exits 128 + the signal number.
 */
export function runCli(argv: readonly string[] = hideBin(process.argv)): void {
  // `brink … | head` closes stdout early: that is the reader's choice, not an error to report.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  for (const [signal, code] of Object.entries(STOP_SIGNALS)) {
    process.on(signal, () => {
      removeTemporaryFolders();
      process.exit(code);
    });
  }
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.exitCode = reportError(error, processIo.stderr);
    },
  );
}
