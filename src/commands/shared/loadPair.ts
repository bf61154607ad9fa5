/**
 * Loading the two scenarios of `brink compare` and `brink diff`: every problem of both files at
 * once, then the checks that make pairing possible (the same two states, the same horizon).
 */
import { InputError, loadScenario, type LoadedScenario, type Problem } from '../../scenarios/index.js';
import { messages } from '../../scenarios/messages.js';

export interface PairOptions {
  readonly set: readonly string[];
  /** Overrides for B only, applied after `set`. */
  readonly setB: readonly string[];
  readonly days?: number;
}

export function loadPair(fileA: string, fileB: string, options: PairOptions): [LoadedScenario, LoadedScenario] {
  const problems: Problem[] = [];
  const load = (file: string, setB: readonly string[]): LoadedScenario | undefined => {
    try {
      return loadScenario(file, { set: options.set, setB, ...(options.days === undefined ? {} : { days: options.days }) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // The same bad --set would be reported for both files: once is enough.
      for (const problem of error.problems) if (!problems.some((p) => p.message === problem.message && p.source === problem.source)) problems.push(problem);
      return undefined;
    }
  };
  const a = load(fileA, []);
  const b = load(fileB, options.setB);
  if (a === undefined || b === undefined) throw new InputError(problems);
  const ids = (s: LoadedScenario) => s.params.states.map((state) => state.id);
  if (ids(a).join() !== ids(b).join()) {
    throw new InputError([{ source: b.file, path: 'states', message: messages.pairStates(a.file, ids(a), ids(b)) }]);
  }
  if (a.params.days !== b.params.days) {
    throw new InputError([{ source: b.file, path: 'days', message: messages.pairDays(a.file, a.params.days, b.params.days) }]);
  }
  return [a, b];
}
