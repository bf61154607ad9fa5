/** Recurrence: bouts per year of the horizon (bouts × 365 ÷ days), one value per run. */
import { valuesOf, type Observer } from './observation.js';

export const boutsPerYear: Observer = (run) => valuesOf((run.outcome.bouts.length * 365) / run.records.days);
