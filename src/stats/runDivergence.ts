/**
 * Where two runs part: for each day, whether its records or events differ and the earliest
 * phase of the day (model/phases.ts, in step.ts's order) in which they do; for the first such
 * day, what differs and which random streams feed that phase (`brink diff`).
 *
 * A day is compared phase by phase, each phase by what the model's table of phases says it
 * writes: its record columns (deaths per state in outcomes, grievance in perception, …) and the
 * events it logged (each event carries the phase that logged it, `RunResult.eventPhases`).
 * Everything the next day starts from is in the records or the event log, so the first phase
 * that differs on the first day that differs is where the runs diverged. A draw that changes
 * nothing is invisible, and is not reported.
 *
 * @example runDivergence(params, simulateRun(params, 'a', 0), simulateRun(params, 'b', 0)).first?.phase // 'outcomes'
 */
import type { RunResult } from '../model/index.js';
import { PHASES, type Phase, type PhaseName, type StreamFamily, type StreamOwner } from '../model/phases.js';
import type { DayRecords } from '../model/records.js';
import type { EventRecord, ModelParams } from '../model/types.js';

/** The phases a divergence is looked for in: those that decide a record column or log events. */
export const DIVERGENCE_PHASES = PHASES.map((phase) => phase.name);
export type DivergencePhase = PhaseName;

export interface FieldDifference {
  /** Record column (`rung`, `militaryDeaths`, `ceasefire`…). */
  readonly field: string;
  /** The state it belongs to, for per-state columns. */
  readonly state?: string;
  readonly a: number;
  readonly b: number;
}

export interface FirstDivergence {
  readonly day: number;
  readonly phase: DivergencePhase;
  /** The process behind that phase, in words: "casualties inflicted by pakistan". */
  readonly process: string;
  /** The random streams that feed it (`<purpose>/<owner>`), or none if it draws nothing. */
  readonly streams: readonly string[];
  /** Record columns of that phase that differ that day. */
  readonly fields: readonly FieldDifference[];
  /** That phase's events of the day in each run, when they differ. */
  readonly eventsA: readonly EventRecord[];
  readonly eventsB: readonly EventRecord[];
}

export interface RunDivergence {
  readonly identical: boolean;
  /** Per day: the earliest phase that differs, or null for a day the same in both runs. */
  readonly phaseByDay: readonly (DivergencePhase | null)[];
  readonly first: FirstDivergence | null;
}

/** A run's events by day and, within a day, by the index in PHASES of the phase that logged them. */
function eventsByDayAndPhase(run: RunResult, days: number): EventRecord[][][] {
  const byDay: EventRecord[][][] = Array.from({ length: days }, () => PHASES.map(() => []));
  // Events before day 0 (history) and past the shorter horizon have no slot: `?.` skips them.
  run.events.forEach((event, n) => byDay[event.day]?.[run.eventPhases[n]!]!.push(event));
  return byDay;
}

export function runDivergence(params: ModelParams, a: RunResult, b: RunResult): RunDivergence {
  const days = Math.min(a.records.days, b.records.days);
  const [eventsA, eventsB] = [eventsByDayAndPhase(a, days), eventsByDayAndPhase(b, days)];
  const phaseByDay: (DivergencePhase | null)[] = [];
  let first: FirstDivergence | null = null;
  for (let day = 0; day < days; day += 1) {
    let found: DivergencePhase | null = null;
    for (const [p, phase] of PHASES.entries()) {
      const fields = fieldDifferences(params, a.records, b.records, day, phase);
      const [ea, eb] = [eventsA[day]![p]!, eventsB[day]![p]!];
      const eventsDiffer = JSON.stringify(ea) !== JSON.stringify(eb);
      if (fields.length === 0 && !eventsDiffer) continue;
      found = phase.name;
      first ??= {
        day,
        phase: phase.name,
        ...describeProcess(params, phase, fields, eventsDiffer ? unmatched(ea, eb) : []),
        fields,
        eventsA: eventsDiffer ? ea : [],
        eventsB: eventsDiffer ? eb : [],
      };
      break;
    }
    phaseByDay.push(found);
  }
  return { identical: first === null, phaseByDay, first };
}

/** Events in one list with no equal event in the other: the ones that tell the runs apart. */
function unmatched(a: readonly EventRecord[], b: readonly EventRecord[]): EventRecord[] {
  const keys = (events: readonly EventRecord[]) => new Set(events.map((e) => JSON.stringify(e)));
  const [inA, inB] = [keys(a), keys(b)];
  return [...a.filter((e) => !inB.has(JSON.stringify(e))), ...b.filter((e) => !inA.has(JSON.stringify(e)))];
}

