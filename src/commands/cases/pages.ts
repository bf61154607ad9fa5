/** The tables of a case check's index.html: the tallies per dyad, then every bout's targets. */
import type { ReportTable } from '../../render/htmlReport.js';
import { checkTable } from '../check/pages.js';
import { percent, type CasesTally, type CheckedBout } from './bouts.js';

export function casesTables(bouts: readonly CheckedBout[], tally: CasesTally): ReportTable[] {
  return [
    {
      heading: 'Dyads',
      columns: ['dyad', 'bouts', 'targets met', 'share', 'worst bout', 'its share'],
      rows: [
        ...tally.dyads.map((d) => [d.dyad, String(d.bouts), `${d.passed} of ${d.total}`, percent(d.share), d.worst.bout, `${d.worst.passed} of ${d.worst.total} (${percent(d.worst.share)})`]),
        ['all', String(bouts.length), `${tally.passed} of ${tally.total}`, percent(tally.share), '', ''],
      ],
    },
    ...bouts.map((b) => ({
      ...checkTable(b.result),
      heading: `${b.files.dyad} / ${b.files.bout}: ${b.result.passed} of ${b.result.total} targets met (seed ${b.seed}, ${b.result.runs} runs)`,
    })),
  ];
}
