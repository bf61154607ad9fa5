/**
 * Rendering without a browser: the same spec gives the same SVG and PNG bytes every time, and
 * text really reaches the PNG (resvg drops text silently when it has no font).
 */
import { Resvg } from '@resvg/resvg-js';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { fontFiles, renderChart, renderSvg } from '../../src/render/index.js';
import { sha256 } from '../../src/scenarios/index.js';
import { allChartSpecs } from '../helpers/charts.js';

/** Non-white pixels of an SVG drawn the way brink draws PNGs (shipped font, no system fonts). */
function inkedPixels(svg: string, withFont: boolean): number {
  const image = new Resvg(svg, { font: { fontFiles: withFont ? fontFiles() : [], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }, background: '#ffffff' }).render();
  const pixels = image.pixels;
  let inked = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 250 || pixels[i + 1]! < 250 || pixels[i + 2]! < 250) inked += 1;
  return inked;
}

describe('rendering', () => {
  it('gives identical SVG and PNG bytes for identical specs', async () => {
    const specs = await allChartSpecs();
    for (const name of ['trajectory', 'fan', 'outcomes']) {
      const [a, b] = [await renderChart(specs[name]!), await renderChart(structuredClone(specs[name]!))];
      expect(sha256(b.svg), name).toBe(sha256(a.svg));
      expect(sha256(b.png), name).toBe(sha256(a.png));
      // A PNG, twice the SVG's size.
      expect(Buffer.from(a.png.subarray(1, 4)).toString('latin1')).toBe('PNG');
    }
  }, 120_000);

  it('draws text with the shipped font, which resvg would otherwise drop', async () => {
    const spec = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', title: 'Escalation', data: { values: [] }, mark: 'point' } as unknown as TopLevelSpec;
    const svg = await renderSvg(spec);
    expect(svg).toContain('Escalation');
    expect(fontFiles()).toHaveLength(3);
    const withFont = inkedPixels(svg, true);
    expect(withFont).toBeGreaterThan(100);
    expect(inkedPixels(svg, false)).toBeLessThan(withFont / 10);
  });
});
