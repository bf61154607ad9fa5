/** What `brink diff` prints for a person: where two runs part, or how two folders differ. */
import type { RunResult } from '../../model/index.js';
import { onlyInB } from '../../report/chartFiles.js';
import { dayText, divergenceRows, outcomeRows, runLabel } from './pages.js';
import type { FolderComparison } from '../../report/folderDiff.js';
import type { LoadedScenario } from '../../scenarios/index.js';
import type { RunDivergence } from '../../stats/index.js';

function columns(rows: readonly (readonly string[])[], indent: string): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => `${indent}${r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')}`.trimEnd());
}

export function runDiffText(a: LoadedScenario, b: LoadedScenario, runA: RunResult, runB: RunResult, divergence: RunDivergence, folder: string): string {
  const start = a.info.startDate;
  const changed = a.paramsHash === b.paramsHash ? '' : ` (B with ${onlyInB(a, b)})`;
  const lines = [`brink diff ${a.info.name} · ${runLabel('A', runA)} vs ${runLabel('B', runB)}${changed} · ${a.params.days} days`];
  const first = divergence.first;
  if (first === null) {
    lines.push(`  identical: the two runs are the same on all ${divergence.phaseByDay.length} days`);
  } else {
    const differing = divergence.phaseByDay.filter((p) => p !== null).length;
    lines.push(
      `  first difference: ${dayText(start, first.day)}, phase "${first.phase}": ${first.process}`,
      `  random streams of that process: ${first.streams.length === 0 ? 'none (not random: the scenarios differ)' : first.streams.join(', ')}`,
      `  days that differ: ${differing} of ${divergence.phaseByDay.length}`,
      '  what differs that day',
      ...columns([['', 'A', 'B'], ...divergenceRows(divergence)], '    '),
    );
  }
  lines.push('  run outcomes', ...columns([['', runLabel('A', runA), runLabel('B', runB)], ...outcomeRows(a, runA, runB)], '    '), `wrote ${folder}`);
  return `${lines.join('\n')}\n`;
}

function located(first: NonNullable<FolderComparison['first']>): string {
  const where = [
    first.line === undefined ? '' : `line ${first.line}`,
    first.day === undefined ? '' : `day ${first.day}`,
    first.runIndex === undefined ? '' : `run ${first.runIndex}`,
    first.state === undefined ? '' : `state ${first.state}`,
    first.field === undefined ? '' : `${first.file.endsWith('.csv') ? 'column' : first.file.endsWith('.ndjson') ? 'field' : 'at'} ${first.field}`,
  ].filter((s) => s !== '');
  const values = first.a === undefined && first.b === undefined ? '' : `: ${first.a ?? '(none)'} in A, ${first.b ?? '(none)'} in B`;
  return `${first.file}${where.length > 0 ? `, ${where.join(', ')}` : ''}${values}${first.note === undefined ? '' : ` (${first.note})`}`;
}

export function folderDiffText(dirA: string, dirB: string, result: FolderComparison): string {
  const lines = [`brink diff ${dirA} ${dirB}`];
  if (result.identical) {
    const data = result.compared.filter((f) => f !== 'manifest.json').length;
    lines.push(`  identical: ${data} data files and the manifest give the same result (tool version and timing aside)`);
  } else {
    if (result.first !== null) lines.push(`  first difference: ${located(result.first)}`);
    if (result.differing.length > 0) lines.push(`  differing: ${result.differing.join(', ')} (${result.differing.length} of ${result.compared.length} files compared)`);
  }
  if (result.onlyInA.length > 0) lines.push(`  only in A: ${result.onlyInA.join(', ')}`);
  if (result.onlyInB.length > 0) lines.push(`  only in B: ${result.onlyInB.join(', ')}`);
  if (result.viewsDiffering.length > 0) lines.push(`  views that differ (charts, index.html; not results): ${result.viewsDiffering.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** `brink diff --json`: the folder, both runs, and where they part. */
export function diffJson(diff: { readonly folder: string; readonly a: LoadedScenario; readonly b: LoadedScenario; readonly runA: RunResult; readonly runB: RunResult; readonly divergence: RunDivergence }) {
  const { divergence } = diff;
  const differingDays = divergence.phaseByDay.filter((p) => p !== null).length;
  return {
    folder: diff.folder,
    a: { seed: diff.runA.seed, runIndex: diff.runA.runIndex, overrides: diff.a.overrides },
    b: { seed: diff.runB.seed, runIndex: diff.runB.runIndex, overrides: diff.b.overrides },
    identical: divergence.identical,
    differingDays,
    first: divergence.first,
  };
}
