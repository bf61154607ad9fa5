/**
 * docs/targets-reference.md: the targets file format (`brink check --targets`, `brink calibrate`)
 * and every calibration measure, generated from the targets schema and the measure catalogue
 * (measureCatalogue.ts) the way the scenario reference is from the scenario schema. A measure
 * added to the catalogue appears here by itself; `npm run docs` writes the file and a test
 * fails when the checked-in file differs from this output.
 */
import { schemaReferenceRows, type ReferenceRow } from '../referenceRows.js';
import { MEASURES, type MeasureDefinition, type MeasureStatistic } from './measureCatalogue.js';
import { criterionSchema, targetsSchema } from './targetsSchema.js';

/**
 * How each statistic turns the runs' observations into one number. Keyed by every statistic the
 * catalogue's type allows, so a new kind of statistic does not compile until it is explained here.
 */
const STATISTICS: Readonly<Record<MeasureStatistic, string>> = {
  median:
    'the median of every value the measure observed, pooled over all runs (a run with three bouts adds three values, a run with none adds nothing)',
  share: 'pooled hits ÷ pooled trials: the trials (bouts, truces, rounds, runs…) of all runs counted together, not a mean of per-run shares',
  ratio:
    'the share of hits among trials where the condition held, ÷ the same share where it did not, each pooled over all runs (no estimate when either side has no trials or the baseline no hits)',
  tail: 'R² of a straight line through the log–log complementary CDF of the values pooled over all runs, fitted where the measure says',
};

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string): string => `\`${text}\``;

function table(rows: readonly ReferenceRow[], first = 'path'): string[] {
  return [
    `| ${first} | type | default | valid | meaning |`,
    '|---|---|---|---|---|',
    ...rows.map((row) => `| ${code(row.path)} | ${cell(row.type)} | ${cell(row.default)} | ${cell(row.valid)} | ${cell(row.meaning)} |`),
  ];
}

/** A criterion's own fields; `measure` and `options` are described in general, since each measure has its own. */
function criterionRows(): ReferenceRow[] {
  const [first] = Object.keys(MEASURES) as (keyof typeof MEASURES)[];
  return schemaReferenceRows(criterionSchema(first!))
    .filter((row) => !row.path.startsWith('options.'))
    .map((row) => {
      if (row.path === 'measure') return { ...row, valid: 'a measure below', meaning: 'what is measured on the ensemble: the name of a measure below' };
      if (row.path === 'options') {
        return { ...row, default: 'the defaults', meaning: "the measure's options; may be left out when every one of them has a default" };
      }
      if (row.path === 'observed') return { ...row, type: 'number or null' };
      return row;
    });
}

function optionRows(definition: MeasureDefinition): ReferenceRow[] {
  // Options without a description of their own are explained in the measure's description.
  return schemaReferenceRows(definition.options).map((row) => (row.meaning === '' ? { ...row, meaning: 'see what it measures' } : row));
}

function optionsSummary(definition: MeasureDefinition): string {
  const rows = optionRows(definition);
  return rows.length === 0 ? '—' : rows.map((row) => `${code(row.path)} (${row.default})`).join(', ');
}

function measureSection(name: string, definition: MeasureDefinition): string[] {
  const rows = optionRows(definition);
  return [
    `### ${code(name)}`,
    '',
    `${definition.description[0]!.toUpperCase()}${definition.description.slice(1)}.`,
    '',
    `- **unit**: ${definition.unit}`,
    `- **statistic**: [${definition.statistic}](#how-runs-become-one-number)`,
    '',
    ...(rows.length === 0 ? ['No options.'] : table(rows, 'option')),
  ];
}

const EXAMPLE = [
  '```yaml',
  'name: oct-2025',
  'description: Stylized facts of the October 2025 bout',
  'runs: 1000',
  'targets:',
  '  - id: spoiler-onset',
  '    fact: 1',
  '    title: Spoiler-triggered onset',
  '    criteria:',
  '      - measure: boutOnsetAfterSpoiler',
  '        options: { withinDays: 2 }',
  '        observed: 1.0 # 4 of 4 bouts in the record',
  '        accept: { min: 0.7 }',
  '  - id: time-to-peak',
  '    title: Peak a few days after T0',
  '    criteria:',
  '      - measure: timeToPeak',
  '        observed: 6',
  '        accept: { min: 2, max: 8 }',
  '```',
];

/** The example's text, for the test that loads it as a targets file. */
export const TARGETS_EXAMPLE = `${EXAMPLE.slice(1, -1).join('\n')}\n`;

export function targetsReferenceMarkdown(): string {
  const measures = Object.entries(MEASURES) as [string, MeasureDefinition][];
  const lines = [
    '<!-- Generated from the targets schema and the measure catalogue (src/scenarios/targets) by `npm run docs`. Do not edit: a test fails when this file is stale. -->',
    '# Calibration targets reference',
    '',
    'A targets file (YAML or JSON) states stylized facts of a record as measurable targets on an',
    'ensemble. `brink check <scenario> --targets <file>` runs the ensemble and reports, for every',
    'criterion, the simulated value with a 95% interval and whether it lies in the acceptance band;',
    '`brink calibrate` searches parameters toward the targets. `scenarios/targets/oct-2025.yaml` is',
    'the October 2025 set, checked in docs/calibration.md. Files are read and refused like scenario',
    'files: every problem at once, with file:line:column, what was expected and what was found.',
    '',
    ...EXAMPLE,
    '',
    '## The file',
    '',
    ...table(schemaReferenceRows(targetsSchema)),
    '',
    '## A criterion (`targets[<n>].criteria[<n>]`)',
    '',
    'A target is met when every one of its criteria is: when the estimate over all runs lies in',
    '`accept` (both ends included). A criterion whose measure observed nothing (no bout, no truce…)',
    'has no estimate and is not met. `observed` is the record\'s value (null where the record is',
    'qualitative): `brink check` shows it beside the estimate, and `brink calibrate` uses it last, to',
    'rank candidates that meet as many targets, as close to their bands; it never decides a pass.',
    '',
    ...table(criterionRows()),
    '',
    '## How runs become one number',
    '',
    'Each measure looks at every run of the ensemble on its own and keeps what it saw there: values',
    '(a lag, a share, one per bout or one per run) or counts (hits and trials). Bouts are the',
    'scenario\'s: days on which some state is at the `bouts.openRung` or above, with up to',
    '`bouts.quietDays` quieter days inside, fighting under a truce or ceasefire being a violation',
    'rather than a bout unless `bouts.violations` (docs/scenario-reference.md, `bouts`). T0 is the',
    'first day of a run\'s first bout. A measure\'s statistic then combines the runs:',
    '',
    '| statistic | over runs |',
    '|---|---|',
    ...(Object.entries(STATISTICS) as [MeasureStatistic, string][]).map(([statistic, text]) => `| ${statistic} | ${cell(text)} |`),
    '',
    'The 95% interval resamples whole runs (a run\'s bouts, truces and days are not independent), on a',
    'random stream of its own per criterion, so adding a target changes no other target\'s interval.',
    '',
    '## Measures',
    '',
    '| measure | unit | statistic | options (default) |',
    '|---|---|---|---|',
    ...measures.map(([name, d]) => `| [${code(name)}](#${name.toLowerCase()}) | ${cell(d.unit)} | ${d.statistic} | ${cell(optionsSummary(d))} |`),
  ];
  for (const [name, definition] of measures) lines.push('', ...measureSection(name, definition));
  return `${lines.join('\n')}\n`;
}
