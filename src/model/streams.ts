/**
 * Opens every stream one run uses (docs/model.md §7.1). Each stream draws a fixed number of values per
 * day, whatever branch the model takes, so one process taking a different branch never shifts
 * another's draws. docs/model.md tabulates the daily counts.
 *
 * The streams every day reads in full (spoiler, decide, perceive) are drawn for the whole run when
 * it opens, two at a time (`Stream.fillTogether`), into one buffer that the next run reuses
 * (`releaseRunStreams`): the same values as drawing them day by day, at a fraction of the cost.
 * A mechanism reads its day's values by index (`DayDraws.at`).
 */
import { SPOILER_DAILY_BUDGET } from './spoilers.js';
import { DailyDraws, DayDraws, ownerHash, RunStreamRoot, Stream, type StreamPurpose } from './rng.js';
import type { ModelParams } from './types.js';

/** Values per day of a party's talks stream: acceptance by each state, session, settlement, partial, pause. */
export const TALKS_DRAWS_PER_DAY = 6;
/** Values per day of a state's outcome stream: military deaths, civilian deaths, claim factor. */
export const OUTCOME_DRAWS_PER_DAY = 3;
/** Values per day of a state's decide stream: generosity, tremble, tremble direction, response lag, halt. */
export const DECIDE_DRAWS_PER_DAY = 5;
/** Values per day of a spoiler's stream: the attack count, then severity and blame of each budgeted attack. */
export const SPOILER_DRAWS_PER_DAY = 1 + 2 * SPOILER_DAILY_BUDGET;

export interface RunStreams {
  /** Per spoiler: the daily count and the first SPOILER_DAILY_BUDGET attacks' draws. */
  readonly spoiler: readonly DayDraws[];
  /** Per spoiler, opened on first use: draws of attacks beyond the daily budget. */
  spoilerOverflow(spoiler: number): Stream;
  /**
   * One stream per scripted attack, by spoiler, day and its number among that spoiler's
   * scripted attacks that day: adding or removing one scripted attack shifts no other's draw.
   */
  spoilerScripted(spoiler: number, day: number, nth: number): Stream;
  /** Per state: generosity, tremble, tremble direction, response lag, halt (decide.ts). */
  readonly decide: readonly [DayDraws, DayDraws];
  /** Per state as attacker: military deaths, civilian deaths, claim factor. */
  readonly outcome: readonly [DailyDraws, DailyDraws];
  /** Per state: whether today's received harm is misread. */
  readonly perceive: readonly [DayDraws, DayDraws];
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
  /** The buffer of the prefilled streams, handed back by releaseRunStreams when the run is over. */
  readonly prefilled: Float64Array;
}

/** The owner of the dyad's streams (border, hotline). */
const DYAD_OWNER = ownerHash('dyad');

export function openRunStreams(params: ModelParams, seed: string, runIndex: number): RunStreams {
  const [a, b] = params.states;
  const { firstDay } = params;
  const streams = new RunStreamRoot(seed, runIndex);
  // Owners are keyed by id, never by index: adding an entity shifts no other entity's streams.
  const stateA = ownerHash(a.id);
  const stateB = ownerHash(b.id);
  const spoilerOwners = params.spoilers.map((s) => ownerHash(s.id));
  const open = (purpose: StreamPurpose, owner: number) => () => streams.open(purpose, owner);

  // Prefilled streams, in the buffer in this order: spoilers, decide A and B, perceive A and B.
  const days = params.days - firstDay;
  const spoilerCount = params.spoilers.length;
  const spoilerValues = days * SPOILER_DRAWS_PER_DAY;
  const decideValues = days * DECIDE_DRAWS_PER_DAY;
  const decideAt = spoilerCount * spoilerValues;
  const perceiveAt = decideAt + 2 * decideValues;
  const buffer = takeBuffer(perceiveAt + 2 * days);
  const spoilerStreams = spoilerOwners.map((owner) => streams.open('spoiler', owner));
  for (let s = 0; s < spoilerCount; s += 2) {
    const first = spoilerStreams[s]!;
    const second = spoilerStreams[s + 1];
    if (second === undefined) first.fill(buffer, s * spoilerValues, spoilerValues);
    else Stream.fillTogether(first, second, buffer, s * spoilerValues, (s + 1) * spoilerValues, spoilerValues);
  }
  const pair = (purpose: 'decide' | 'perceive', at: number, perDay: number): readonly [DayDraws, DayDraws] => {
    const count = days * perDay;
    Stream.fillTogether(streams.open(purpose, stateA), streams.open(purpose, stateB), buffer, at, at + count, count);
    return [new DayDraws(buffer, at, perDay, firstDay), new DayDraws(buffer, at + count, perDay, firstDay)];
  };

  const overflow = new Map<number, Stream>();
  return {
    spoiler: spoilerOwners.map((_, s) => new DayDraws(buffer, s * spoilerValues, SPOILER_DRAWS_PER_DAY, firstDay)),
    spoilerOverflow: (spoiler) => {
      let stream = overflow.get(spoiler);
      if (stream === undefined) {
        stream = streams.open('spoiler-overflow', spoilerOwners[spoiler]!);
        overflow.set(spoiler, stream);
      }
      return stream;
    },
    spoilerScripted: (spoiler, day, nth) => streams.open('spoiler-scripted', spoilerOwners[spoiler]!, day, nth),
    decide: pair('decide', decideAt, DECIDE_DRAWS_PER_DAY),
    outcome: [
      new DailyDraws(open('outcome', stateA), OUTCOME_DRAWS_PER_DAY, firstDay),
      new DailyDraws(open('outcome', stateB), OUTCOME_DRAWS_PER_DAY, firstDay),
    ],
    perceive: pair('perceive', perceiveAt, 1),
    talks: params.thirdParties.map((k) => new DailyDraws(open('talks', ownerHash(k.id)), TALKS_DRAWS_PER_DAY, firstDay)),
    border: new DailyDraws(open('border', DYAD_OWNER), 1, firstDay),
    hotline: new DailyDraws(open('hotline', DYAD_OWNER), 1, firstDay),
    prefilled: buffer,
  };
}

/**
 * One spare buffer, reused run after run (runs are synchronous; a run holding its buffer keeps
 * it from any other run until it is released, so runs stepped side by side each have their own).
 */
let spare: Float64Array | null = null;

function takeBuffer(length: number): Float64Array {
  const buffer = spare !== null && spare.length >= length ? spare : new Float64Array(length);
  if (buffer === spare) spare = null;
  return buffer;
}

/** Hands a finished run's prefilled buffer to the next run. */
export function releaseRunStreams(streams: RunStreams): void {
  spare = streams.prefilled;
}
