/**
 * `brink merge <dirs…> --out DIR`: joins the shard folders of one ensemble or one sweep.
 * Ensembles: tallies add up, outcome rows concatenate in run-index order, statistics are
 * recomputed. Sweeps: the shards' points join in point order, Sobol' indices and charts are
 * computed over the whole design. Either way the data files are byte-identical to those of the
 * unsharded command.
 */
import type { Argv, CommandModule } from 'yargs';
import { mergePipeline } from '../../commands/merge/pipeline.js';
import type { Io } from '../io.js';
import { asList } from '../options.js';

interface MergeArgs {
  dirs: string[];
  out: string;
  quiet: boolean;
  charts: boolean;
  'overwrite-index': boolean;
  outcome?: string | string[];
}

export function mergeCommand(io: Io): CommandModule<object, MergeArgs> {
  return {
    command: 'merge <dirs..>',
    describe: 'join the shard folders of one ensemble or sweep into the folder the unsharded command would write',
    builder: (argv: Argv) =>
      argv
        .positional('dirs', { type: 'string', array: true, demandOption: true, describe: 'shard output folders' })
        .option('out', { type: 'string', default: 'reports', describe: 'root folder for the merged output folder' })
        .option('quiet', { type: 'boolean', default: false })
        .option('charts', { type: 'boolean', default: true, describe: 'write charts and the HTML report (--no-charts skips them)' })
        .option('overwrite-index', { type: 'boolean', default: false, describe: 'replace <out>/index.html even if brink did not write it (otherwise refused)' })
        .option('outcome', { type: 'string', requiresArg: true, describe: 'sweeps: outcome(s) to chart (as brink sweep --outcome)' })
        .example('$0 merge reports/durand-line-2025/ensemble-golden-*-shard-* --out reports', 'join every shard of seed "golden"')
        .example('$0 merge reports/durand-line-2025/sweep-golden-*-shard-* --out reports', 'join the shards of a sweep: points, Sobol\' indices, charts') as unknown as Argv<MergeArgs>,
    handler: async (args) => {
      const merged = await mergePipeline({ dirs: args.dirs, out: args.out, charts: args.charts, overwriteIndex: args['overwrite-index'], outcomes: asList(args.outcome) });
      if (args.quiet) return;
      if (merged.kind === 'ensemble') io.stdout(`merged ${args.dirs.length} folder(s), runs 0–${merged.runs - 1}\nwrote ${merged.folder}\n`);
      else io.stdout(`merged ${args.dirs.length} folder(s), points 0–${merged.points - 1} of sweep ${merged.sweepHash.slice(0, 8)}\nwrote ${merged.folder}\n`);
    },
  };
}
