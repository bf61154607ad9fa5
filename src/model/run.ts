/**
 * One run of the model: `simulateRun(params, seed, runIndex)`. A run depends only on these three
 * arguments (docs/architecture.md "Reproducibility rules").
 *
 * Phases:
 *   1. open the run's random streams, keyed by (seed, runIndex, purpose, owner)  (streams.ts)
 *   2. create the initial state and the record columns                        (state.ts, records.ts)
 *   3. step each day through docs/model.md §3's phases, from the first simulated day (step.ts)
 *      (negative when the scenario starts mid-history: days before 0 are not recorded)
 *   4. summarise the run outcome of docs/model.md §7.17                                (runOutcome.ts)
 */
import type { RunContext } from './context.js';
import { expectedHarmTable } from './decide.js';
import { createDayRecords, type DayRecords } from './records.js';
import { summarizeRun } from './runOutcome.js';
import { createRunState, type RunState } from './state.js';
import { stepDay } from './step.js';
import { openRunStreams, releaseRunStreams } from './streams.js';
import type { EventRecord, ModelParams, RunOutcome } from './types.js';

export interface RunOptions {
  /** Keep the event log (default true). Ensembles turn it off: it is the only per-event allocation. */
  readonly recordEvents?: boolean;
  /**
   * Columns to write this run into, reused across runs by ensembles to spare the allocator. Every
   * cell is overwritten each day, so nothing of a previous run survives. Must match `days`.
   */
  readonly records?: DayRecords;
}

export interface RunResult {
  readonly seed: string;
  readonly runIndex: number;
  readonly records: DayRecords;
  /** The event log, in the order events happened; empty when not recorded. */
  readonly events: readonly EventRecord[];
  /** Per event, the index in PHASES (phases.ts) of the phase that logged it. */
  readonly eventPhases: readonly number[];
  readonly outcome: RunOutcome;
}

/**
 * Steps days firstDay … days − 1. Days before 0 (a run that starts mid-history) run the full
 * model but are not recorded; at the start of day 0 the tallies that feed the outcome start
 * afresh, so the outcome covers days 0 … days − 1 only. `afterDay` lets tests read the state.
 */
export function stepAllDays(ctx: RunContext, afterDay?: (ctx: RunContext) => void): void {
  let eventCursor = 0;
  for (let day = ctx.params.firstDay; day < ctx.params.days; day += 1) {
    ctx.state.day = day;
    if (day === 0) startRecordedDays(ctx.state);
    eventCursor = stepDay(ctx, eventCursor);
    afterDay?.(ctx);
  }
}

/** Forgets what days before 0 added to run tallies that are outputs, not state the model reads. */
function startRecordedDays(state: RunState): void {
  state.dyad.ceasefireAttempts = 0;
  state.dyad.firstCeasefireDay = -1;
  state.actors[0].econPain = 0;
  state.actors[1].econPain = 0;
}

/** A run's context before its first day: state, streams, record columns, the fixed expected-harm tables. */
export function createRunContext(params: ModelParams, seed: string, runIndex: number, options: RunOptions = {}): RunContext {
  const [a, b] = params.states;
  const { ladder, constants } = params;
  const events: EventRecord[] | null = options.recordEvents === false ? null : [];
  return {
    params,
    state: createRunState(params),
    streams: openRunStreams(params, seed, runIndex),
    records: options.records?.days === params.days ? options.records : createDayRecords(params.days),
    events,
    eventPhases: events === null ? null : [],
    phase: 0,
    expectedHarm: [expectedHarmTable(a, b, ladder, constants), expectedHarmTable(b, a, ladder, constants)],
  };
}

export function simulateRun(params: ModelParams, seed: string, runIndex: number, options: RunOptions = {}): RunResult {
  const ctx = createRunContext(params, seed, runIndex, options);
  stepAllDays(ctx);
  releaseRunStreams(ctx.streams);
  return {
    seed,
    runIndex,
    records: ctx.records,
    events: ctx.events ?? [],
    eventPhases: ctx.eventPhases ?? [],
    outcome: summarizeRun(ctx.records, params.ladder, params.bouts, ctx.state.dyad.ceasefireAttempts),
  };
}
