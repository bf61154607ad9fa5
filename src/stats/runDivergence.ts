/**
 * Where two runs part: for each day, whether its records or events differ and the earliest
 * phase of the day (docs/model.md §3 order) in which they do; for the first such day, what differs
 * and which random process feeds that phase (`brink diff`).
 *
 * A day is compared phase by phase, each phase by what it writes: its record columns (deaths
 * per state in outcomes, grievance in perception, …) and its events (attacks, state acts,
 * appeals and offers, truces and border changes). Everything the next day starts from is in
 * the records or the event log, so the first phase that differs on the first day that differs
 * is where the runs diverged. A draw that changes nothing is invisible, and is not reported.
 *
 * @example runDivergence(params, simulateRun(params, 'a', 0), simulateRun(params, 'b', 0)).first?.phase // 'outcomes'
 */
import type { RunResult } from '../model/index.js';
import type { DayRecords } from '../model/records.js';
import type { EventRecord, ModelParams } from '../model/types.js';

export const DIVERGENCE_PHASES = ['scripted events', 'spoiler attacks', 'decisions', 'outcomes', 'perception', 'third parties', 'ceasefire and border'] as const;
export type DivergencePhase = (typeof DIVERGENCE_PHASES)[number];

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

type Columns = Pick<DayRecords, 'rung' | 'goldstein' | 'grievance' | 'hostility' | 'audienceCost' | 'pressure' | 'mhs' | 'resolve' | 'econPain'
  | 'militaryDeaths' | 'civilianDeaths' | 'spoilerDeaths' | 'claimedEnemyDeaths' | 'admittedDeaths'>;
type DyadColumns = Pick<DayRecords, 'spoilerAttacks' | 'spoilerAttackDeaths' | 'strain' | 'talksHost' | 'monitoring' | 'ceasefire' | 'borderClosed'>;

/** The record columns each phase writes (per state, per dyad). */
const PHASE_COLUMNS: Readonly<Record<DivergencePhase, { state: readonly (keyof Columns)[]; dyad: readonly (keyof DyadColumns)[] }>> = {
  'scripted events': { state: [], dyad: [] },
  'spoiler attacks': { state: ['spoilerDeaths'], dyad: ['spoilerAttacks', 'spoilerAttackDeaths'] },
  decisions: { state: ['rung', 'goldstein'], dyad: ['strain'] },
  outcomes: { state: ['militaryDeaths', 'civilianDeaths', 'claimedEnemyDeaths', 'admittedDeaths'], dyad: [] },
  perception: { state: ['grievance', 'hostility', 'audienceCost'], dyad: [] },
  'third parties': { state: ['pressure', 'mhs'], dyad: ['talksHost', 'monitoring'] },
  'ceasefire and border': { state: ['resolve', 'econPain'], dyad: ['ceasefire', 'borderClosed'] },
};

/** The phase an event belongs to, from who acted and why. */
function eventPhase(event: EventRecord, stateIds: ReadonlySet<string>): DivergencePhase {
  if (event.cause === 'scripted') return 'scripted events';
  if (event.what === 'spoiler attack') return 'spoiler attacks';
  if (stateIds.has(event.actor)) return 'decisions';
  if (event.actor !== 'dyad') return 'third parties';
  // The dyad: truces and ceasefires made by a session are third-party results; the rest is phase 8.
  return event.cause === 'session' && !event.what.startsWith('border') ? 'third parties' : 'ceasefire and border';
}

function eventsByDay(events: readonly EventRecord[], days: number): EventRecord[][] {
  const byDay: EventRecord[][] = Array.from({ length: days }, () => []);
  // Events before day 0 (history) and past the shorter horizon have no slot: `?.` skips them.
  for (const event of events) byDay[event.day]?.push(event);
  return byDay;
}

