/** The table `brink check` prints: one line per criterion, then the count of targets met. */
import type { CheckResult } from '../../calibration/checkTargets.js';
import { bandText } from '../../calibration/bandText.js';
import { formatValue } from './pages.js';

export function checkSummaryText(scenario: string, targetsName: string, seed: string, result: CheckResult, folder: string | undefined): string {
  const header = ['target', 'measure', 'observed', 'simulated [95% interval]', 'accepted', 'result'];
  const rows = result.targets.flatMap((target) =>
    target.criteria.map((c, n) => [
      n === 0 ? `${target.fact ?? ''} ${target.id}`.trim() : '',
      c.measure,
      formatValue(c.observed),
      `${formatValue(c.estimate)} [${formatValue(c.lower)}, ${formatValue(c.upper)}]`,
      bandText(c.accept),
      c.pass ? 'pass' : 'FAIL',
    ]),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  return [
    `brink check ${scenario} against ${targetsName} · seed ${seed} · ${result.runs} runs`,
    line(header),
    ...rows.map(line),
    `${result.passed} of ${result.total} targets met`,
    ...(folder === undefined ? [] : [`wrote ${folder}`]),
    '',
  ].join('\n');
}
