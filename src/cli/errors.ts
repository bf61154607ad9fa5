/**
 * Exit codes (docs/architecture.md "The CLI") and how failures reach a person: bad input and
 * file-system failures (full disk, unwritable or non-folder --out) get their problem and exit 2,
 * never a stack trace; anything else is an internal error, exit 1, with what is needed to
 * replay it.
 */
import { RunFailure } from '../commands/shared/runFailure.js';
import { describeFileSystemError, isFileSystemError } from '../report/fileSystemError.js';
import { formatProblem, InputError } from '../scenarios/index.js';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INPUT = 2;
export const EXIT_INTERRUPTED = 130;
/** 128 + the signal number, as a shell reports a process the signal ended. */
export const EXIT_HANGUP = 129;
export const EXIT_TERMINATED = 143;

/** Problems printed for one bad input, at most. */
export const MAX_PROBLEMS_SHOWN = 20;

export { flagError } from '../commands/shared/flagError.js';

/** Prints an error for a person and returns the exit code. */
export function reportError(error: unknown, stderr: (text: string) => void): number {
  if (error instanceof InputError) {
    // Past a screenful the rest are mostly consequences of the first: say how many, not all.
    const shown = error.problems.slice(0, MAX_PROBLEMS_SHOWN).map(formatProblem).join('\n');
    const more = error.problems.length - MAX_PROBLEMS_SHOWN;
    stderr(`${shown}\n${more > 0 ? `… and ${more} more problem${more === 1 ? '' : 's'} (fix the first ones and run again)\n` : ''}`);
    return EXIT_INPUT;
  }
  // The environment's failure, not brink's: the path and the cause, exit 2 (the writer has
  // already removed what it staged).
  if (isFileSystemError(error)) {
    stderr(`brink: ${describeFileSystemError(error)}\n`);
    if (process.env.BRINK_DEBUG) stderr(`${error.stack ?? ''}\n`);
    return EXIT_INPUT;
  }
  if (error instanceof RunFailure) {
    stderr(`brink: internal error: ${error.message}\n`);
    const overrides = (error.scenario?.overrides ?? []).map((o) => ` ${o}`).join('');
    const set = (error.at?.set ?? []).map((s) => ` --set ${s}`).join('');
    stderr(`replay it alone with: brink run ${error.scenario?.file ?? '<scenario>'} --seed ${error.seed} --run-index ${error.runIndex}${overrides}${set}\n`);
    if (process.env.BRINK_DEBUG) stderr(`${(error.failure as Error)?.stack ?? ''}\n`);
    return EXIT_INTERNAL;
  }
  if (error instanceof Error && 'exitCode' in error && typeof error.exitCode === 'number') {
    // A failure that is a result, not a bug (e.g. a replay that does not reproduce); an empty
    // message means the exit status says it all (brink diff --exit-code, like diff(1)).
    if (error.message !== '') stderr(`brink: ${error.message}\n`);
    return error.exitCode;
  }
  stderr(`brink: internal error: ${(error as Error)?.message ?? String(error)}\n`);
  stderr('this is a bug in brink; set BRINK_DEBUG=1 for a stack trace\n');
  if (process.env.BRINK_DEBUG) stderr(`${(error as Error)?.stack ?? ''}\n`);
  return EXIT_INTERNAL;
}
