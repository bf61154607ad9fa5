/** What `brink check --cases` prints: every bout's table, a line per dyad, the overall line. */
import { checkSummaryText } from '../check/summary.js';
import { percent, type CasesTally, type CheckedBout, type DyadTally } from './bouts.js';

export function dyadLine(d: DyadTally): string {
  return `${d.dyad}: ${d.passed} of ${d.total} targets met (${percent(d.share)}) in ${plural(d.bouts, 'bout')} · worst bout ${d.worst.bout}: ${d.worst.passed} of ${d.worst.total} (${percent(d.worst.share)})`;
}

export function overallLine(tally: CasesTally, bouts: number): string {
  return `all cases: ${tally.passed} of ${tally.total} targets met (${percent(tally.share)}) in ${plural(tally.dyads.length, 'dyad')}, ${plural(bouts, 'bout')}`;
}

export function casesSummaryText(bouts: readonly CheckedBout[], tally: CasesTally, folder: string | undefined): string {
  return [
    ...bouts.map((b) => checkSummaryText(`${b.files.dyad}/${b.files.bout}`, b.targets.name, b.seed, b.result, undefined)),
    ...tally.dyads.map(dyadLine),
    overallLine(tally, bouts.length),
    ...(folder === undefined ? [] : [`wrote ${folder}`]),
    '',
  ].join('\n');
}

/** `--json`: the folder, the tallies and every bout's check. */
export function casesJsonSummary(bouts: readonly CheckedBout[], tally: CasesTally, folder: string) {
  return {
    folder,
    tally,
    bouts: bouts.map((b) => ({ dyad: b.files.dyad, bout: b.files.bout, file: b.scenario.file, seed: b.seed, runs: b.runs, check: b.result })),
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
