/**
 * The `brink` command line. Builds the yargs program from one module per command, runs it, and
 * turns every failure into an exit code (ARCHITECTURE.md): 0 ok, 1 internal, 2 bad input,
 * 130 interrupted. The only module that ends the process.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { rmSync } from 'node:fs';
import { temporaryPaths } from '../report/atomicFolder.js';
import { provenance } from '../report/provenance.js';
import { ensembleCommand } from './commands/ensemble.js';
import { mergeCommand } from './commands/merge.js';
import { replayCommand } from './commands/replay.js';
import { runCommand } from './commands/run.js';
import { schemaCommand } from './commands/schema.js';
import { sweepCommand } from './commands/sweep.js';
import { validateCommand } from './commands/validate.js';
import { EXIT_INTERRUPTED, EXIT_OK, flagError, reportError } from './errors.js';
import { processIo, type Io } from './io.js';

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const program = yargs([...argv])
    .scriptName('brink')
    .usage('$0 <command> [options]\n\nSeeded simulation of escalation between two states, with spoilers and mediators.')
    .command(runCommand(io))
    .command(ensembleCommand(io))
    .command(sweepCommand(io))
    .command(mergeCommand(io))
    .command(replayCommand(io))
    .command(validateCommand(io))
    .command(schemaCommand(io))
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

function removeTemporaryFolders(): void {
  for (const folder of temporaryPaths()) rmSync(folder, { recursive: true, force: true });
}

/** The process entry point used by `bin/brink.js`: Ctrl-C leaves nothing partial and exits 130. */
export function runCli(argv: readonly string[] = hideBin(process.argv)): void {
  process.on('SIGINT', () => {
    removeTemporaryFolders();
    process.exit(EXIT_INTERRUPTED);
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.exitCode = reportError(error, processIo.stderr);
    },
  );
}
