#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js) and its ensemble worker (dist/sim/worker.js) into
// dist/bundle/, for start-up: Node 20 resolves, reads, compiles and links every ES module file
// one by one, and `brink ensemble` loads about 300 of them (zod alone is ~100), a fifth of a
// short ensemble's wall time. Commands stay lazily loaded (code splitting: one chunk each).
// bin/brink.js starts the bundle when it is at least as new as the tsc build, else dist/cli.
// Left outside: native and large packages, and what only tests or charts load.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// `--outdir DIR` (the bundle's test builds one elsewhere): by default the folder bin/brink.js starts.
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag === -1 ? `${root}dist/bundle` : process.argv[outdirFlag + 1];
if (outdir === undefined) throw new Error('--outdir needs a folder');
// A fresh folder: chunk names are content hashes, and stale chunks would stay in the code fingerprint.
rmSync(outdir, { recursive: true, force: true });
/**
 * zod's namespace (`z`, imported whole) carries every one of its locales as `z.locales`: a third
 * of the bundle's biggest chunk (~360 KB), compiled and built at every start. brink reads no
 * locale but the English default (which zod imports directly), so the bundle's `z.locales` has
 * only `en`; the tsc build (dist/cli) keeps them all.
 */
const englishOnlyZodLocales = {
  name: 'english-only-zod-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      // The path names the module in the bundle's comments: no folder of this machine in it.
      /[\\/]node_modules[\\/]zod[\\/]/.test(importer)
        ? { path: 'zod/locales/english-only.js', namespace: 'zod-locales', pluginData: join(dirname(importer), '..', 'locales') }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, ({ pluginData }) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: pluginData,
    }));
  },
};

/**
 * yargs is bundled too (it was ~30 files resolved, read and compiled one by one at every start).
 * It finds its locale files (and the package above node_modules) from its shim's own path:
 * in the bundle that path is computed where the package is installed, so messages are the same.
 */
const yargsShimPath = {
  name: 'yargs-shim-path',
  setup(build) {
    build.onLoad({ filter: /[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const own = 'fileURLToPath(import.meta.url)';
      if (!source.includes(own)) throw new Error(`${path}: yargs no longer finds its files from ${own}; check the bundling of yargs`);
      const installed = "join(dirname(createRequire(import.meta.url).resolve('yargs/package.json')), 'lib', 'platform-shims', 'esm.mjs')";
      return { contents: source.replace(own, installed), loader: 'js' };
    });
  },
};

/**
 * string-width (yargs and cliui each have a copy) builds an Intl.Segmenter as it loads: ~15 ms of
 * ICU set-up at every start, though widths are measured only to lay out help text. In the
 * bundle the segmenter is built when first asked for; widths are the same.
 */
const lazySegmenter = {
  name: 'lazy-segmenter',
  setup(build) {
    build.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const eager = 'const segmenter = new Intl.Segmenter();';
      if (!source.includes(eager)) return undefined;
      const lazy = 'let intlSegmenter; const segmenter = { segment: (text) => (intlSegmenter ??= new Intl.Segmenter()).segment(text) };';
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

await build({
  absWorkingDir: root,
  entryPoints: { main: 'dist/cli/main.js', worker: 'dist/sim/worker.js' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  external: ['@resvg/resvg-js', 'esbuild', 'vega', 'vega-lite', 'vega-embed', '@duckdb/*', 'tsx', 'tsx/*', 'playwright-core'],
  // CommonJS packages bundled into ES modules call require() for Node built-ins.
  banner: { js: "import { createRequire as __brinkRequire } from 'node:module'; const require = __brinkRequire(import.meta.url);" },
  plugins: [englishOnlyZodLocales, yargsShimPath, lazySegmenter],
  logLevel: 'warning',
});
