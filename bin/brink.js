#!/usr/bin/env node
// The `brink` command. The TypeScript sources are compiled to dist/ by `npm ci` (the prepare
// script); this file only starts the compiled CLI: the bundle of it (dist/bundle, made by
// scripts/bundle-cli.mjs: it starts faster) when that is at least as new as the tsc build,
// else the tsc build itself (after a bare `tsc`, the bundle would be stale code).
import { existsSync, statSync } from 'node:fs';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
const bundled = new URL('../dist/bundle/main.js', import.meta.url);
if (!existsSync(compiled)) {
  process.stderr.write('brink is not built yet: run `npm ci` (or `npm run build`) in the brink folder first\n');
  process.exit(1);
}
const fresh = existsSync(bundled) && statSync(bundled).mtimeMs >= statSync(compiled).mtimeMs;
const { runCli } = await import((fresh ? bundled : compiled).href);
runCli(process.argv.slice(2));
