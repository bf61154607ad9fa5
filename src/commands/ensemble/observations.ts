/**
 * The observed values an ensemble's charts mark for comparison: the `chartObservations` of the
 * targets files brink ships (scenarios/targets/), read once per process. The charts take them as
 * data (charts/observed.ts), and each shows only those whose states the scenario has, so a
 * scenario of other states gets plain charts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { observedClaimRatios, type ObservedClaimRatios } from '../../charts/observed.js';
import { loadTargets } from '../../scenarios/index.js';
import { PACKAGE_ROOT } from '../../scenarios/packageFiles.js';

const TARGETS_FOLDER = join(PACKAGE_ROOT, 'scenarios', 'targets');

let claimRatios: ObservedClaimRatios | undefined | null = null;

/** The observed claims ÷ admissions of the first bundled targets file (by name) that has them. */
export function bundledClaimRatios(): ObservedClaimRatios | undefined {
  if (claimRatios === null) {
    const files = readdirSync(TARGETS_FOLDER).filter((file) => file.endsWith('.yaml')).sort();
    claimRatios = files.map((file) => observedClaimRatios(loadTargets(join(TARGETS_FOLDER, file)).chartObservations)).find((found) => found !== undefined);
  }
  return claimRatios;
}
