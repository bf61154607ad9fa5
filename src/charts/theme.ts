/**
 * The look shared by every brink chart: one font (shipped as DejaVu Sans TTF, so SVG, PNG and
 * the browser agree), a colour per state, and colours for the dyad's ceasefire states.
 */
import type { Config } from 'vega-lite';

export const FONT = 'DejaVu Sans';
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** The first and second state (canonical id order) always get these colours. */
export const STATE_COLORS = ['#b2182b', '#2166ac'] as const;
/** Dyad periods: truce, ceasefire, agreement, border closed. */
export const PERIOD_COLORS: Readonly<Record<string, string>> = {
  truce: '#fdb863',
  ceasefire: '#80cdc1',
  agreement: '#35978f',
  'border closed': '#bababa',
};
export const EVENT_COLORS: Readonly<Record<string, string>> = {
  'spoiler attack': '#000000',
  appeal: '#7b3294',
  offer: '#c2a5cf',
  session: '#008837',
};

export const WIDTH = 720;

export const CONFIG: Config = {
  font: FONT,
  title: { fontSize: 15, subtitleFontSize: 11, subtitleColor: '#555555', anchor: 'start' },
  axis: { labelFontSize: 10, titleFontSize: 11, grid: true, gridColor: '#eeeeee' },
  legend: { labelFontSize: 10, titleFontSize: 11 },
  view: { stroke: null },
  background: '#ffffff',
};
