/**
 * The files of an output folder on disk against the sha256 its manifest records: what `brink
 * replay` and `brink merge` check before trusting a folder, so a cell edited in outcomes.csv
 * after brink wrote it cannot pass as brink's result.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE } from './manifest.js';

export type FileProblem = 'missing' | 'changed';

export interface FileCheck {
  readonly file: string;
  readonly problem: FileProblem;
}

/** sha256 of a file read in chunks (outcomes.csv of a large ensemble need not fit in memory). */
export function hashFile(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** Every recorded data file that is missing or whose bytes differ from its recorded hash, in name order. */
export function checkFilesOnDisk(dir: string, results: Readonly<Record<string, string>>): FileCheck[] {
  const problems: FileCheck[] = [];
  for (const file of Object.keys(results).filter((name) => name !== MANIFEST_FILE).sort()) {
    const path = join(dir, file);
    let isFile = false;
    try {
      isFile = statSync(path).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile) problems.push({ file, problem: 'missing' });
    else if (hashFile(path) !== results[file]) problems.push({ file, problem: 'changed' });
  }
  return problems;
}
