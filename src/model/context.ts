/**
 * Everything one day's mechanisms read and write, bundled so each mechanism takes one argument.
 */
import type { DayRecords } from './records.js';
import type { RunState } from './state.js';
import type { RunStreams } from './streams.js';
import type { EventCause, EventRecord, ModelParams } from './types.js';

export interface RunContext {
  readonly params: ModelParams;
  readonly state: RunState;
  readonly streams: RunStreams;
  readonly records: DayRecords;
  /** The event log, or null when the caller does not want one (ensembles). */
  readonly events: EventRecord[] | null;
  /**
   * Per event of the log, the index in PHASES (phases.ts) of the phase that logged it, so that
   * `brink diff` attributes events by phase without reading their words; null with no log.
   */
  readonly eventPhases: number[] | null;
  /** The index in PHASES of the phase now running (step.ts sets it). */
  phase: number;
  /** Expected harm E(r) of each rung for each state (docs/model.md §7.6), fixed for the run. */
  readonly expectedHarm: readonly [Float64Array, Float64Array];
}

/** Appends to the event log when there is one. Builds nothing when there is not. */
export function logEvent(
  ctx: RunContext,
  actor: string,
  target: string,
  cameo: string,
  goldstein: number,
  cause: EventCause,
  what: string,
  detail?: Record<string, number | string | boolean>,
): void {
  if (ctx.events === null) return;
  const record: EventRecord = detail === undefined
    ? { day: ctx.state.day, actor, target, cameo, goldstein, cause, what }
    : { day: ctx.state.day, actor, target, cameo, goldstein, cause, what, detail };
  ctx.events.push(record);
  ctx.eventPhases?.push(ctx.phase);
}

/** The id naming both states as one target, e.g. for a third party's appeal. */
export const DYAD = 'dyad';
