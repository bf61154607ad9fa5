/** The data files of a `brink check` folder: check.csv (one row per criterion) and check.json. */
import type { CheckResult } from '../calibration/checkTargets.js';
import { toCsv, type Cell } from './csv.js';
import { roundedJson } from './ensembleFiles.js';

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
