/**
 * `brink merge <dirs…> --out DIR`: joins the shard folders of one ensemble or one sweep.
 * Ensembles: tallies add up, outcome rows concatenate in run-index order, statistics are
 * recomputed. Sweeps: the shards' points join in point order, Sobol' indices and charts are
 * computed over the whole design. Either way the data files are byte-identical to those of the
 * unsharded command.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { ensembleFolderPath, EnsembleFolderWriter, OUTCOMES_FILE, TALLIES_FILE } from '../../report/ensembleFolder.js';
import type { Manifest } from '../../report/manifest.js';
import { refreshReportsIndex } from '../../report/reportsIndexFile.js';
import { readManifest, scenarioFromManifest } from '../../report/readManifest.js';
import { readSweepShards } from '../../report/readSweepShards.js';
import { sweepFolderPath, writeSweepFolder } from '../../report/sweepFolder.js';
import { parseOutcomes } from '../sweepOptions.js';
import { InputError } from '../../scenarios/index.js';
import { messages } from '../../scenarios/messages.js';
import { EnsembleTallies } from '../../sim/tallies.js';
import { decodeTallies } from '../../sim/talliesCodec.js';
import type { Io } from '../io.js';

interface MergeArgs {
  dirs: string[];
  out: string;
  quiet: boolean;
  charts: boolean;
  outcome?: string | string[];
}

const fail = (source: string, message: string): never => {
  throw new InputError([{ source, path: '', message }]);
};

/** The shards, checked to be one ensemble (same parameters, seed and size) covering 0…N−1 once. */
export function checkShards(dirs: readonly string[]): { dir: string; manifest: Manifest }[] {
  const shards = dirs.map((dir) => ({ dir, manifest: readManifest(dir) }));
  const [first] = shards;
  if (first === undefined) return fail('brink merge', 'expected at least one folder');
  for (const { dir, manifest } of shards) {
    if (manifest.command !== 'ensemble') fail(dir, messages.mergeMixedCommands(dir, manifest.command, 'ensemble'));
    for (const [what, mine, theirs] of [
      ['parameters (paramsHash)', manifest.scenario.paramsHash, first.manifest.scenario.paramsHash],
      ['seed', manifest.seed, first.manifest.seed],
      ['ensemble size', manifest.runs, first.manifest.runs],
    ] as const) {
      if (mine !== theirs) fail(dir, `expected the ${what} of ${first.dir} (${theirs}), found ${mine}`);
    }
  }
  shards.sort((a, b) => a.manifest.runIndices.from - b.manifest.runIndices.from);
  let next = 0;
  for (const { dir, manifest } of shards) {
    const { from, to } = manifest.runIndices;
    if (from !== next) fail(dir, from > next ? `runs ${next}–${from - 1} are in none of the folders` : `runs ${from}–${Math.min(to, next) - 1} are in two folders`);
    next = to;
  }
  if (next !== first.manifest.runs) fail('brink merge', `runs ${next}–${first.manifest.runs - 1} are in none of the folders`);
  return shards;
}

/** Copies a shard's outcomes.csv rows (without its header) in chunks: memory stays flat. */
function copyRows(file: string, header: string, write: (text: string) => void): void {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    let skipped = false;
    let pending = '';
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      let text = pending + buffer.subarray(0, read).toString('utf8');
      pending = '';
      if (!skipped) {
        const end = text.indexOf('\n');
        if (end < 0) {
          pending = text;
          continue;
        }
        if (text.slice(0, end + 1) !== header) fail(file, 'expected the same outcomes.csv columns in every shard');
        text = text.slice(end + 1);
        skipped = true;
      }
      // Keep a partial UTF-8 line for the next chunk (ids are ASCII, so lines split cleanly).
      const last = text.lastIndexOf('\n');
      write(text.slice(0, last + 1));
      pending = text.slice(last + 1);
    }
    if (pending !== '') write(pending);
  } finally {
    closeSync(fd);
  }
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
        .option('outcome', { type: 'string', requiresArg: true, describe: 'sweeps: outcome(s) to chart (as brink sweep --outcome)' })
        .example('$0 merge reports/durand-line-2025/ensemble-golden-*-shard-* --out reports', 'join every shard of seed "golden"')
        .example('$0 merge reports/durand-line-2025/sweep-golden-*-shard-* --out reports', 'join the shards of a sweep: points, Sobol\' indices, charts') as unknown as Argv<MergeArgs>,
    handler: async (args) => {
      const startedAt = new Date();
      const started = performance.now();
      if (args.dirs.length > 0 && readManifest(args.dirs[0]!).command === 'sweep') return mergeSweep(args, io, startedAt, started);
      const shards = checkShards(args.dirs);
      const { manifest } = shards[0]!;
      const scenario = scenarioFromManifest(manifest);
      const tallies = new EnsembleTallies(scenario.params.days, scenario.params.ladder);
      for (const { dir } of shards) tallies.merge(decodeTallies(readFileSync(join(dir, TALLIES_FILE), 'utf8'), join(dir, TALLIES_FILE), scenario.params.ladder));
      const writer = EnsembleFolderWriter.open(ensembleFolderPath(args.out, scenario, manifest.seed, undefined), scenario);
      let folder: string;
      try {
        const header = readFileSync(join(shards[0]!.dir, OUTCOMES_FILE), 'utf8').split('\n', 1)[0] + '\n';
        for (const { dir } of shards) copyRows(join(dir, OUTCOMES_FILE), header, (rows) => writer.writeRows(rows));
        folder = (await writer.finish(tallies, {
          command: 'ensemble',
          seed: manifest.seed,
          seedSource: manifest.seedSource,
          runs: manifest.runs,
          runIndices: { from: 0, to: manifest.runs },
          mergedFrom: shards.map((s) => s.dir),
          startedAt,
          wallMs: performance.now() - started,
        }, { charts: args.charts })).folder;
        refreshReportsIndex(args.out);
      } catch (error) {
        writer.abort();
        throw error;
      }
      if (!args.quiet) io.stdout(`merged ${shards.length} folder(s), runs 0–${manifest.runs - 1}\nwrote ${folder}\n`);
    },
  };
}

/** The sweep half of `brink merge`: the same folder `brink sweep` would write without --shard. */
async function mergeSweep(args: MergeArgs, io: Io, startedAt: Date, started: number): Promise<void> {
  const { manifest, scenario, definition, records } = readSweepShards(args.dirs);
  const outcomes = parseOutcomes(args.outcome, definition.design.kind);
  const { folder } = await writeSweepFolder({
    target: sweepFolderPath(args.out, scenario, manifest.seed, definition.sweepHash, undefined),
    scenario,
    definition,
    records,
    manifest: {
      command: 'sweep',
      seed: manifest.seed,
      seedSource: manifest.seedSource,
      runs: manifest.runs,
      runIndices: manifest.runIndices,
      mergedFrom: [...args.dirs],
      startedAt,
      wallMs: performance.now() - started,
    },
    outcomes,
    charts: args.charts,
  });
  refreshReportsIndex(args.out);
  if (!args.quiet) io.stdout(`merged ${args.dirs.length} folder(s), points 0–${definition.points - 1} of sweep ${definition.sweepHash.slice(0, 8)}\nwrote ${folder}\n`);
}
