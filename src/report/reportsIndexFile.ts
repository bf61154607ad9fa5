/**
 * `<out>/index.html`, the list of every output folder under a reports root: rewritten after each
 * command, but only if it is brink's. `--out DIR` may name a folder that already holds someone's
 * own index.html (a website, a project folder): brink refuses to replace a file it did not
 * write unless told to (`--overwrite-index`), and says so before anything runs.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPORTS_INDEX_MARKER, reportsIndexHtml } from '../render/reportsIndex.js';
import { InputError } from '../scenarios/index.js';
import { messages } from '../scenarios/messages.js';
import { writeFileAtomically } from './atomicFolder.js';

/** Indexes written before the marker existed carry this title and heading. */
const OLD_INDEX_HEAD = '<title>brink reports</title><style>';

function isBrinkIndex(file: string): boolean {
  // An index is small; a huge file there is certainly not brink's.
  if (statSync(file).size > 64 * 1024 * 1024) return false;
  const text = readFileSync(file, 'utf8');
  return text.includes(REPORTS_INDEX_MARKER) || (text.includes(OLD_INDEX_HEAD) && text.includes('<h1>brink reports</h1>'));
}

/** Throws InputError when `<out>/index.html` exists and brink did not write it (and `overwrite` is not set). */
export function checkReportsIndex(outRoot: string, overwrite = false): void {
  const file = join(outRoot, 'index.html');
  if (overwrite || !existsSync(file)) return;
  if (!statSync(file).isFile() || !isBrinkIndex(file)) throw new InputError([{ source: file, path: '', message: messages.foreignIndex() }]);
}

export function refreshReportsIndex(outRoot: string, overwrite = false): string {
  checkReportsIndex(outRoot, overwrite);
  const file = join(outRoot, 'index.html');
  writeFileAtomically(file, reportsIndexHtml(outRoot));
  return file;
}
