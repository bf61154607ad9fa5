/**
 * `brink diff`: two single runs of a scenario side by side — the first day they part and which
 * process parted first — or two output folders compared file by file.
 *
 * Exit codes: 0 whether or not anything differs (a difference is a result, as with `git diff`);
 * with --exit-code, 1 when something differs (as `diff(1)` and `git diff --exit-code`); 2 for bad
 * input.
 */
import type { Argv, CommandModule } from 'yargs';
import { diffFolders, isFolder } from '../../commands/diff/folders.js';
import { diffPipeline } from '../../commands/diff/pipeline.js';
import { diffJson, folderDiffText, runDiffText } from '../../commands/diff/summary.js';
import { messages } from '../../scenarios/messages.js';
import { EXIT_INTERNAL, flagError } from '../errors.js';
import type { Io } from '../io.js';
import { asList, parseWhole, withScenarioOptions, type ScenarioFlags } from '../options.js';
import { printResult, withPreamble } from '../preamble.js';

interface DiffArgs extends Omit<ScenarioFlags, 'seed'> {
  a: string;
  b?: string;
  seed?: string | string[];
  'set-b'?: string | string[];
  'run-index'?: string | string[];
  'exit-code': boolean;
}

/** Something differs and --exit-code asked for it to show in the exit status (and only there). */
export class Differs extends Error {
  readonly exitCode = EXIT_INTERNAL;
}

/** One or two values of a repeatable flag: one per side. */
function oneOrTwo(flag: string, value: unknown): string[] {
  const values = asList(value);
  if (values.length > 2) throw flagError(flag, messages.diffRunCount(flag, values.length));
  return values;
}

export function diffCommand(io: Io): CommandModule<object, DiffArgs> {
  return {
    command: 'diff <a> [b]',
    describe: 'two runs side by side (first day and process that differ), or two output folders file by file',
    builder: (argv: Argv) =>
      withScenarioOptions(argv)
        .positional('a', { type: 'string', demandOption: true, describe: 'a scenario file, or the first of two output folders' })
        .positional('b', { type: 'string', describe: 'the second output folder' })
        .option('run-index', { type: 'string', describe: 'run index, once for both runs or once per run (default 0)', requiresArg: true })
        .option('set-b', { type: 'string', describe: "override a parameter of run B's scenario only: path=value (repeatable)", requiresArg: true })
        .option('exit-code', { type: 'boolean', default: false, describe: 'exit 1 when the runs or folders differ (as diff(1)); default: 0 either way' })
        .example('$0 diff scenarios/durand-line-2025.yaml --seed a --seed b', 'run 0 of seeds a and b: where do they part?')
        .example('$0 diff scenarios/durand-line-2025.yaml --seed golden --run-index 3 --run-index 7', 'two runs of one seed')
        .example('$0 diff scenarios/durand-line-2025.yaml --seed golden --set-b spoilers.ttp.hazard=0.2', 'one run, one parameter changed: when does it matter?')
        .example('$0 diff reports/old/run-golden-r0-89c8ccdc reports/new/run-golden-r0-89c8ccdc --exit-code', 'did a new brink change the results?') as unknown as Argv<DiffArgs>,
    handler: async (args) => {
      if (args.b !== undefined || isFolder(args.a)) {
        diffFolderPair(io, args);
        return;
      }
      const seeds = oneOrTwo('--seed', args.seed);
      const runIndices = oneOrTwo('--run-index', args['run-index']).map((k) => parseWhole('--run-index', k, 0, Number.MAX_SAFE_INTEGER)!);
      const diff = await withPreamble(io, { ...args, seed: undefined }, (common) =>
        diffPipeline({ ...common, scenario: args.a, setB: asList(args['set-b']), seeds, runIndices }),
      );
      printResult(io, args, () => diffJson(diff), () => runDiffText(diff.a, diff.b, diff.runA, diff.runB, diff.divergence, diff.folder));
      if (args['exit-code'] && !diff.divergence.identical) throw new Differs('');
    },
  };
}

function diffFolderPair(io: Io, args: DiffArgs): void {
  const { a, b } = args;
  if (b === undefined) throw flagError(a, messages.diffOneFolder());
  const runFlags = (['seed', 'set', 'set-b', 'run-index', 'days'] as const).filter((flag) => args[flag] !== undefined).map((flag) => `--${flag}`);
  if (runFlags.length > 0) throw flagError(runFlags.join(', '), messages.diffFolderFlags(runFlags));
  const result = diffFolders(a, b);
  printResult(io, args, () => ({ a, b, ...result }), () => folderDiffText(a, b, result));
  if (args['exit-code'] && !result.identical) throw new Differs('');
}
