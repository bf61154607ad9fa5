/**
 * Draws Vega-Lite specs with the vega-embed inlined in the page. While a chart is being drawn,
 * only the newest spec waiting for it is kept: Play asks for a frame per day and a slow draw
 * skips days rather than falling behind.
 */
import type { TopLevelSpec } from 'vega-lite';

interface EmbedResult {
  finalize(): void;
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
