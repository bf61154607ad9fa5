/**
 * The explorer's browser code, bundled with esbuild: the page script (scenario loading and
 * validation, parameter panel, charts, statistics) and the worker script (the model). Both come
 * from the same modules `brink run` and `brink ensemble` use, so the page runs the very same code.
 * Bundled at `brink explore` time, from `src/explore` under tsx and from `dist/explore` when
 * installed; Node built-ins the shared modules import are mapped to small browser stand-ins.
 */
import type { Plugin } from 'esbuild';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../scenarios/packageFiles.js';

export interface ExploreBundles {
  /** The page script (an IIFE). */
  readonly page: string;
  /** The worker script (an IIFE), started from a Blob URL so it works from file://. */
  readonly worker: string;
}

/** `.ts` when running from source (tsx, vitest), `.js` from the compiled package. */
const EXTENSION = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/**
 * From the package root, not from this module: the CLI also runs bundled (dist/bundle, one
 * folder deep, scripts/bundle-cli.mjs), where this code no longer sits in commands/explore/.
 */
function sourceOf(relative: string): string {
  return join(PACKAGE_ROOT, EXTENSION === '.ts' ? 'src' : 'dist', 'explore', `${relative}${EXTENSION}`);
}

/** node:crypto and node:fs become the page's stand-ins; any other built-in is a bundling error. */
const browserBuiltins: Plugin = {
  name: 'brink-browser-builtins',
  setup(bundler) {
    const standIns: Record<string, string> = { 'node:crypto': sourceOf('shims/crypto'), 'node:fs': sourceOf('shims/fs') };
    bundler.onResolve({ filter: /^node:/ }, (args) => {
      const path = standIns[args.path];
      if (path !== undefined) return { path };
      return { errors: [{ text: `${args.path} (imported by ${args.importer}) has no browser stand-in in the explorer bundle` }] };
    });
  },
};

async function bundleOne(entry: string): Promise<string> {
  // Loaded here, not at startup: every brink command imports this module, few bundle anything,
  // and esbuild's load time would delay the CLI's signal handlers.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [sourceOf(entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    plugins: [browserBuiltins],
  });
  return result.outputFiles[0]!.text;
}

let cached: Promise<ExploreBundles> | undefined;

/** Both scripts, bundled once per process. */
export function exploreBundles(): Promise<ExploreBundles> {
  cached ??= Promise.all([bundleOne('page/main'), bundleOne('worker/main')]).then(([page, worker]) => ({ page, worker }));
  return cached;
}
