/**
 * `brink calibrate <scenario> --targets <file> --param path=low:high …`: a reproducible search
 * for the parameter values that best reproduce a targets file; writes the best set as a
 * scenario file with its check report. Resumable: finished candidates are cached.
 */
import type { Argv, CommandModule } from 'yargs';
import { calibrate } from '../../calibration/calibrate.js';
import { checkTargets, type CheckResult } from '../../calibration/checkTargets.js';
import { currentValue } from '../../calibration/search/currentValue.js';
import { unitOf, valueAt } from '../../calibration/search/parameterBox.js';
import { writeCalibrateFolder } from '../../report/calibrateFolder.js';
import { JsonCache } from '../../report/evaluationCache.js';
import { refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { provenance } from '../../report/provenance.js';
import { loadScenario, loadScenarioText, loadTargets, scenarioTextWithValues } from '../../scenarios/index.js';
import { readScenarioText } from '../../scenarios/source.js';
import { checkSummaryText } from '../checkSummary.js';
import type { Io } from '../io.js';
import { asList, chooseSeed, parseWhole, withScenarioOptions } from '../options.js';
import { parseParamRange } from '../paramRange.js';
import { flagError } from '../errors.js';
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
        .option('param', { type: 'string', describe: 'a parameter to search: path=low:high (repeatable)', requiresArg: true })
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
      const load = (set: readonly string[]) => loadScenario(args.scenario, { set: [...baseSet, ...set], ...(days === undefined ? {} : { days }) });
      const scenario = load([]);
      const targets = loadTargets(args.targets);
      const ranges = asList(args.param).map(parseParamRange);
      if (ranges.length === 0) throw flagError('--param', 'expected at least one --param path=low:high to search');
      // Both ends of every range must be valid values of the scenario (checked like --set).
      load(ranges.flatMap((r) => [`${r.path}=${r.low}`]));
      load(ranges.flatMap((r) => [`${r.path}=${r.high}`]));
      const budget = parseWhole('--budget', args.budget, 1, 100_000) ?? 60;
      const searchRuns = parseWhole('--runs', args.runs, 1, 1_000_000) ?? 200;
      const checkRuns = parseWhole('--check-runs', args['check-runs'], 1, 1_000_000) ?? targets.runs;
      const populationSize = parseWhole('--population', args.population, 2, 10_000) ?? Math.max(6, 2 * ranges.length + 2);
      const { seed, source } = chooseSeed(args.seed, scenario);
      if (source === 'generated') io.stderr(`no seed given: using generated seed ${seed}\n`);
      const start = ranges.map((r) => {
        const value = currentValue(scenario.params, r.path.split('.'));
        return value === undefined ? 0.5 : unitOf(r, value);
      });
      const cache = JsonCache.under(args.out, scenario.info.name, 'calibrate') as JsonCache<CheckResult>;
      const progress = progressBar(!args.quiet && !args.json, `${scenario.info.name} calibrate`);
      let search;
      try {
        search = calibrate({
          loadParams: (set) => load(set).params,
          targets,
          ranges,
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
      const best = load(bestSet);
      const check = checkTargets(best.params, targets, { seed, runs: checkRuns });
      const tool = provenance();
      const changes = ranges.flatMap((range, d) => {
        const before = currentValue(scenario.params, range.path.split('.'));
        const after = valueAt(range, search.best.point[d]!);
        return before === after ? [] : [{ path: range.path.split('.'), value: after, comment: `calibrated by brink ${tool.version} (seed ${seed}, ${targets.name}): was ${before ?? 'unset'}` }];
      });
      const bestText = scenarioTextWithValues(readScenarioText(args.scenario), changes);
      // The written file must load to the very parameters that were checked.
      loadScenarioText(bestText, `${scenario.info.name}-calibrated.yaml`, { set: baseSet, ...(days === undefined ? {} : { days }) });
      const folder = await writeCalibrateFolder(
        {
          outRoot: args.out,
          scenario,
          best,
          bestText,
          targets,
          ranges,
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
        { targets: targets.fileHash, ranges, budget, searchRuns, checkRuns, populationSize },
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
