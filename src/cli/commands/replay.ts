/**
 * `brink replay <dir>`: re-runs what an output folder's manifest records (the resolved
 * parameters, seed and run indices) and checks every data file's hash. Exit 0 when all match;
 * exit 1 naming the first file that differs.
 */
import { availableParallelism } from 'node:os';
import type { Argv, CommandModule } from 'yargs';
import { createHash } from 'node:crypto';
import { checkTargets } from '../../calibration/checkTargets.js';
import { checkDataFiles } from '../../report/checkFolder.js';
import { ensembleStatisticsFiles, OUTCOMES_FILE } from '../../report/ensembleFolder.js';
import { MANIFEST_FILE, type Manifest } from '../../report/manifest.js';
import { readManifest, scenarioFromManifest } from '../../report/readManifest.js';
import { runDataFiles } from '../../report/runFolder.js';
import { InputError, sha256 } from '../../scenarios/index.js';
import { messages } from '../../scenarios/messages.js';
import { outcomesHeader } from '../../sim/outcomeRows.js';
import { runEnsemble } from '../../sim/runEnsemble.js';
import { runScenario } from '../../sim/runScenario.js';
import { summarizeEnsemble } from '../../stats/index.js';
import { EXIT_INTERNAL } from '../errors.js';
import type { Io } from '../io.js';
import { parseWhole } from '../options.js';
import { progressBar } from '../progress.js';

interface ReplayArgs {
  dir: string;
  workers?: string;
  quiet: boolean;
}

/** A replay whose results differ from the recorded ones: exit 1. */
export class ReplayMismatch extends Error {
  readonly exitCode = EXIT_INTERNAL;
}

async function recompute(manifest: Manifest, workers: number, quiet: boolean): Promise<Map<string, string>> {
  const scenario = scenarioFromManifest(manifest);
  const hashes = new Map<string, string>();
  if (manifest.command === 'run') {
    const result = runScenario(scenario, { seed: manifest.seed, runIndex: manifest.runIndices.from });
    for (const [name, contents] of runDataFiles(scenario, result)) hashes.set(name, sha256(contents));
    return hashes;
  }
  if (manifest.command === 'check' && manifest.targets !== undefined) {
    const targets = { ...manifest.targets.document, file: manifest.targets.file, fileHash: manifest.targets.fileHash };
    const result = await checkTargets(scenario.params, targets, { seed: manifest.seed, runs: manifest.runs });
    const files = checkDataFiles({ command: 'check', scenario, seed: manifest.seed, seedSource: manifest.seedSource, runs: manifest.runs, runIndices: manifest.runIndices, startedAt: new Date(0), wallMs: 0, targets: manifest.targets }, result);
    for (const [name, contents] of files) hashes.set(name, sha256(contents));
    return hashes;
  }
  const outcomes = createHash('sha256').update(outcomesHeader(scenario.params));
  const progress = progressBar(!quiet, `replay ${scenario.info.name}`);
  const { tallies, range } = await runEnsemble(scenario, {
    seed: manifest.seed,
    runs: manifest.runs,
    workers,
    ...(manifest.shard === null ? {} : { shard: manifest.shard }),
    onRows: (rows) => outcomes.update(rows),
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.stop();
  hashes.set(OUTCOMES_FILE, outcomes.digest('hex'));
  const input = {
    command: 'ensemble' as const,
    scenario,
    seed: manifest.seed,
    seedSource: manifest.seedSource,
    runs: manifest.runs,
    runIndices: range,
    ...(manifest.shard === null ? {} : { shard: manifest.shard }),
    startedAt: new Date(0),
    wallMs: 0,
  };
  const summary = summarizeEnsemble(scenario.params, tallies);
  for (const [name, contents] of ensembleStatisticsFiles(scenario, tallies, summary, input)) hashes.set(name, sha256(contents));
  return hashes;
}

export function replayCommand(io: Io): CommandModule<object, ReplayArgs> {
  return {
    command: 'replay <dir>',
    describe: 're-run an output folder from its manifest and verify every result hash',
    builder: (argv: Argv) =>
      argv
        .positional('dir', { type: 'string', demandOption: true, describe: 'an output folder of brink run, ensemble or check' })
        .option('workers', { type: 'string', describe: 'worker threads (default: available cores)' })
        .option('quiet', { type: 'boolean', default: false })
        .example('$0 replay reports/durand-line-2025/run-golden-r0-89c8ccdc', 'check that this brink reproduces that run') as unknown as Argv<ReplayArgs>,
    handler: async (args) => {
      const manifest = readManifest(args.dir);
      if (manifest.command === 'sweep') throw new InputError([{ source: args.dir, path: '', message: messages.replaySweep() }]);
      const workers = parseWhole('--workers', args.workers, 1, 1024) ?? availableParallelism();
      const recomputed = await recompute(manifest, workers, args.quiet);
      const names = Object.keys(manifest.results).filter((name) => name !== MANIFEST_FILE).sort();
      for (const name of names) {
        if (recomputed.get(name) !== manifest.results[name]) {
          throw new ReplayMismatch(`replay of ${args.dir}: ${name} differs from the recorded result (first differing file)`);
        }
      }
      if (!args.quiet) io.stdout(`replay of ${args.dir}: all ${names.length} data files match (${names.join(', ')})\n`);
    },
  };
}
