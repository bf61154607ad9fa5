/** Rewrites `<out>/index.html`, the list of every output folder under a reports root. */
import { join } from 'node:path';
import { reportsIndexHtml } from '../render/reportsIndex.js';
import { writeFileAtomically } from './atomicFolder.js';

export function refreshReportsIndex(outRoot: string): string {
  const file = join(outRoot, 'index.html');
  writeFileAtomically(file, reportsIndexHtml(outRoot));
  return file;
}
