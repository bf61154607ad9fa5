/**
 * `brink calibrate <scenario> --targets <file> --param path=low:high …`: a reproducible search
 * for the parameter values that best reproduce a targets file; writes the best set as a
 * scenario file with its check report. Resumable: finished candidates are cached.
 */
import type { Argv, CommandModule } from 'yargs';
import { calibrate, defaultPopulation } from '../../calibration/calibrate.js';
import { checkTargets, type CheckResult } from '../../calibration/checkTargets.js';
import { currentValue, unitCoordinate } from '../../calibration/search/currentValue.js';
import { writeCalibrateFolder } from '../../report/calibrateFolder.js';
import { ResultCache } from '../../report/resultCache.js';
import { refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { provenance } from '../../report/provenance.js';
import { InputError, loadScenarioText, loadTargets, prepareScenario, scenarioTextWithValues, type LoadedScenario, type Override, type PreparedScenario, type ValueChange } from '../../scenarios/index.js';
import { parseOverride } from '../../scenarios/overrides.js';
import { messages } from '../../scenarios/messages.js';
import type { SweepParameter } from '../../sim/design/sweepParameter.js';
import { readScenarioText } from '../../scenarios/source.js';
import { checkSummaryText } from '../checkSummary.js';
import type { Io } from '../io.js';
import { asList, chooseSeed, parseWhole, withScenarioOptions, type ScenarioFlags } from '../options.js';
import { sweepParameters } from '../sweepOptions.js';
import { progressBar } from '../progress.js';

/** Bumped whenever a cached candidate's check would be computed differently. */
const CANDIDATE_FORMAT = 'brink-calibrate-candidate/1';

const isCheckResult = (value: unknown): value is CheckResult =>
  typeof (value as CheckResult | null)?.passed === 'number' && Array.isArray((value as CheckResult).targets);

interface CalibrateArgs extends ScenarioFlags {
  scenario: string;
  targets: string;
  param?: string | string[];
  budget?: string;
  runs?: string;
  'check-runs'?: string;
  population?: string;
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
      const populationSize = parseWhole('--population', args.population, 2, 10_000) ?? defaultPopulation(parameters.length);
      const { seed, source } = chooseSeed(args.seed, scenario);
      if (source === 'generated') io.stderr(`no seed given: using generated seed ${seed}\n`);
      const start = parameters.map((p) => {
        const value = currentValue(scenario.params, prepared.data, p.segments);
        return value === undefined ? 0.5 : unitCoordinate(p, value);
      });
      const cache = ResultCache.under(args.out, scenario.info.name, 'calibrate', CANDIDATE_FORMAT, isCheckResult);
      const progress = progressBar(!args.quiet && !args.json, `${scenario.info.name} calibrate`);
      let search;
      try {
        search = await calibrate({
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
      const check = await checkTargets(best.params, targets, { seed, runs: checkRuns });
      const bestText = calibratedText(args.scenario, prepared, { set: baseSet, days }, parameters, search.best.detail.values, `brink ${provenance().version} (seed ${seed}, ${targets.name})`);
      // The written file must load, by itself, to the very parameters that were checked.
      if (loadScenarioText(bestText, `${scenario.info.name}-calibrated.yaml`).paramsHash !== best.paramsHash) {
        throw new Error('the calibrated scenario file does not reproduce the parameters that were checked');
      }
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

/**
 * The scenario file with the best values written in, and the `--set`/`--days` the search ran
 * with, so the file alone reproduces what was checked. Comments stay; each change is noted.
 */
function calibratedText(
  file: string,
  prepared: PreparedScenario,
  flags: { readonly set: readonly string[]; readonly days: number | undefined },
  parameters: readonly SweepParameter[],
  values: readonly number[],
  by: string,
): string {
  const original = prepared.base.params;
  const given: ValueChange[] = flags.set.map((raw) => parseOverride(raw)).map((o) => ({ path: o.path, value: o.value, comment: `set by --set when calibrated by ${by}` }));
  if (flags.days !== undefined) given.push({ path: ['days'], value: flags.days, comment: `set by --days when calibrated by ${by}` });
  const searched = parameters.flatMap((parameter, d): ValueChange[] => {
    const before = currentValue(original, prepared.data, parameter.segments);
    const after = values[d]!;
    return before === after ? [] : [{ path: parameter.segments, value: after, comment: `calibrated by ${by}: was ${before ?? 'the default'}` }];
  });
  return scenarioTextWithValues(readScenarioText(file), [...given, ...searched]);
}

