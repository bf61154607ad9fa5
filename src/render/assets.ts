/**
 * Files brink's renderers need from installed packages: the DejaVu Sans TrueType fonts (passed
 * to resvg explicitly, so PNGs are identical on every machine) and the browser bundles of vega,
 * vega-lite and vega-embed (inlined into reports). The packages hide `build/*.min.js` behind
 * `exports`, so each is found next to the package's resolved main entry.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** DejaVu Sans regular, bold and oblique: the one family every chart uses. */
export function fontFiles(): string[] {
  const folder = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((name) => join(folder, name));
}

function bundle(packageName: string, file: string): string {
  const main = fileURLToPath(import.meta.resolve(packageName));
  return readFileSync(join(dirname(main), file), 'utf8');
}

let bundles: { vega: string; vegaLite: string; vegaEmbed: string } | undefined;

/** The three browser bundles, read once per process. */
export function browserBundles(): { vega: string; vegaLite: string; vegaEmbed: string } {
  bundles ??= {
    vega: bundle('vega', 'vega.min.js'),
    vegaLite: bundle('vega-lite', 'vega-lite.min.js'),
    vegaEmbed: bundle('vega-embed', 'vega-embed.min.js'),
  };
  return bundles;
}
