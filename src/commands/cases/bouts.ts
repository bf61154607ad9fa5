/**
 * The bouts of a case library loaded, checked and counted: what `brink check --cases` and the
 * final check of `brink calibrate --cases` share.
 */
import { randomBytes } from 'node:crypto';
import { checkTargets, type CheckResult } from '../../calibration/checkTargets.js';
import type { SeedSource } from '../../report/manifest.js';
import { formatProblem, InputError, loadScenario, loadTargets, type LoadedScenario, type LoadedTargets, type Problem } from '../../scenarios/index.js';
import { checkedSeed } from '../shared/seed.js';
import type { BoutFiles } from './discover.js';

export interface LoadedBout {
  readonly files: BoutFiles;
  readonly scenario: LoadedScenario;
  readonly targets: LoadedTargets;
  readonly seed: string;
  readonly seedSource: SeedSource;
  /** Runs of the bout's check: `--runs`, else its targets file's. */
  readonly runs: number;
}

export interface CheckedBout extends LoadedBout {
  readonly result: CheckResult;
}

/** Targets met of a total, and the share (0 when there are none). */
export interface Tally {
  readonly passed: number;
  readonly total: number;
  readonly share: number;
}

export interface DyadTally extends Tally {
  readonly dyad: string;
  readonly bouts: number;
  /** The bout with the smallest share of its targets met (the first of equals, in bout order). */
  readonly worst: Tally & { readonly bout: string };
}

export interface CasesTally extends Tally {
  readonly dyads: readonly DyadTally[];
}

export interface BoutLoadOptions {
  readonly set?: readonly string[];
  readonly days?: number;
  readonly seed?: string;
  readonly runs?: number;
}

/**
 * Every bout and its targets, loaded as `brink check` loads one; the problems of all bouts at
 * once (each at its file:line:column), so one run of the command lists everything to fix.
 * The seed: `--seed` for every bout, else each bout's own, else one generated for all that lack one.
 */
export function loadBouts(bouts: readonly BoutFiles[], options: BoutLoadOptions, onSeedGenerated?: (seed: string) => void): LoadedBout[] {
  const problems: Problem[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const flagSeed = options.seed === undefined ? undefined : attempt(() => checkedSeed(options.seed!));
  const loaded = bouts.map((files) => ({
    files,
    scenario: attempt(() => loadScenario(files.scenario, { set: options.set ?? [], ...(options.days === undefined ? {} : { days: options.days }) })),
    targets: attempt(() => loadTargets(files.targets)),
  }));
  // A problem of a dyad file is every bout's: list it once.
  if (problems.length > 0) throw new InputError([...new Map(problems.map((p) => [formatProblem(p), p])).values()]);
  let generated: string | undefined;
  return loaded.map(({ files, scenario, targets }) => {
    const own = scenario!.info.seed;
    let seed: string;
    let seedSource: SeedSource;
    if (flagSeed !== undefined) [seed, seedSource] = [flagSeed, 'flag'];
    else if (own !== undefined) [seed, seedSource] = [own, 'scenario'];
    else {
      if (generated === undefined) {
        generated = randomBytes(4).toString('hex');
        onSeedGenerated?.(generated);
      }
      [seed, seedSource] = [generated, 'generated'];
    }
    return { files, scenario: scenario!, targets: targets!, seed, seedSource, runs: options.runs ?? targets!.runs };
  });
}

/** Each bout's check, in bout order (one thread: the bouts' ensembles are small). */
export async function checkBouts(bouts: readonly LoadedBout[], onProgress?: (done: number, total: number, label: string) => void): Promise<CheckedBout[]> {
  const checked: CheckedBout[] = [];
  for (const bout of bouts) {
    const label = `${bout.files.dyad}/${bout.files.bout} check`;
    const result = await checkTargets(bout.scenario.params, bout.targets, { seed: bout.seed, runs: bout.runs, onProgress: (done, total) => onProgress?.(done, total, label) });
    checked.push({ ...bout, result });
  }
  return checked;
}

export function tally(passed: number, total: number): Tally {
  return { passed, total, share: total === 0 ? 0 : passed / total };
}

/** Targets met per dyad (with its worst bout) and over all bouts. */
export function tallyCases(bouts: readonly CheckedBout[]): CasesTally {
  const dyads = [...new Set(bouts.map((b) => b.files.dyad))].map((dyad): DyadTally => {
    const own = bouts.filter((b) => b.files.dyad === dyad);
    const perBout = own.map((b) => ({ bout: b.files.bout, ...tally(b.result.passed, b.result.total) }));
    const worst = perBout.reduce((w, b) => (b.share < w.share ? b : w));
    const sum = tally(
      own.reduce((n, b) => n + b.result.passed, 0),
      own.reduce((n, b) => n + b.result.total, 0),
    );
    return { dyad, bouts: own.length, ...sum, worst };
  });
  return { dyads, ...tally(dyads.reduce((n, d) => n + d.passed, 0), dyads.reduce((n, d) => n + d.total, 0)) };
}

/** `75%`: whole percents, as a person reads a summary. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
