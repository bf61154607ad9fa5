/** The table of `brink check`'s (and `brink calibrate`'s) index.html: every criterion, observed and simulated. */
import { bandText } from '../../calibration/bandText.js';
import type { CheckResult } from '../../calibration/checkTargets.js';
import type { ReportTable } from '../../render/htmlReport.js';

export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return Math.abs(value) >= 100 || Number.isInteger(value) ? String(Math.round(value * 10) / 10) : String(Number(value.toPrecision(3)));
}

export function checkTable(result: CheckResult): ReportTable {
  return {
    heading: 'Targets',
    columns: ['target', 'measure', 'observed', 'simulated', '95% interval', 'accepted', 'unit', 'result'],
    rows: result.targets.flatMap((target) =>
      target.criteria.map((c) => [
        `${target.fact ?? ''} ${target.title}`.trim(),
        c.measure,
        formatValue(c.observed),
        formatValue(c.estimate),
        `${formatValue(c.lower)} – ${formatValue(c.upper)}`,
        bandText(c.accept),
        c.unit,
        c.pass ? 'pass' : 'FAIL',
      ]),
    ),
  };
}
