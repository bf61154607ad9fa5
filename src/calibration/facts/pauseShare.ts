/**
 * Share of runs in which a pause is in force at the end of some day: with kind `ceasefire`, a
 * ceasefire or an agreement; with kind `truce`, any of truce, ceasefire or agreement. Counts
 * [paused, 1]. No ceasefire came of either India–Pakistan bout; Doha gave one in Oct 2025.
 */
import { countsOf, type Observer } from './observation.js';

export const pauseShare: Observer = (run, _params, options) => {
  const paused = run.outcome.ceasefireDay !== null || (options.kind === 'truce' && run.outcome.truceDay !== null);
  return countsOf(paused ? 1 : 0, 1);
};
