/**
 * What every command that runs a pipeline does around it: the shared flags turned into the
 * pipeline's common options, the hooks that print (generated seed, notes, progress bar), and
 * the result printed as JSON (`--json`), as text, or not at all (`--quiet`).
 */
import type { PipelineHooks } from '../commands/shared/hooks.js';
import type { Io } from './io.js';
import { MAX_DAYS } from '../scenarios/index.js';
import { asList, parseWhole, single, type ScenarioFlags } from './options.js';
import { progressBar, type Progress } from './progress.js';

export interface CommonOptions {
  readonly set: readonly string[];
  readonly days?: number;
  readonly seed?: string;
  readonly out: string;
  readonly charts: boolean;
  readonly overwriteIndex: boolean;
  readonly hooks: PipelineHooks;
}

/**
 * Runs `pipeline` with the options the shared flags give, printing while it works, and the
 * progress bar (stderr, TTY only, not with --quiet or --json) gone when it ends.
 */
export async function withPreamble<T>(io: Io, args: Omit<ScenarioFlags, 'seed'> & { seed?: unknown }, pipeline: (options: CommonOptions) => Promise<T>): Promise<T> {
  // The range a scenario file's days may take, so the message quotes it.
  const days = parseWhole('--days', args.days, 1, MAX_DAYS);
  let progress: Progress | undefined;
  const hooks: PipelineHooks = {
    // Printed even with --quiet: without it the output could not be reproduced.
    onSeedGenerated: (seed) => io.stderr(`no seed given: using generated seed ${seed}\n`),
    onNote: (text) => {
      if (!args.quiet) io.stderr(`${text}\n`);
    },
    onProgress: (done, total, label) => {
      progress ??= progressBar(!args.quiet && !args.json, label);
      progress.update(done, total);
    },
  };
  const seed = single('--seed', args.seed);
  try {
    return await pipeline({
      set: asList(args.set),
      ...(days === undefined ? {} : { days }),
      ...(seed === undefined ? {} : { seed }),
      out: args.out,
      charts: args.charts,
      overwriteIndex: args['overwrite-index'],
      hooks,
    });
  } finally {
    progress?.stop();
  }
}

/** The result for a person (text) or a program (`--json`); nothing with --quiet. */
export function printResult(io: Io, args: { readonly json: boolean; readonly quiet: boolean }, json: () => unknown, text: () => string): void {
  if (args.json) {
    const body = json();
    io.stdout(typeof body === 'string' ? body : `${JSON.stringify(body, null, 2)}\n`);
  } else if (!args.quiet) {
    io.stdout(text());
  }
}
