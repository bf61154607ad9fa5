/**
 * The data files and manifest of a `brink check --cases` folder: check.csv (one row per
 * criterion of every bout), check.json (every bout's check with the tallies) and a manifest
 * recording, per bout, the resolved parameters with every scenario file of its chain, the
 * targets file whole, the seed and the runs: what a replay needs and nothing else.
 */
import { toCsv, type Cell } from '../../report/csv.js';
import { executionRecord, scenarioRecord } from '../../report/manifest.js';
import { provenance } from '../../report/provenance.js';
import { roundedJson } from '../../report/roundedJson.js';
import { PRNG_NAME } from '../../model/index.js';
import { targetsRecord } from '../check/files.js';
import { tallyCases, type CheckedBout, type LoadedBout } from './bouts.js';

export const CASES_COMMAND = 'check-cases';

export function casesCsv(bouts: readonly CheckedBout[]): string {
  const rows = bouts.flatMap((b) =>
    b.result.targets.flatMap((target) =>
      target.criteria.map((c): Cell[] => [
        b.files.dyad,
        b.files.bout,
        target.id,
        target.pass,
        c.measure,
        JSON.stringify(c.options),
        c.unit,
        c.observed,
        c.accept.min,
        c.accept.max,
        c.estimate,
        c.lower,
        c.upper,
        c.n,
        c.pass,
      ]),
    ),
  );
  return toCsv(['dyad', 'bout', 'target', 'targetPass', 'measure', 'options', 'unit', 'observed', 'acceptMin', 'acceptMax', 'estimate', 'lower', 'upper', 'n', 'pass'], rows);
}

/** How the manifest records one bout. */
function boutRecord(b: LoadedBout) {
  return {
    dyad: b.files.dyad,
    bout: b.files.bout,
    seed: b.seed,
    seedSource: b.seedSource,
    runs: b.runs,
    scenario: scenarioRecord(b.scenario),
    targets: targetsRecord(b.targets),
  };
}

export type BoutRecord = ReturnType<typeof boutRecord>;

/** What identifies a case check: shared by the manifest and check.json. */
export function casesProvenance(command: string, cases: string, bouts: readonly LoadedBout[]) {
  return { tool: provenance(), command, cases, prng: PRNG_NAME, bouts: bouts.map(boutRecord) };
}

export function casesJson(command: string, cases: string, bouts: readonly CheckedBout[]): string {
  const { tool, prng } = casesProvenance(command, cases, bouts);
  return roundedJson({
    tool,
    command,
    cases,
    prng,
    bouts: bouts.map((b) => ({ dyad: b.files.dyad, bout: b.files.bout, file: b.scenario.file, paramsHash: b.scenario.paramsHash, seed: b.seed, runs: b.runs, check: b.result })),
    tally: tallyCases(bouts),
  });
}

/** The data files of a case check (also what replay recomputes). */
export function casesDataFiles(command: string, cases: string, bouts: readonly CheckedBout[]): Map<string, string> {
  return new Map([
    ['check.csv', casesCsv(bouts)],
    ['check.json', casesJson(command, cases, bouts)],
  ]);
}

export function casesManifestJson(
  command: string,
  cases: string,
  bouts: readonly LoadedBout[],
  results: Record<string, string>,
  timing: { readonly startedAt: Date; readonly wallMs: number },
  extra: Record<string, unknown> = {},
): string {
  const manifest = { ...casesProvenance(command, cases, bouts), ...extra, results, execution: executionRecord(timing.startedAt, timing.wallMs, 1) };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
