/** The seed of a command: given, else the scenario's, else generated (and then reported). */
import { randomBytes } from 'node:crypto';
import { InputError, SEED_PATTERN, type LoadedScenario } from '../../scenarios/index.js';
import { messages } from '../../scenarios/messages.js';
import type { SeedSource } from '../../report/manifest.js';

export interface ChosenSeed {
  readonly seed: string;
  readonly source: SeedSource;
}

/** Checks a seed given by a person (`--seed`): a message, not a crash, when it cannot be one. */
export function checkedSeed(seed: string): string {
  if (!SEED_PATTERN.test(seed)) throw new InputError([{ source: '--seed', path: '', message: messages.seedFormat(seed) }]);
  return seed;
}

/** `seed`, else the scenario's seed, else a new one (the caller prints it; the manifest records it). */
export function chooseSeed(seed: string | undefined, scenario: LoadedScenario): ChosenSeed {
  if (seed !== undefined) return { seed: checkedSeed(seed), source: 'flag' };
  if (scenario.info.seed !== undefined) return { seed: scenario.info.seed, source: 'scenario' };
  return { seed: randomBytes(4).toString('hex'), source: 'generated' };
}
