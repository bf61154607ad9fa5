/**
 * Calibration check (`brink check`): one row per criterion of each target, on its own scale —
 * the acceptance band as a shaded bar (open-ended bands run to the edge), the simulated
 * estimate as a dot (green when in the band, red when not) with its 95% bootstrap interval,
 * and the observed value as a black tick where the record has one.
 */
import type { TopLevelSpec } from 'vega-lite';
import { bandText } from '../calibration/bandText.js';
import type { CheckResult, CriterionResult } from '../calibration/checkTargets.js';
import { asSpec, frame, type ChartMeta } from './frame.js';

const PASS_COLOR = '#1b7837';
const FAIL_COLOR = '#c51b7d';

function row(targetLabel: string, criterion: CriterionResult, index: number) {
  const known = [criterion.accept.min, criterion.accept.max, criterion.estimate, criterion.lower, criterion.upper, criterion.observed].filter(
    (v): v is number => v !== null && v !== undefined && Number.isFinite(v),
  );
  const low = Math.min(...known);
  const high = Math.max(...known);
  const pad = (high - low || Math.abs(high) || 1) * 0.25;
  const side = typeof criterion.options.side === 'string' ? ` (${criterion.options.side})` : '';
  return {
    key: String(index).padStart(4, '0'),
    label: `${targetLabel} · ${criterion.measure}${side}`,
    unit: criterion.unit,
    bandLow: criterion.accept.min ?? low - pad,
    bandHigh: criterion.accept.max ?? high + pad,
    edgeLow: low - pad,
    edgeHigh: high + pad,
    band: bandText(criterion.accept),
    estimate: criterion.estimate,
    lower: criterion.lower,
    upper: criterion.upper,
    observed: criterion.observed,
    verdict: criterion.pass ? 'in the band' : 'outside the band',
    n: criterion.n,
  };
}

export function targetsChart(result: CheckResult, meta: ChartMeta, targetsName: string): TopLevelSpec {
  return asSpec({
    ...frame(meta, `Calibration check: ${result.passed} of ${result.total} targets met (${targetsName})`, LEGEND),
    ...targetsFacet(result),
  });
}

/** What the marks mean: the subtitle's second line. */
export const LEGEND = 'bar: accepted band · dot and line: simulated value, 95% interval · black tick: observed';

/**
 * The chart's body without its frame: data and a facet of one row per criterion. `brink check
 * --cases` stacks one per bout (charts/casesChart.ts).
 */
export function targetsFacet(result: CheckResult) {
  let index = 0;
  const rows = result.targets.flatMap((target) =>
    target.criteria.map((criterion) => row(`${target.fact ?? ''} ${target.id}`.trim(), criterion, index++)),
  );
  const x = { type: 'quantitative', title: null, scale: { zero: false, nice: false }, axis: { labelFontSize: 9, tickCount: 4, grid: false } };
  const tooltip = [
    { field: 'label', type: 'nominal', title: 'target · measure' },
    { field: 'estimate', type: 'quantitative', title: 'simulated', format: '.3~f' },
    { field: 'lower', type: 'quantitative', title: '95% lower', format: '.3~f' },
    { field: 'upper', type: 'quantitative', title: '95% upper', format: '.3~f' },
    { field: 'observed', type: 'quantitative', title: 'observed', format: '.3~f' },
    { field: 'band', type: 'nominal', title: 'accepted' },
    { field: 'unit', type: 'nominal', title: 'unit' },
    { field: 'n', type: 'quantitative', title: 'values or trials' },
  ];
  return {
    data: { values: rows },
    facet: {
      row: {
        // Rows are keyed by position (two criteria may share a label); the header shows the label.
        field: 'key',
        type: 'ordinal',
        title: null,
        header: {
          labelExpr: `${JSON.stringify(rows.map((r) => r.label))}[parseInt(datum.value, 10)]`,
          labelOrient: 'top',
          labelAngle: 0,
          labelAlign: 'left',
          labelAnchor: 'start',
          labelLimit: 560,
          labelFontSize: 10,
          labelPadding: 2,
        },
      },
    },
    spacing: 4,
    spec: {
      width: 560,
      height: 16,
      layer: [
        { mark: { type: 'rule', opacity: 0 }, encoding: { x: { ...x, field: 'edgeLow' }, x2: { field: 'edgeHigh' } } },
        { mark: { type: 'bar', color: '#d9d9d9', height: 14 }, encoding: { x: { ...x, field: 'bandLow' }, x2: { field: 'bandHigh' }, tooltip } },
        { mark: { type: 'rule', strokeWidth: 2 }, encoding: { x: { ...x, field: 'lower' }, x2: { field: 'upper' }, color: verdictColor(), tooltip } },
        { mark: { type: 'point', filled: true, size: 50, opacity: 1 }, encoding: { x: { ...x, field: 'estimate' }, color: verdictColor(), tooltip } },
        { mark: { type: 'tick', color: '#000000', thickness: 2, size: 14 }, encoding: { x: { ...x, field: 'observed' }, tooltip } },
      ],
    },
    resolve: { scale: { x: 'independent' } },
  };
}

function verdictColor() {
  return { field: 'verdict', type: 'nominal', title: null, scale: { domain: ['in the band', 'outside the band'], range: [PASS_COLOR, FAIL_COLOR] } };
}
