/**
 * `brink calibrate <scenario> --targets <file> --param path=low:high …`: a reproducible search
 * for the parameter values that best reproduce a targets file (commands/calibrate/pipeline.ts
 * has the phases).
 */
import type { Argv, CommandModule } from 'yargs';
import { calibrateCasesPipeline } from '../../commands/calibrate/casesPipeline.js';
import { calibratePipeline } from '../../commands/calibrate/pipeline.js';
import { calibrateCasesJson, calibrateCasesSummaryText, calibrateJson, calibrateSummaryText } from '../../commands/calibrate/summary.js';
import { flagError } from '../errors.js';
import type { Io } from '../io.js';
import { asList, parseWhole, withScenarioOptions, type ScenarioFlags } from '../options.js';
import { printResult, withPreamble } from '../preamble.js';

interface CalibrateArgs extends ScenarioFlags {
  scenario?: string;
  targets?: string;
  cases?: string;
  param?: string | string[];
  budget?: string;
  runs?: string;
  cache: boolean;
  'check-runs'?: string;
  population?: string;
}

export function calibrateCommand(io: Io): CommandModule<object, CalibrateArgs> {
  return {
    command: 'calibrate [scenario]',
    describe: 'search parameters for the best fit to a targets file; writes the best set as a scenario with its check',
    builder: (argv: Argv) =>
      withScenarioOptions(argv)
        .positional('scenario', { type: 'string', describe: 'scenario file (YAML or JSON); not with --cases' })
        .option('targets', { type: 'string', describe: 'targets file (YAML)' })
        .option('cases', {
          type: 'string',
          requiresArg: true,
          describe: "one dyad's folder of bouts: search the dyad file's shared parameters against every bout at once (the score sums over bouts)",
        })
        .option('param', { type: 'string', describe: 'a parameter to search: path=from:to (repeatable; as in brink sweep)', requiresArg: true })
        .option('budget', { type: 'string', describe: 'candidates to evaluate (default 60)' })
        .option('runs', { type: 'string', describe: 'runs per candidate during the search (default 200)' })
        .option('check-runs', { type: 'string', describe: "runs of the final check of the best candidate (default: the targets file's runs)" })
        .option('cache', { type: 'boolean', default: true, describe: 'reuse finished results from <out>/<scenario>/.cache (--no-cache recomputes everything, e.g. to check a result independently)' })
        .option('population', { type: 'string', describe: 'candidates per generation (default max(6, 2·params + 2))' })
        .example(
          '$0 calibrate scenarios/durand-line-2025.yaml --targets scenarios/targets/oct-2025.yaml --param states.pakistan.proportionality=0.5:1.5 --param states.pakistan.tolerance=2:12',
          'two parameters, 60 candidates of 200 runs',
        )
        .example('$0 calibrate --cases scenarios/cases/pakistan-afghanistan --param states.pakistan.tolerance=2:12 --budget 30 --runs 100', 'the dyad file calibrated on all its bouts') as unknown as Argv<CalibrateArgs>,
    handler: async (args) => {
      if (args.cases !== undefined) return calibrateCases(io, args);
      const calibrated = await withPreamble(io, args, (common) => {
        const budget = parseWhole('--budget', args.budget, 1, 100_000);
        const runs = parseWhole('--runs', args.runs, 1, 1_000_000);
        const checkRuns = parseWhole('--check-runs', args['check-runs'], 1, 1_000_000);
        const population = parseWhole('--population', args.population, 2, 10_000);
        if (args.scenario === undefined) throw flagError('brink calibrate', 'expected a scenario file and --targets, or --cases <dyad folder>');
        if (args.targets === undefined) throw flagError('--targets', 'expected a targets file (YAML) with the scenario');
        return calibratePipeline({
          ...common,
          cache: args.cache,
          scenario: args.scenario,
          targets: args.targets,
          params: asList(args.param),
          ...(budget === undefined ? {} : { budget }),
          ...(runs === undefined ? {} : { runs }),
          ...(checkRuns === undefined ? {} : { checkRuns }),
          ...(population === undefined ? {} : { population }),
        });
      });
      printResult(io, args, () => calibrateJson(calibrated), () => calibrateSummaryText(calibrated));
    },
  };
}

/** `brink calibrate --cases <dyad folder>`: the dyad file's shared parameters against all its bouts. */
async function calibrateCases(io: Io, args: CalibrateArgs): Promise<void> {
  if (args.scenario !== undefined) throw flagError('--cases', `searches the dyad file the bouts extend: expected no scenario file, found ${args.scenario}`);
  if (args.targets !== undefined) throw flagError('--cases', `takes each bout's targets from <bout>.targets.yaml beside it: expected no --targets, found ${args.targets}`);
  // The calibrated dyad file alone must reproduce what was scored: an override would not be in it.
  if (asList(args.set).length > 0 || args.days !== undefined) throw flagError('--cases', 'expected no --set or --days: write fixed values into the dyad or bout files, so the calibrated dyad file reproduces the search');
  const cases = args.cases!;
  const calibrated = await withPreamble(io, args, (common) => {
    const budget = parseWhole('--budget', args.budget, 1, 100_000);
    const runs = parseWhole('--runs', args.runs, 1, 1_000_000);
    const checkRuns = parseWhole('--check-runs', args['check-runs'], 1, 1_000_000);
    const population = parseWhole('--population', args.population, 2, 10_000);
    const { set: _set, days: _days, ...rest } = common;
    return calibrateCasesPipeline({
      ...rest,
      cases,
      cache: args.cache,
      params: asList(args.param),
      ...(budget === undefined ? {} : { budget }),
      ...(runs === undefined ? {} : { runs }),
      ...(checkRuns === undefined ? {} : { checkRuns }),
      ...(population === undefined ? {} : { population }),
    });
  });
  printResult(io, args, () => calibrateCasesJson(calibrated), () => calibrateCasesSummaryText(cases, calibrated));
}
