/** Chart 3, time to ceasefire: Kaplan–Meier curve of "no ceasefire yet" from T0, with its 95% band. */
import type { TopLevelSpec } from 'vega-lite';
import type { EnsembleSummary } from '../stats/index.js';
import { asSpec, frame, type ChartMeta } from './frame.js';
import { WIDTH } from './theme.js';

export function survivalChart(summary: EnsembleSummary, meta: ChartMeta): TopLevelSpec {
  const km = summary.survival;
  const median = km.median === null ? 'not reached' : `${km.median} days [${km.medianLower ?? '–'}, ${km.medianUpper ?? '–'}]`;
  const x = { field: 't', type: 'quantitative', title: 'days since the first kinetic day (T0)' };
  const y = { type: 'quantitative', title: 'share of runs with no ceasefire yet', scale: { domain: [0, 1] }, axis: { format: '.0%' } };
  return asSpec({
    ...frame(meta, 'Time to ceasefire: Kaplan–Meier survival of "no ceasefire yet"', `median ${median}; ${km.n.toLocaleString('en-US')} runs at risk from T0, censored at the horizon`),
    width: WIDTH,
    height: 300,
    data: { values: km.points.map((p) => ({ t: p.t, survival: p.survival, lower: p.lower, upper: p.upper, atRisk: p.atRisk, events: p.events })) },
    layer: [
      { mark: { type: 'area', interpolate: 'step-after', opacity: 0.25, color: '#35978f' }, encoding: { x, y: { ...y, field: 'lower' }, y2: { field: 'upper' } } },
      {
        mark: { type: 'line', interpolate: 'step-after', color: '#01665e', strokeWidth: 2 },
        encoding: {
          x,
          y: { ...y, field: 'survival' },
          tooltip: [
            { field: 't', type: 'quantitative', title: 'days since T0' },
            { field: 'survival', type: 'quantitative', title: 'no ceasefire yet', format: '.1%' },
            { field: 'lower', type: 'quantitative', title: '95% lower', format: '.1%' },
            { field: 'upper', type: 'quantitative', title: '95% upper', format: '.1%' },
            { field: 'atRisk', type: 'quantitative', title: 'runs at risk' },
            { field: 'events', type: 'quantitative', title: 'ceasefires that day' },
          ],
        },
      },
      { data: { values: [{ half: 0.5 }] }, mark: { type: 'rule', strokeDash: [4, 4], color: '#888888' }, encoding: { y: { field: 'half', type: 'quantitative' } } },
    ],
  });
}
