/**
 * Chart 1, run trajectory: both states' rungs per day as step lines against the ladder, with
 * truce / ceasefire / agreement periods and border closure shaded; above, spoiler attacks and
 * third-party appeals, offers and sessions as annotated points; below, deaths per day per side
 * (true, claimed by the enemy, admitted).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { RunResult } from '../model/index.js';
import type { ModelParams } from '../model/types.js';
import { asSpec, dayAxisTitle, frame, rungAxis, rungScale, type ChartMeta } from './frame.js';
import { deathRows, eventRows, runPeriods, rungRows } from './runData.js';
import { EVENT_COLORS, PERIOD_COLORS, STATE_COLORS, WIDTH } from './theme.js';

/** Tick values for a symlog axis: 0 and the powers of ten up to the largest value. */
function decades(rows: readonly Record<string, unknown>[]): number[] {
  const max = rows.reduce((m, row) => Math.max(m, Number(row.deaths)), 0);
  const ticks = [0];
  for (let tick = 1; tick <= Math.max(10, max); tick *= 10) ticks.push(tick);
  return ticks;
}

export function runTrajectoryChart(params: ModelParams, result: RunResult, meta: ChartMeta): TopLevelSpec {
  const deaths = deathRows(params, result);
  const stateIds = params.states.map((s) => s.id);
  const days = params.days;
  const x = { field: 'day', type: 'quantitative', title: dayAxisTitle(meta), scale: { domain: [0, days] } } as const;
  const stateColor = { field: 'state', type: 'nominal', title: 'state', scale: { domain: stateIds, range: [...STATE_COLORS] } } as const;
  const periodKinds = Object.keys(PERIOD_COLORS);
  const eventKinds = Object.keys(EVENT_COLORS);
  return asSpec({
    ...frame(meta, `Escalation trajectory: rungs of ${stateIds.join(' and ')} per day`),
    vconcat: [
      {
        width: WIDTH,
        height: 70,
        title: 'Spoiler attacks and third-party moves',
        data: { values: eventRows(params, result) },
        mark: { type: 'point', filled: true, size: 60 },
        encoding: {
          x,
          y: { field: 'kind', type: 'nominal', title: null, scale: { domain: eventKinds } },
          color: { field: 'kind', type: 'nominal', legend: null, scale: { domain: eventKinds, range: Object.values(EVENT_COLORS) } },
          shape: { field: 'kind', type: 'nominal', legend: null, scale: { domain: eventKinds, range: ['triangle-down', 'circle', 'diamond', 'square'] } },
          tooltip: [
            { field: 'day', type: 'quantitative', title: 'day' },
            { field: 'kind', type: 'nominal', title: 'event' },
            { field: 'actor', type: 'nominal', title: 'by' },
            { field: 'note', type: 'nominal', title: 'what' },
            { field: 'cameo', type: 'nominal', title: 'CAMEO' },
          ],
        },
      },
      {
        width: WIDTH,
        height: 260,
        layer: [
          {
            data: { values: runPeriods(result) },
            mark: { type: 'rect', opacity: 0.35 },
            encoding: {
              x: { ...x, field: 'start' },
              x2: { field: 'end' },
              fill: { field: 'kind', type: 'nominal', title: 'period', scale: { domain: periodKinds, range: Object.values(PERIOD_COLORS) } },
              tooltip: [
                { field: 'kind', type: 'nominal', title: 'period' },
                { field: 'start', type: 'quantitative', title: 'from day' },
                { field: 'end', type: 'quantitative', title: 'until day' },
              ],
            },
          },
          {
            data: { values: rungRows(params, result) },
            mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
            encoding: {
              x,
              y: {
                field: 'rung',
                type: 'quantitative',
                title: 'escalation rung',
                scale: rungScale(params.ladder),
                axis: rungAxis(params.ladder),
              },
              stroke: stateColor,
              tooltip: [
                { field: 'day', type: 'quantitative', title: 'day' },
                { field: 'state', type: 'nominal', title: 'state' },
                { field: 'rung', type: 'quantitative', title: 'rung' },
                { field: 'rungName', type: 'nominal', title: 'rung name' },
              ],
            },
          },
        ],
      },
      {
        width: WIDTH,
        height: 160,
        title: 'Deaths suffered per day: true, claimed by the enemy, admitted',
        data: { values: deaths },
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 1.2 },
        encoding: {
          x,
          y: { field: 'deaths', type: 'quantitative', title: 'deaths per day (symlog scale)', scale: { type: 'symlog' }, axis: { values: decades(deaths) } },
          color: stateColor,
          strokeDash: { field: 'measure', type: 'nominal', title: 'count', scale: { domain: ['true', 'claimed by enemy', 'admitted'] } },
          tooltip: [
            { field: 'day', type: 'quantitative', title: 'day' },
            { field: 'state', type: 'nominal', title: 'deaths in' },
            { field: 'measure', type: 'nominal', title: 'count' },
            { field: 'deaths', type: 'quantitative', title: 'deaths' },
          ],
        },
      },
    ],
    resolve: { scale: { color: 'independent', shape: 'independent' }, legend: { color: 'independent' } },
  });
}
