/** Flags shared by several commands, and their parsing into checked values. */
import type { Argv } from 'yargs';
import { MAX_RUNS } from '../scenarios/index.js';
import { messages } from '../scenarios/messages.js';
import { flagError } from './errors.js';

/** The flags `withScenarioOptions` adds, as a command's parsed arguments carry them. */
export interface ScenarioFlags {
  seed?: string;
  set?: string | string[];
  days?: string;
  out: string;
  json: boolean;
  quiet: boolean;
  charts: boolean;
  'overwrite-index': boolean;
}

export function withScenarioOptions<T>(argv: Argv<T>) {
  return argv
    .option('seed', { type: 'string', describe: 'seed (default: the scenario\'s; generated and printed if neither)' })
    .option('set', { type: 'string', describe: 'override a parameter: path=value (repeatable)', requiresArg: true })
    .option('days', { type: 'string', describe: 'horizon in days, overriding the scenario', requiresArg: true })
    .option('out', { type: 'string', default: 'reports', describe: 'root folder for output folders' })
    .option('json', { type: 'boolean', default: false, describe: 'print a machine-readable summary on stdout' })
    .option('quiet', { type: 'boolean', default: false, describe: 'print nothing but errors (and --json)' })
    .option('charts', { type: 'boolean', default: true, describe: 'write charts and the HTML report (--no-charts skips them)' })
    .option('overwrite-index', { type: 'boolean', default: false, describe: "replace <out>/index.html even if brink did not write it (otherwise refused)" });
}

/** `--format`: the data files as CSV only, or with a Parquet file beside each CSV. */
export function withFormatOption<T>(argv: Argv<T>) {
  return argv.option('format', {
    type: 'string',
    choices: ['csv', 'parquet'],
    default: 'csv',
    describe: 'data files: csv, or parquet for a Parquet file beside each CSV (docs/outputs.md)',
  });
}

/** Repeated flags arrive as an array, a single one as a string. */
export function asList(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/**
 * The one value of a flag that takes one: given twice (`--seed a --seed b`) it is refused rather
 * than the last silently winning.
 */
export function single(flag: string, value: unknown): string | undefined {
  const values = asList(value);
  if (values.length > 1) throw flagError(flag, messages.flagRepeated(values));
  return values[0];
}

/** A whole number flag, checked here so a typo gets a message rather than NaN. */
export function parseWhole(flag: string, value: unknown, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const text = String(single(flag, value));
  if (!/^[0-9]+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw flagError(flag, messages.expectedFound(`a whole number from ${min} to ${max}`, text));
  }
  return Number(text);
}

/** `--runs` and `--workers` of the commands that run ensembles, as pipeline options (absent when not given). */
export function parseRunsAndWorkers(args: { readonly runs?: unknown; readonly workers?: unknown }): { runs?: number; workers?: number } {
  // The same limit as a scenario file's runs.
  const runs = parseWhole('--runs', args.runs, 1, MAX_RUNS);
  const workers = parseWhole('--workers', args.workers, 1, 1024);
  return { ...(runs === undefined ? {} : { runs }), ...(workers === undefined ? {} : { workers }) };
}
