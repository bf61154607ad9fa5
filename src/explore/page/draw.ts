/**
 * Draws Vega-Lite specs with the vega-embed inlined in the page. While a chart is being drawn,
 * only the newest spec waiting for it is kept: Play asks for a frame per day and a slow draw
 * skips days rather than falling behind.
 */
import type { TopLevelSpec } from 'vega-lite';
import { el } from './dom.js';
import { download, downloadUrl } from './download.js';

interface EmbedResult {
  finalize(): void;
  readonly view: { toSVG(): Promise<string>; toImageURL(type: 'png', scale?: number): Promise<string> };
}
declare const vegaEmbed: (element: HTMLElement, spec: TopLevelSpec, options: object) => Promise<EmbedResult>;

interface ChartSlot {
  view?: EmbedResult;
  drawing?: Promise<void>;
  waiting?: TopLevelSpec;
}

const slots = new WeakMap<HTMLElement, ChartSlot>();

export function draw(element: HTMLElement, spec: TopLevelSpec): Promise<void> {
  let slot = slots.get(element);
  if (slot === undefined) {
    slot = {};
    slots.set(element, slot);
  }
  const own = slot;
  if (own.view === undefined && element.nextElementSibling?.classList.contains('chart-export') !== true) element.after(exportButtons(element, own));
  own.waiting = spec;
  own.drawing ??= (async () => {
    while (own.waiting !== undefined) {
      const next = own.waiting;
      own.waiting = undefined;
      own.view?.finalize();
      own.view = await vegaEmbed(element, next, { actions: false, renderer: 'svg' });
    }
    own.drawing = undefined;
  })();
  return own.drawing;
}

/** Removes a chart (its data no longer matches the parameters). */
export function clear(element: HTMLElement): void {
  const slot = slots.get(element);
  slot?.view?.finalize();
  if (slot !== undefined) slot.view = undefined;
  element.replaceChildren();
}

/** SVG and PNG of what a chart shows now, drawn by its vega view (the page's own renderer). */
function exportButtons(element: HTMLElement, slot: ChartSlot): HTMLElement {
  const name = element.dataset.chart ?? 'chart';
  const svg = el('button', { type: 'button', 'data-export': `${name}.svg` }, 'SVG');
  const png = el('button', { type: 'button', 'data-export': `${name}.png` }, 'PNG');
  svg.addEventListener('click', () => void slot.view?.view.toSVG().then((text) => download(`${name}.svg`, text, 'image/svg+xml')));
  png.addEventListener('click', () => void slot.view?.view.toImageURL('png', 2).then((url) => downloadUrl(`${name}.png`, url)));
  return el('p', { class: 'files chart-export' }, svg, png);
}