export function runDivergence(params: ModelParams, a: RunResult, b: RunResult): RunDivergence {
  const days = Math.min(a.records.days, b.records.days);
  const stateIds = new Set(params.states.map((s) => s.id));
  const [eventsA, eventsB] = [eventsByDay(a.events, days), eventsByDay(b.events, days)];
  const phaseByDay: (DivergencePhase | null)[] = [];
  let first: FirstDivergence | null = null;
  for (let day = 0; day < days; day += 1) {
    let found: DivergencePhase | null = null;
    for (const phase of DIVERGENCE_PHASES) {
      const fields = fieldDifferences(params, a.records, b.records, day, phase);
      const [ea, eb] = [eventsA[day]!.filter((e) => eventPhase(e, stateIds) === phase), eventsB[day]!.filter((e) => eventPhase(e, stateIds) === phase)];
      const eventsDiffer = JSON.stringify(ea) !== JSON.stringify(eb);
      if (fields.length === 0 && !eventsDiffer) continue;
      found = phase;
      first ??= {
        day,
        phase,
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

function fieldDifferences(params: ModelParams, a: DayRecords, b: DayRecords, day: number, phase: DivergencePhase): FieldDifference[] {
  const out: FieldDifference[] = [];
  const { state, dyad } = PHASE_COLUMNS[phase];
  for (const field of state) {
    for (let i = 0; i < 2; i += 1) {
      const at = day * 2 + i;
      const [x, y] = [a[field][at]!, b[field][at]!];
      if (x !== y) out.push({ field, state: params.states[i as 0 | 1].id, a: x, b: y });
    }
  }
  for (const field of dyad) {
    const [x, y] = [a[field][day]!, b[field][day]!];
    if (x !== y) out.push({ field, a: x, b: y });
  }
  return out;
}

/** Names the process behind a phase, and its streams, from what differs. */
function describeProcess(
  params: ModelParams,
  phase: DivergencePhase,
  fields: readonly FieldDifference[],
  events: readonly EventRecord[],
): { process: string; streams: string[] } {
  const unique = (xs: readonly string[]) => [...new Set(xs)].sort();
  const ids = params.states.map((s) => s.id);
  const other = (id: string) => ids.find((x) => x !== id)!;
  const fieldStates = unique(fields.flatMap((f) => (f.state === undefined ? [] : [f.state])));
  switch (phase) {
    case 'scripted events': {
      const spoilers = unique(events.filter((e) => e.what === 'spoiler attack').map((e) => e.actor));
      return spoilers.length > 0
        ? { process: `blame of a scripted attack by ${spoilers.join(', ')}`, streams: spoilers.map((s) => `spoiler-scripted/${s}`) }
        : { process: 'a scripted event (the scenarios differ)', streams: [] };
    }
    case 'spoiler attacks': {
      const named = unique(events.map((e) => e.actor));
      const spoilers = named.length > 0 ? named : params.spoilers.map((s) => s.id);
      return { process: `attacks of ${spoilers.join(', ')} (count, severity, blame)`, streams: spoilers.map((s) => `spoiler/${s}`) };
    }
    case 'decisions': {
      const states = unique([...fieldStates, ...events.map((e) => e.actor)]);
      const trembled = events.some((e) => e.cause === 'tremble');
      return { process: `the decision of ${states.join(' and ')}${trembled ? ' (a tremble)' : ''}`, streams: states.map((s) => `decide/${s}`) };
    }
    case 'outcomes': {
      // Deaths suffered come from the other state's outcome stream; claims from the claimant's own.
      const attackers = unique(fields.map((f) => (f.field === 'claimedEnemyDeaths' ? f.state! : other(f.state!))));
      return { process: `casualties and claims of ${attackers.join(' and ')}'s fire`, streams: attackers.map((s) => `outcome/${s}`) };
    }
    case 'perception':
      return { process: `the perception of ${fieldStates.join(' and ')} (a misreading)`, streams: fieldStates.map((s) => `perceive/${s}`) };
    case 'third parties': {
      const parties = unique(events.map((e) => e.actor).filter((actor) => actor !== 'dyad'));
      return parties.length > 0
        ? { process: `third parties: ${parties.join(', ')} (appeals, offers, sessions)`, streams: parties.map((p) => `talks/${p}`) }
        : { process: 'third-party pressure or talks', streams: params.thirdParties.map((p) => `talks/${p.id}`) };
    }
    case 'ceasefire and border':
      return fields.some((f) => f.field === 'borderClosed')
        ? { process: 'the border (closure or reopening)', streams: ['border/dyad'] }
        : { process: 'the ceasefire (expiry or collapse)', streams: [] };
  }
}
