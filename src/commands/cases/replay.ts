/**
 * What `brink replay` recomputes for a case check's folder: every bout checked again from the
 * manifest's record of it (resolved parameters, targets file, seed, runs), then the data files
 * written by the same code as `brink check --cases` writes them.
 */
import { checkTargets } from '../../calibration/checkTargets.js';
import type { CasesManifest } from '../../report/casesManifest.js';
import { scenarioFromRecord } from '../../report/readManifest.js';
import type { CheckedBout } from './bouts.js';
import { casesDataFiles } from './files.js';

export async function replayCases(manifest: CasesManifest): Promise<Map<string, string>> {
  const bouts: CheckedBout[] = [];
  for (const record of manifest.bouts) {
    const scenario = scenarioFromRecord(record.scenario, record.seed, record.runs);
    const targets = { ...record.targets.document, file: record.targets.file, fileHash: record.targets.fileHash };
    const result = await checkTargets(scenario.params, targets, { seed: record.seed, runs: record.runs });
    bouts.push({
      files: { dyad: record.dyad, bout: record.bout, scenario: record.scenario.file, targets: record.targets.file },
      scenario,
      targets,
      seed: record.seed,
      seedSource: record.seedSource,
      runs: record.runs,
      result,
    });
  }
  return casesDataFiles(manifest.command, manifest.cases, bouts);
}
