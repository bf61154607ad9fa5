#!/usr/bin/env node
// Part of `npm run docs`: writes docs/targets-reference.md from the compiled measure catalogue and
// targets schema (src/scenarios/targets/targetsReference.ts), as `brink schema --reference`
// writes the scenario reference. test/scenarios/targetsReference.test.ts fails when it is stale.
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const generator = new URL('../dist/scenarios/targets/targetsReference.js', import.meta.url);
if (!existsSync(generator)) {
  process.stderr.write('brink is not built yet: run `npm run build` first\n');
  process.exit(1);
}
const { targetsReferenceMarkdown } = await import(generator.href);
const out = fileURLToPath(new URL('../docs/targets-reference.md', import.meta.url));
writeFileSync(out, targetsReferenceMarkdown());
console.log('docs/targets-reference.md');
