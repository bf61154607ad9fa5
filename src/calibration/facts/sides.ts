/** Which state(s) a measure with a `side` option reads: by capability (runFacts.strongerWeaker). */
import type { ModelParams } from '../../model/types.js';
import { strongerWeaker } from './runFacts.js';

export type Side = 'stronger' | 'weaker' | 'either';

export function sideIndices(params: ModelParams, side: Side): readonly (0 | 1)[] {
  const [stronger, weaker] = strongerWeaker(params);
  return side === 'stronger' ? [stronger] : side === 'weaker' ? [weaker] : [0, 1];
}
