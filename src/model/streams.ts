/**
 * Opens every stream one run uses (MODEL.md §1). Each stream draws a fixed number of values per
 * day, whatever branch the model takes, so one process taking a different branch never shifts
 * another's draws. The daily counts are documented next to each mechanism.
 */
import { runStream, type Uniform } from './rng.js';
import type { ModelParams } from './types.js';

export interface RunStreams {
  /** Per spoiler: the daily count and the first SPOILER_DAILY_BUDGET attacks' draws. */
  readonly spoiler: readonly Uniform[];
  /** Per spoiler, opened on first use: draws of attacks beyond the daily budget. */
  spoilerOverflow(spoiler: number): Uniform;
  /** Per spoiler, opened on first use: blame draws of scripted attacks. */
  spoilerScripted(spoiler: number): Uniform;
  /** Per state: generosity, tremble, tremble direction. */
  readonly decide: readonly [Uniform, Uniform];
  /** Per state as attacker: military deaths, civilian deaths, claim factor. */
  readonly outcome: readonly [Uniform, Uniform];
  /** Per state: whether today's received harm is misread. */
  readonly perceive: readonly [Uniform, Uniform];
  /**
   * Per third party: acceptance of its offer by each state (in state-id order, so the file's
   * order of states never matters), session success, round settlement, round partial result.
   */
  readonly talks: readonly Uniform[];
  /** The dyad's daily border-reopening draw. */
  readonly border: Uniform;
}

export function openRunStreams(params: ModelParams, seed: string, runIndex: number): RunStreams {
  const [a, b] = params.states;
  const perState = (purpose: 'decide' | 'outcome' | 'perceive'): readonly [Uniform, Uniform] => [
    runStream(seed, runIndex, purpose, a.id),
    runStream(seed, runIndex, purpose, b.id),
  ];
  const overflow = new Map<number, Uniform>();
  const scripted = new Map<number, Uniform>();
  const lazy = (cache: Map<number, Uniform>, purpose: 'spoiler-overflow' | 'spoiler-scripted') => (spoiler: number) => {
    let stream = cache.get(spoiler);
    if (stream === undefined) {
      stream = runStream(seed, runIndex, purpose, params.spoilers[spoiler]!.id);
      cache.set(spoiler, stream);
    }
    return stream;
  };
  return {
    spoiler: params.spoilers.map((s) => runStream(seed, runIndex, 'spoiler', s.id)),
    spoilerOverflow: lazy(overflow, 'spoiler-overflow'),
    spoilerScripted: lazy(scripted, 'spoiler-scripted'),
    decide: perState('decide'),
    outcome: perState('outcome'),
    perceive: perState('perceive'),
    talks: params.thirdParties.map((k) => runStream(seed, runIndex, 'talks', k.id)),
    border: runStream(seed, runIndex, 'border', 'dyad'),
  };
}
