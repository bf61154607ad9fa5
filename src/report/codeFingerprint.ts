/**
 * A fingerprint of the code that is running: the sha256 of every code file of the tree this
 * module was loaded from (`dist/` for the built CLI, `src/` when run from source), by relative
 * path and bytes. Caches are keyed on it rather than on the package version (0.1.0 on every
 * commit): after any change to the model and a rebuild the fingerprint changes, so no cached
 * result made by other code can be reused, and no build step has to remember to update it.
 * Read once per process (a few milliseconds: about a megabyte of code).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `src/` or `dist/`: this file is `<tree>/report/codeFingerprint.{ts,js}`. */
const CODE_TREE = join(dirname(fileURLToPath(import.meta.url)), '..');

const isCode = (name: string): boolean => /\.(ts|js|mjs|cjs)$/.test(name) && !name.endsWith('.d.ts');

function codeFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...codeFiles(path));
    else if (entry.isFile() && isCode(entry.name)) files.push(path);
  }
  return files;
}

let cached: string | undefined;

/** sha256 over (relative path, bytes) of every code file, in path order. */
export function codeFingerprint(tree: string = CODE_TREE): string {
  if (tree === CODE_TREE && cached !== undefined) return cached;
  const hash = createHash('sha256');
  const files = codeFiles(tree)
    .map((file) => ({ file, name: relative(tree, file).split(sep).join('/') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { file, name } of files) {
    const bytes = readFileSync(file);
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
  const digest = hash.digest('hex');
  if (tree === CODE_TREE) cached = digest;
  return digest;
}
