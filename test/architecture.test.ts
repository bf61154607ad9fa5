/**
 * The layering of docs/architecture.md, checked on the import lines of src/: every import goes
 * to the left in `model ← scenarios ← sim ← stats ← calibration ← charts ← render ← report ←
 * commands ← explore ← cli`, plus the narrower rules below; no `Math.random` or `Date` in model or stats.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));
const LAYERS = ['model', 'scenarios', 'sim', 'stats', 'calibration', 'charts', 'render', 'report', 'commands', 'explore', 'cli'] as const;

/** Imports the layer order allows but the design does not: [from, to, why]. */
const FORBIDDEN: readonly (readonly [RegExp, RegExp, string])[] = [
  [/^stats\//, /^sim\//, "statistics take plain arrays and histograms, not the simulator's types"],
  [/^report\//, /^(stats|calibration)\//, 'the output-folder kit knows no statistics'],
  [/^cli\/commands\//, /^(stats|sim)\/|^node:fs$|^fs$/, 'a command module parses flags, calls a pipeline and prints'],
  [/^explore\//, /^node:|^(fs|path|crypto|os|http|url|worker_threads|child_process)$/, 'the explorer runs in the browser: no Node built-ins'],
];

/**
 * Imports the rules above forbid that exist today, waiting for their fix; the test fails when
 * one disappears, so the list only shrinks. Empty: statistics read plain histograms and outcome
 * columns (`stats/histograms.ts`), which the simulator's tallies happen to satisfy.
 */
const KNOWN: readonly string[] = [];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Specifiers of static imports, re-exports and dynamic imports, comments stripped. */
function importsOf(text: string): string[] {
  const code = withoutComments(text);
  const found: string[] = [];
  for (const match of code.matchAll(/(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]/g)) found.push(match[1]!);
  for (const match of code.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g)) found.push(match[1]!);
  for (const match of code.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]!);
  return found;
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** `stats/wilsonInterval.ts` for a file under src/; `node:fs` for a package. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return relative(SRC, resolve(dirname(file), specifier)).split(sep).join('/');
}

const layerOf = (path: string): number => LAYERS.indexOf(path.split('/')[0] as (typeof LAYERS)[number]);

const files = sourceFiles(SRC).map((file) => ({ file, path: relative(SRC, file).split(sep).join('/'), text: readFileSync(file, 'utf8') }));

describe('architecture', () => {
  it('every layer imports only layers to its left, and nothing the design rules out', () => {
    const violations: string[] = [];
    for (const { file, path, text } of files) {
      const from = layerOf(path);
      for (const specifier of importsOf(text)) {
        const to = target(file, specifier);
        if (from >= 0 && layerOf(to) > from) violations.push(`${path} imports ${to} (${LAYERS[layerOf(to)]} is right of ${LAYERS[from]})`);
        for (const [source, destination, why] of FORBIDDEN) {
          if (source.test(path) && destination.test(to)) violations.push(`${path} imports ${to}: ${why}`);
        }
      }
    }
    expect(violations.filter((v) => !KNOWN.includes(v))).toEqual([]);
    expect(KNOWN.filter((v) => !violations.includes(v))).toEqual([]);
  });

  it('the model imports nothing from other layers', () => {
    const outside = files
      .filter(({ path }) => path.startsWith('model/'))
      .flatMap(({ file, path, text }) => importsOf(text).filter((s) => s.startsWith('.') && !target(file, s).startsWith('model/')).map((s) => `${path}: ${s}`));
    expect(outside).toEqual([]);
  });

  it('no Math.random and no Date in model or stats code', () => {
    const found = files
      .filter(({ path }) => /^(model|stats)\//.test(path))
      .flatMap(({ path, text }) => withoutComments(text).split('\n').map((line, n) => ({ line, where: `${path}:${n + 1}` })))
      .filter(({ line }) => /Math\.random|\bDate\b/.test(line))
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(found).toEqual([]);
  });

  it('the checker sees imports of every form', () => {
    const text = "import a from './a.js';\nimport type { B } from '../b.js';\nexport { c } from './c.js';\nimport './d.js';\nconst e = await import('./e.js');\n// import x from './commented.js';\n";
    expect(importsOf(text)).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js']);
  });
});