function fieldDifferences(params: ModelParams, a: DayRecords, b: DayRecords, day: number, phase: Phase): FieldDifference[] {
  const out: FieldDifference[] = [];
  for (const field of phase.stateColumns) {
    for (let i = 0; i < 2; i += 1) {
      const at = day * 2 + i;
      const [x, y] = [a[field][at]!, b[field][at]!];
      if (x !== y) out.push({ field, state: params.states[i as 0 | 1].id, a: x, b: y });
    }
  }
  for (const field of phase.dyadColumns) {
    const [x, y] = [a[field][day]!, b[field][day]!];
    if (x !== y) out.push({ field, a: x, b: y });
  }
  return out;
}

const unique = (xs: readonly string[]) => [...new Set(xs)].sort();

/**
 * The streams of a phase's families (the table's, but overflow ones) whose owners are implicated;
 * every owner of a family when none is named. Keys as streams.ts opens them, `<purpose>/<owner>`.
 */
function phaseStreams(params: ModelParams, phase: Phase, implicated: Partial<Record<StreamOwner, readonly string[]>>): string[] {
  const everyOwner: Record<StreamOwner, readonly string[]> = {
    state: params.states.map((s) => s.id),
    'state as attacker': params.states.map((s) => s.id),
    spoiler: params.spoilers.map((s) => s.id),
    'third party': params.thirdParties.map((p) => p.id),
    dyad: ['dyad'],
  };
  const named = Object.values(implicated).some((owners) => owners.length > 0);
  const families = phase.streams.filter((family: StreamFamily) => family.overflow !== true);
  return unique(families.flatMap(({ purpose, owner }) => (named ? (implicated[owner] ?? []) : everyOwner[owner]).map((id) => `${purpose}/${id}`)));
}

/** Names the process behind a phase, in words, and its streams, from what differs. */
function describeProcess(
  params: ModelParams,
  phase: Phase,
  fields: readonly FieldDifference[],
  events: readonly EventRecord[],
): { process: string; streams: string[] } {
  const ids = params.states.map((s) => s.id);
  const other = (id: string) => ids.find((x) => x !== id)!;
  const fieldStates = unique(fields.flatMap((f) => (f.state === undefined ? [] : [f.state])));
  const actors = (kind: readonly { id: string }[]) => unique(events.map((e) => e.actor).filter((actor) => kind.some((k) => k.id === actor)));
  const name = phase.name as PhaseName;
  switch (name) {
    case 'scripted events': {
      const spoilers = actors(params.spoilers);
      return spoilers.length > 0
        ? { process: `blame of a scripted attack by ${spoilers.join(', ')}`, streams: phaseStreams(params, phase, { spoiler: spoilers }) }
        : { process: 'a scripted event (the scenarios differ)', streams: [] };
    }
    case 'spoiler attacks': {
      const spoilers = actors(params.spoilers);
      const named = spoilers.length > 0 ? spoilers : params.spoilers.map((s) => s.id);
      return { process: `attacks of ${named.join(', ')} (count, severity, blame)`, streams: phaseStreams(params, phase, { spoiler: named }) };
    }
    case 'decisions': {
      const states = unique([...fieldStates, ...actors(params.states)]);
      const trembled = events.some((e) => e.cause === 'tremble');
      return { process: `the decision of ${states.join(' and ')}${trembled ? ' (a tremble)' : ''}`, streams: phaseStreams(params, phase, { state: states }) };
    }
    case 'outcomes': {
      // Deaths suffered come from the other state's outcome stream; claims from the claimant's own.
      const attackers = unique(fields.map((f) => (f.field === 'claimedEnemyDeaths' ? f.state! : other(f.state!))));
      return { process: `casualties and claims of ${attackers.join(' and ')}'s fire`, streams: phaseStreams(params, phase, { 'state as attacker': attackers }) };
    }
    case 'perception':
      return { process: `the perception of ${fieldStates.join(' and ')} (a misreading)`, streams: phaseStreams(params, phase, { state: fieldStates }) };
    case 'third parties': {
      const parties = actors(params.thirdParties);
      return parties.length > 0
        ? { process: `third parties: ${parties.join(', ')} (appeals, offers, sessions)`, streams: phaseStreams(params, phase, { 'third party': parties }) }
        : { process: 'third-party pressure or talks', streams: phaseStreams(params, phase, {}) };
    }
    case 'ceasefire and border':
      // The border's reopening is drawn; a ceasefire's expiry or collapse is not.
      return fields.some((f) => f.field === 'borderClosed')
        ? { process: 'the border (closure or reopening)', streams: phaseStreams(params, phase, { dyad: ['dyad'] }) }
        : { process: 'the ceasefire (expiry or collapse)', streams: [] };
    default:
      return { process: phase.does, streams: phaseStreams(params, phase, {}) };
  }
}
