/** The data files of a `brink check` folder: check.csv (one row per criterion) and check.json. */
import type { CheckResult } from '../../calibration/checkTargets.js';
import { toCsv, type Cell } from '../../report/csv.js';
import { provenanceRecord, type ManifestInput, type SeedSource, type TargetsRecord } from '../../report/manifest.js';
import type { LoadedScenario, LoadedTargets } from '../../scenarios/index.js';
import { roundedJson } from '../../report/roundedJson.js';

export function checkCsv(result: CheckResult): string {
  const rows = result.targets.flatMap((target) =>
    target.criteria.map((c): Cell[] => [
      target.fact,
      target.id,
      target.pass,
      c.measure,
      JSON.stringify(c.options),
      c.statistic,
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
  );
  return toCsv(
    ['fact', 'target', 'targetPass', 'measure', 'options', 'statistic', 'unit', 'observed', 'acceptMin', 'acceptMax', 'estimate', 'lower', 'upper', 'n', 'pass'],
    rows,
  );
}

export function checkJson(provenance: unknown, result: CheckResult): string {
  return roundedJson({ ...(provenance as object), check: result });
}

/** The data files of a check folder (also what replay recomputes). */
export function checkDataFiles(manifest: ManifestInput, result: CheckResult): Map<string, string> {
  return new Map([
    ['check.csv', checkCsv(result)],
    ['check.json', checkJson(provenanceRecord(manifest), result)],
  ]);
}

/** How a manifest records a targets file: the whole document, so the check can be replayed. */
export function targetsRecord(targets: LoadedTargets): TargetsRecord {
  const { file, fileHash, ...document } = targets;
  return { file, fileHash, document };
}

/** The manifest of a check (`brink check`, and `brink calibrate` of its best candidate): runs 0…N−1, the targets file inside. */
export function checkManifest(
  command: 'check' | 'calibrate',
  check: { readonly scenario: LoadedScenario; readonly seed: string; readonly seedSource: SeedSource; readonly runs: number; readonly targets: LoadedTargets },
  timing: { readonly startedAt: Date; readonly wallMs: number },
): ManifestInput {
  return {
    command,
    scenario: check.scenario,
    seed: check.seed,
    seedSource: check.seedSource,
    runs: check.runs,
    runIndices: { from: 0, to: check.runs },
    ...timing,
    targets: targetsRecord(check.targets),
  };
}
