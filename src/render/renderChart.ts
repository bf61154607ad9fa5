/**
 * One chart, rendered without a browser: Vega-Lite spec → Vega (compileSpec) → SVG (a vega
 * View with renderer 'none') → PNG (resvg, with DejaVu Sans passed explicitly and system fonts
 * off: without a font resvg silently drops text, and system fonts would differ per machine).
 */
import { Resvg } from '@resvg/resvg-js';
import { parse, resetSVGDefIds, View } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { fontFiles } from './assets.js';
import { compileSpec } from './compileSpec.js';

export interface RenderedChart {
  readonly svg: string;
  readonly png: Uint8Array;
}

/** PNGs are drawn at twice the SVG's size, for sharp text on high-density screens. */
const PNG_SCALE = 2;

/**
 * A Vega-Lite spec as SVG text, rendered in Node (no browser).
 *
 * @example
 * writeFileSync('fan.svg', await renderSvg(charts.ensembleFanChart(scenario.params, summary, meta)));
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compileSpec(spec).vega), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}

/**
 * A Vega-Lite spec as SVG and PNG (at twice the SVG's size, DejaVu Sans: identical bytes on every machine).
 *
 * @example
 * const { svg, png } = await renderChart(spec);
 * writeFileSync('chart.png', png);
 */
export async function renderChart(spec: TopLevelSpec): Promise<RenderedChart> {
  const svg = await renderSvg(spec);
  return { svg, png: svgToPng(svg) };
}

/** The sequence of renders in progress, if any: the next waits for it. */
let rendering: Promise<unknown> = Promise.resolve();

/**
 * Runs `render` (a sequence of renders) as a fresh process would: vega numbers SVG gradients and
 * clip paths with process-wide counters, so without this an SVG's ids, and bytes, would depend
 * on what the process drew before. One sequence at a time, each starting its counters at 0.
 */
export function withFreshSvgIds<T>(render: () => Promise<T>): Promise<T> {
  const run = rendering.then(() => {
    resetSVGDefIds();
    return render();
  });
  rendering = run.catch(() => undefined);
  return run;
}
