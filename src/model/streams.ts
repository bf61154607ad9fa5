/**
 * Opens every stream one run uses (docs/model.md §7.1). Each stream draws a fixed number of values per
 * day, whatever branch the model takes, so one process taking a different branch never shifts
 * another's draws. docs/model.md tabulates the daily counts.
 */
import { DailyDraws, runStream, type Stream } from './rng.js';
import type { ModelParams } from './types.js';

/** Values per day of a party's talks stream: acceptance by each state, session, settlement, partial, pause. */
export const TALKS_DRAWS_PER_DAY = 6;
/** Values per day of a state's outcome stream: military deaths, civilian deaths, claim factor. */
export const OUTCOME_DRAWS_PER_DAY = 3;

export interface RunStreams {
  /** Per spoiler: the daily count and the first SPOILER_DAILY_BUDGET attacks' draws. */
  readonly spoiler: readonly Stream[];
  /** Per spoiler, opened on first use: draws of attacks beyond the daily budget. */
  spoilerOverflow(spoiler: number): Stream;
  /**
   * One stream per scripted attack, keyed by spoiler, day and its number among that spoiler's
   * scripted attacks that day: adding or removing one scripted attack shifts no other's draw.
   */
  spoilerScripted(spoiler: number, day: number, nth: number): Stream;
  /** Per state: generosity, tremble, tremble direction, response lag, halt (decide.ts). */
  readonly decide: readonly [Stream, Stream];
  /** Per state as attacker: military deaths, civilian deaths, claim factor. */
  readonly outcome: readonly [DailyDraws, DailyDraws];
  /** Per state: whether today's received harm is misread. */
  readonly perceive: readonly [Stream, Stream];
  /**
   * Per third party: acceptance of its offer by each state (the state with the smaller id
   * first, so the file's order of states never matters), session success, round settlement,
   * round partial result, pause.
   */
  readonly talks: readonly DailyDraws[];
  /** The dyad's daily border-reopening draw. */
  readonly border: DailyDraws;
  /**
   * The dyad's daily hotline draw (pauses.ts): one value per day, whether or not there is
   * fighting; opened and stepped only on the days a hotline deal is weighed.
   */
  readonly hotline: DailyDraws;
}

export function openRunStreams(params: ModelParams, seed: string, runIndex: number): RunStreams {
  const [a, b] = params.states;
  const { firstDay } = params;
  const pair = (purpose: 'decide' | 'perceive'): readonly [Stream, Stream] => [
    runStream(seed, runIndex, purpose, a.id),
    runStream(seed, runIndex, purpose, b.id),
  ];
  const lazy = (purpose: 'spoiler-overflow') => {
    const cache = new Map<number, Stream>();
    return (spoiler: number): Stream => {
      let stream = cache.get(spoiler);
      if (stream === undefined) {
        stream = runStream(seed, runIndex, purpose, params.spoilers[spoiler]!.id);
        cache.set(spoiler, stream);
      }
      return stream;
    };
  };
  return {
    spoiler: params.spoilers.map((s) => runStream(seed, runIndex, 'spoiler', s.id)),
    spoilerOverflow: lazy('spoiler-overflow'),
    spoilerScripted: (spoiler, day, nth) => runStream(seed, runIndex, 'spoiler-scripted', `${params.spoilers[spoiler]!.id}/day/${day}/${nth}`),
    decide: pair('decide'),
    outcome: [
      new DailyDraws(() => runStream(seed, runIndex, 'outcome', a.id), OUTCOME_DRAWS_PER_DAY, firstDay),
      new DailyDraws(() => runStream(seed, runIndex, 'outcome', b.id), OUTCOME_DRAWS_PER_DAY, firstDay),
    ],
    perceive: pair('perceive'),
    talks: params.thirdParties.map((k) => new DailyDraws(() => runStream(seed, runIndex, 'talks', k.id), TALKS_DRAWS_PER_DAY, firstDay)),
    border: new DailyDraws(() => runStream(seed, runIndex, 'border', 'dyad'), 1, firstDay),
    hotline: new DailyDraws(() => runStream(seed, runIndex, 'hotline', 'dyad'), 1, firstDay),
  };
}
