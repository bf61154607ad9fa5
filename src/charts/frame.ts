/**
 * What every chart carries besides its marks: `$schema`, a title that says what it shows, a
 * subtitle with scenario, seed and runs, the theme, and provenance in `usermeta`.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Ladder } from '../model/types.js';
import { CONFIG, VEGA_LITE_SCHEMA } from './theme.js';

/** Who made the data a chart shows. */
export interface ChartMeta {
  readonly toolVersion: string;
  readonly scenario: string;
  /** sha256 of the resolved scenario parameters. */
  readonly scenarioHash: string;
  readonly seed: string;
  /** Runs behind the chart (1 for a single run). */
  readonly runs: number;
  /** Set for single-run charts. */
  readonly runIndex?: number;
  /** Calendar date of day 0, if the scenario has one. */
  readonly startDate?: string;
}

export function subtitle(meta: ChartMeta, extra?: string): string[] {
  const runs = meta.runIndex === undefined ? `${meta.runs.toLocaleString('en-US')} runs` : `run ${meta.runIndex}`;
  const line = `${meta.scenario} · seed ${meta.seed} · ${runs}${meta.startDate === undefined ? '' : ` · day 0 = ${meta.startDate}`}`;
  return extra === undefined ? [line] : [line, extra];
}

export function frame(meta: ChartMeta, title: string, extra?: string) {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, subtitle: subtitle(meta, extra) },
    config: CONFIG,
    usermeta: {
      brink: {
        version: meta.toolVersion,
        scenario: meta.scenario,
        scenarioHash: meta.scenarioHash,
        seed: meta.seed,
        runs: meta.runs,
        ...(meta.runIndex === undefined ? {} : { runIndex: meta.runIndex }),
      },
    },
  };
}

/** A rung axis's scale: the whole ladder, 0 to its top. */
export function rungScale(ladder: Ladder) {
  return { domain: [0, ladder.top] };
}

/** A rung axis: a tick at every rung of the ladder, labelled with its name. */
export function rungAxis(ladder: Ladder) {
  return { values: Array.from({ length: ladder.top + 1 }, (_, rung) => rung), labelExpr: rungLabelExpr(ladder.name), labelLimit: 320 };
}

/** Vega expression mapping a rung number to its ladder name, for axis labels. */
export function rungLabelExpr(names: readonly string[]): string {
  return `${JSON.stringify(names.map((name, rung) => `${rung} ${name}`))}[datum.value] || ''`;
}

/** Axis title of day axes: day numbers, anchored to a date when there is one. */
export function dayAxisTitle(meta: ChartMeta, from = 'day'): string {
  return meta.startDate === undefined ? from : `${from} (day 0 = ${meta.startDate})`;
}

/**
 * Marks a built object as a Vega-Lite spec. The builders' literals are checked where it counts:
 * a test validates every spec against the Vega-Lite JSON Schema and compiles it warning-free.
 */
export function asSpec(value: object): TopLevelSpec {
  return value as TopLevelSpec;
}
