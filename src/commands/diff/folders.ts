/**
 * `brink diff <folder> <folder>`: two output folders compared file by file (report/folderDiff.ts);
 * nothing is run. Tells a folder from a scenario file for the CLI.
 */
import { statSync } from 'node:fs';
import { compareFolders, type FolderComparison } from '../../report/folderDiff.js';

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * @example
 * const { identical } = diffFolders('reports/old/run-golden-r0-89c8ccdc', 'reports/new/run-golden-r0-89c8ccdc');
 */
export function diffFolders(a: string, b: string): FolderComparison {
  return compareFolders(a, b);
}
