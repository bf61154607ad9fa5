/**
 * `node:fs` in the page: the scenario loader's file reader is bundled (it shares a module with
 * the text loader the page calls) but never called there; the page has its text already.
 */
function noFiles(): never {
  throw new Error('the explorer page reads no files: its scenario text is embedded');
}

export const readFileSync = noFiles;
export const statSync = noFiles;
