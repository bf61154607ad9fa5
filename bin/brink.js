#!/usr/bin/env node
// The `brink` command. The TypeScript sources are compiled to dist/ by `npm ci` (the prepare
// script); this file only starts the compiled CLI.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('brink is not built yet: run `npm ci` (or `npm run build`) in the brink folder first\n');
  process.exit(1);
}
const { runCli } = await import(entry.href);
runCli(process.argv.slice(2));
