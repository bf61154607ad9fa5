/**
 * `brink diff`: two single runs of a scenario side by side — the first day they part and which
 * process parted first — or two output folders compared file by file.
 *
 * Exit codes: 0 whether or not anything differs (a difference is a result, as with `git diff`);
 * with --exit-code, 1 when something differs (as `diff(1)` and `git diff --exit-code`); 2 for bad
 * input.
 */
import { statSync } from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { simulateRun } from '../../model/index.js';
import { writeDiffFolder } from '../../report/diffFolder.js';
import { compareFolders } from '../../report/folderDiff.js';
import { refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { SEED_PATTERN } from '../../scenarios/index.js';
import { messages } from '../../scenarios/messages.js';
import { runDivergence } from '../../stats/index.js';
import { folderDiffText, runDiffText } from '../diffSummary.js';
import { EXIT_INTERNAL, flagError, RunFailure } from '../errors.js';
import type { Io } from '../io.js';
import { asList, chooseSeed, parseWhole, withScenarioOptions, type ScenarioFlags } from '../options.js';
import { loadPair } from '../pair.js';

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

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

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
        diffFolders(io, args);
        return;
      }
      const startedAt = new Date();
      const started = performance.now();
      const days = parseWhole('--days', args.days, 0, Number.MAX_SAFE_INTEGER);
      const seeds = oneOrTwo('--seed', args.seed);
      const indices = oneOrTwo('--run-index', args['run-index']).map((k) => parseWhole('--run-index', k, 0, Number.MAX_SAFE_INTEGER)!);
      const setB = asList(args['set-b']);
      const [a, b] = loadPair(args.a, args.a, { set: asList(args.set), setB, ...(days === undefined ? {} : { days }) });
      for (const seed of seeds) if (!SEED_PATTERN.test(seed)) throw flagError('--seed', messages.seedFormat(seed));
      const { seed: seedA, source } = seeds.length > 0 ? { seed: seeds[0]!, source: 'flag' as const } : chooseSeed(undefined, a);
      if (source === 'generated') io.stderr(`no seed given: using generated seed ${seedA}\n`);
      const seedB = seeds[1] ?? seedA;
      const [indexA, indexB] = [indices[0] ?? 0, indices[1] ?? indices[0] ?? 0];
      if (seedA === seedB && indexA === indexB && setB.length === 0) throw flagError('brink diff', messages.diffNothingToCompare());
      const run = (params: typeof a.params, seed: string, runIndex: number) => {
        try {
          return simulateRun(params, seed, runIndex);
        } catch (error) {
          throw new RunFailure(seed, runIndex, error);
        }
      };
      const runA = run(a.params, seedA, indexA);
      const runB = run(b.params, seedB, indexB);
      const divergence = runDivergence(a.params, runA, runB);
      const { folder } = await writeDiffFolder({
        outRoot: args.out,
        a,
        b,
        runA,
        runB,
        divergence,
        seedSource: source,
        startedAt,
        wallMs: performance.now() - started,
        charts: args.charts,
      });
      refreshReportsIndex(args.out);
      if (args.json) {
        const differingDays = divergence.phaseByDay.filter((p) => p !== null).length;
        io.stdout(`${JSON.stringify({ folder, a: { seed: seedA, runIndex: indexA, overrides: a.overrides }, b: { seed: seedB, runIndex: indexB, overrides: b.overrides }, identical: divergence.identical, differingDays, first: divergence.first }, null, 2)}\n`);
      } else if (!args.quiet) {
        io.stdout(runDiffText(a, b, runA, runB, divergence, folder));
      }
      if (args['exit-code'] && !divergence.identical) throw new Differs('');
    },
  };
}

function diffFolders(io: Io, args: DiffArgs): void {
  if (args.b === undefined) throw flagError(args.a, messages.diffOneFolder());
  const runFlags = (['seed', 'set', 'set-b', 'run-index', 'days'] as const).filter((flag) => args[flag] !== undefined).map((flag) => `--${flag}`);
  if (runFlags.length > 0) throw flagError(runFlags.join(', '), messages.diffFolderFlags(runFlags));
  const result = compareFolders(args.a, args.b);
  if (args.json) io.stdout(`${JSON.stringify({ a: args.a, b: args.b, ...result }, null, 2)}\n`);
  else if (!args.quiet) io.stdout(folderDiffText(args.a, args.b, result));
  if (args['exit-code'] && !result.identical) throw new Differs('');
}
