/**
 * `brink calibrate <scenario> --targets <file> --param path=low:high …`: a reproducible search
 * for the parameter values that best reproduce a targets file; writes the best set as a
 * scenario file with its check report. Resumable: finished candidates are cached.
 */
import type { Argv, CommandModule } from 'yargs';
import { calibrate } from '../../calibration/calibrate.js';
import { checkTargets, type CheckResult } from '../../calibration/checkTargets.js';
import { currentValue, unitCoordinate } from '../../calibration/search/currentValue.js';
import { writeCalibrateFolder } from '../../report/calibrateFolder.js';
import { JsonCache } from '../../report/evaluationCache.js';
import { refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { provenance } from '../../report/provenance.js';
import { InputError, loadScenarioText, loadTargets, prepareScenario, scenarioTextWithValues, type LoadedScenario, type Override } from '../../scenarios/index.js';
import { messages } from '../../scenarios/messages.js';
import type { SweepParameter } from '../../sim/design/sweepParameter.js';
import { readScenarioText } from '../../scenarios/source.js';
import { checkSummaryText } from '../checkSummary.js';
import type { Io } from '../io.js';
import { asList, chooseSeed, parseWhole, withScenarioOptions } from '../options.js';
import { sweepParameters } from '../sweepOptions.js';
import { progressBar } from '../progress.js';

interface CalibrateArgs {
  scenario: string;
  targets: string;
  param?: string | string[];
  budget?: string;
  runs?: string;
  'check-runs'?: string;
  population?: string;
  seed?: string;
  set?: string | string[];
  days?: string;
  out: string;
  json: boolean;
  quiet: boolean;
  charts: boolean;
}

export function calibrateCommand(io: Io): CommandModule<object, CalibrateArgs> {
  return {
    command: 'calibrate <scenario>',
    describe: 'search parameters for the best fit to a targets file; writes the best set as a scenario with its check',
    builder: (argv: Argv) =>
      withScenarioOptions(argv)
        .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON)' })
        .option('targets', { type: 'string', demandOption: true, describe: 'targets file (YAML)' })
        .option('param', { type: 'string', describe: 'a parameter to search: path=from:to (repeatable; as in brink sweep)', requiresArg: true })
        .option('budget', { type: 'string', describe: 'candidates to evaluate (default 60)' })
        .option('runs', { type: 'string', describe: 'runs per candidate during the search (default 200)' })
        .option('check-runs', { type: 'string', describe: "runs of the final check of the best candidate (default: the targets file's runs)" })
        .option('population', { type: 'string', describe: 'candidates per generation (default max(6, 2·params + 2))' })
        .example(
          '$0 calibrate scenarios/durand-line-2025.yaml --targets scenarios/targets/oct-2025.yaml --param states.pakistan.proportionality=0.5:1.5 --param states.pakistan.tolerance=2:12',
          'two parameters, 60 candidates of 200 runs',
        ) as unknown as Argv<CalibrateArgs>,
    handler: async (args) => {
      const startedAt = new Date();
      const started = performance.now();
      const days = parseWhole('--days', args.days, 0, Number.MAX_SAFE_INTEGER);
      const baseSet = asList(args.set);
      const loadOptions = { set: baseSet, ...(days === undefined ? {} : { days }) };
      const prepared = prepareScenario(args.scenario, loadOptions);
      const scenario = prepared.base;
      const targets = loadTargets(args.targets);
      const parameters = sweepParameters(asList(args.param), prepared.data, 'lhs', (note) => io.stderr(`${note}\n`));
      const load = (values: readonly number[]) => loadCandidate(prepared.withOverrides, parameters, values);
      const budget = parseWhole('--budget', args.budget, 1, 100_000) ?? 60;
      const searchRuns = parseWhole('--runs', args.runs, 1, 1_000_000) ?? 200;
      const checkRuns = parseWhole('--check-runs', args['check-runs'], 1, 1_000_000) ?? targets.runs;
      const populationSize = parseWhole('--population', args.population, 2, 10_000) ?? Math.max(6, 2 * parameters.length + 2);
      const { seed, source } = chooseSeed(args.seed, scenario);
      if (source === 'generated') io.stderr(`no seed given: using generated seed ${seed}\n`);
      const start = parameters.map((p) => {
        const value = currentValue(scenario.params, p.segments);
        return value === undefined ? 0.5 : unitCoordinate(p, value);
      });
      const cache = JsonCache.under(args.out, scenario.info.name, 'calibrate') as JsonCache<CheckResult>;
      const progress = progressBar(!args.quiet && !args.json, `${scenario.info.name} calibrate`);
      let search;
      try {
        search = calibrate({
          loadParams: (values) => load(values).params,
          targets,
          parameters,
          start,
          seed,
          runs: searchRuns,
          budget,
          populationSize,
          cache,
          onEvaluated: (done, total) => progress.update(done, total),
        });
      } finally {
        progress.stop();
      }
      const bestSet = search.best.detail.set;
      const best = load(search.best.detail.values);
      const check = checkTargets(best.params, targets, { seed, runs: checkRuns });
      const tool = provenance();
      const changes = parameters.flatMap((parameter, d) => {
        const before = currentValue(scenario.params, parameter.segments);
        const after = search.best.detail.values[d]!;
        return before === after ? [] : [{ path: parameter.segments, value: after, comment: `calibrated by brink ${tool.version} (seed ${seed}, ${targets.name}): was ${before ?? 'unset'}` }];
      });
      const bestText = scenarioTextWithValues(readScenarioText(args.scenario), changes);
      // The written file must load to the very parameters that were checked.
      loadScenarioText(bestText, `${scenario.info.name}-calibrated.yaml`, loadOptions);
      const folder = await writeCalibrateFolder(
        {
          outRoot: args.out,
          scenario,
          best,
          bestText,
          targets,
          parameters,
          search,
          searchRuns,
          populationSize,
          budget,
          check,
          seed,
          seedSource: source,
          startedAt,
          wallMs: performance.now() - started,
          charts: args.charts,
        },
        { targets: targets.fileHash, parameters, budget, searchRuns, checkRuns, populationSize },
      );
      refreshReportsIndex(args.out);
      if (args.json) {
        io.stdout(`${JSON.stringify({ folder, seed, best: bestSet, candidates: search.evaluations.length, reused: search.reused, check }, null, 2)}\n`);
      } else if (!args.quiet) {
        io.stdout(
          `brink calibrate ${scenario.info.name} · seed ${seed} · ${search.evaluations.length} candidates of ${searchRuns} runs` +
            `${search.reused > 0 ? ` (${search.reused} reused from an earlier run)` : ''}\n` +
            `  best: ${bestSet.join(' ')} (${search.best.score.passed} of ${check.total} targets met in the search)\n\n`,
        );
        io.stdout(checkSummaryText(scenario.info.name, targets.name, seed, check, folder));
      }
    },
  };
}

/** A candidate's scenario: the searched values as overrides after `--set`, validated like the file. */
function loadCandidate(
  withOverrides: (extra: readonly Override[]) => LoadedScenario,
  parameters: readonly SweepParameter[],
  values: readonly number[],
): LoadedScenario {
  const assignments = parameters.map((p, d) => `${p.path}=${values[d]}`).join(', ');
  try {
    return withOverrides(parameters.map((p, d) => ({ source: `--param ${p.path}=${values[d]}`, path: p.segments, value: values[d] })));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError([...error.problems, { source: 'brink calibrate', path: '', message: messages.candidateInvalid(assignments) }]);
  }
}

