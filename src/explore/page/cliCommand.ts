/**
 * The CLI commands that reproduce what is on screen: `brink run` of the run shown and
 * `brink ensemble` of the ensemble, with the seed, run index and every edit as `--set`.
 */

/** A word as a POSIX shell reads it back unchanged. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export interface OnScreen {
  readonly file: string;
  readonly seed: string;
  readonly runIndex: number;
  readonly runs: number;
  readonly set: readonly string[];
}

const sets = (set: readonly string[]) => set.flatMap((s) => ['--set', s]);

export function runCommandLine(screen: OnScreen): string {
  return ['brink', 'run', screen.file, '--seed', screen.seed, '--run-index', String(screen.runIndex), ...sets(screen.set)].map(shellWord).join(' ');
}

export function ensembleCommandLine(screen: OnScreen): string {
  return ['brink', 'ensemble', screen.file, '--seed', screen.seed, '--runs', String(screen.runs), ...sets(screen.set)].map(shellWord).join(' ');
}

/** The file against itself with the edits as `--set-b`: what the page's Compare runs. */
export function compareCommandLine(screen: OnScreen): string {
  const setB = screen.set.flatMap((s) => ['--set-b', s]);
  return ['brink', 'compare', screen.file, screen.file, '--seed', screen.seed, '--runs', String(screen.runs), ...setB].map(shellWord).join(' ');
}
