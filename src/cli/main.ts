/**
 * The `brink` command line. Builds the yargs program from one module per command, runs it, and
 * turns every failure into an exit code (docs/architecture.md): 0 ok, 1 internal, 2 bad input,
 * 129/130/143 stopped by SIGHUP/SIGINT/SIGTERM. The only module that ends the process.
 *
 * Only the command named on the line is loaded (`COMMANDS`, dynamic imports): a command's
 * module pulls in its pipeline, and the pipelines together pull in every layer (zod schemas,
 * statistics, charts, esbuild for explore), which took longer to load than a short ensemble
 * takes to run. Without a known command (help, a typo, completion queries) every command is
 * loaded, as yargs needs them all to list or suggest.
 */
import yargs, { type CommandModule } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { rmSync } from 'node:fs';
import { temporaryPaths } from '../report/atomicFolder.js';
import { provenance } from '../report/provenance.js';
import { completionCommand, YARGS_COMPLETION_COMMAND } from './commands/completion.js';
import { EXIT_HANGUP, EXIT_INTERRUPTED, EXIT_OK, EXIT_TERMINATED, flagError, reportError } from './errors.js';
import { processIo, type Io } from './io.js';

type CommandLoader = (io: Io) => Promise<CommandModule<object, any>>;

/** Every command by name, in the order `brink --help` lists them; each loads its module when asked. */
const COMMANDS: readonly (readonly [string, CommandLoader])[] = [
  ['init', async (io) => (await import('./commands/init.js')).initCommand(io)],
  ['run', async (io) => (await import('./commands/run.js')).runCommand(io)],
  ['ensemble', async (io) => (await import('./commands/ensemble.js')).ensembleCommand(io)],
  ['compare', async (io) => (await import('./commands/compare.js')).compareCommand(io)],
  ['diff', async (io) => (await import('./commands/diff.js')).diffCommand(io)],
  ['sweep', async (io) => (await import('./commands/sweep.js')).sweepCommand(io)],
  ['merge', async (io) => (await import('./commands/merge.js')).mergeCommand(io)],
  ['check', async (io) => (await import('./commands/check.js')).checkCommand(io)],
  ['calibrate', async (io) => (await import('./commands/calibrate.js')).calibrateCommand(io)],
  ['replay', async (io) => (await import('./commands/replay.js')).replayCommand(io)],
  ['explore', async (io) => (await import('./commands/explore.js')).exploreCommand(io)],
  ['validate', async (io) => (await import('./commands/validate.js')).validateCommand(io)],
  ['scenarios', async (io) => (await import('./commands/scenarios.js')).scenariosCommand(io)],
  ['show', async (io) => (await import('./commands/show.js')).showCommand(io)],
  ['schema', async (io) => (await import('./commands/schema.js')).schemaCommand(io)],
];

/** The command modules this command line needs: the one it names, or all of them. */
async function commandsFor(argv: readonly string[], io: Io): Promise<CommandModule<object, any>[]> {
  // Commands come first on brink's line; flags before them are only --help and --version.
  const named = argv.find((word) => !word.startsWith('-'));
  const chosen = COMMANDS.filter(([name]) => name === named);
  return Promise.all((chosen.length === 1 ? chosen : COMMANDS).map(([, load]) => load(io)));
}

interface CompletionScript {
  showCompletionScript($0: string, command: string): unknown;
}

/** The part of yargs' internals `skipHelpCache` reaches (present in yargs 17 and 18). */
interface YargsInternals {
  getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } };
}

/**
 * yargs renders the whole help text (cliui, string-width) as each command's handler starts, in
 * case the handler asks for it later: 15 ms of every command, on its critical path. No brink
 * handler shows help (failures go through `.fail`, which prints no help), so nothing reads it.
 */
function skipHelpCache(program: unknown): void {
  const usage = (program as YargsInternals).getInternalMethods?.().getUsageInstance?.();
  if (usage !== undefined && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let commands: CommandModule<object, any>[];
  try {
    commands = await commandsFor(argv, io);
  } catch (error) {
    return reportError(error, io.stderr);
  }
  const program = yargs(joinDashValues(argv))
    .scriptName('brink')
    .usage('$0 <command> [options]\n\nSeeded simulation of escalation between two states, with spoilers and mediators.')
    .command(commands)
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
  skipHelpCache(program);
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
