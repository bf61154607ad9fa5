/**
 * What a run records per day (docs/model.md §7.16), declared once as a table, as Agents.jl's
 * `adata`: each column's name, unit, meaning, storage and how it is read from the day's state.
 * `createDayRecords` allocates the columns from it, `recordDay.ts` writes them at the end of each
 * day (phase 9) through it, and the run's CSV writer (`commands/run/files.ts`) takes its
 * columns' names and meanings from it; docs/outputs.md is checked against that writer.
 *
 * Per-state columns are indexed `day * 2 + stateIndex`; dyad columns by day. Columns, not row
 * objects, so a 365-day run allocates a few dozen arrays and nothing per day.
 */
import type { ActorState, DyadState } from './state.js';
import type { CeasefireKind } from './types.js';

export const CEASEFIRE_KINDS: readonly CeasefireKind[] = ['none', 'truce', 'ceasefire', 'agreement'];

/** The index of a ceasefire kind in CEASEFIRE_KINDS, without a search on the hot path. */
export function ceasefireCode(kind: CeasefireKind): number {
  return kind === 'none' ? 0 : kind === 'truce' ? 1 : kind === 'ceasefire' ? 2 : 3;
}

/** How a column is stored: the smallest typed array that holds every value exactly. */
type Storage = Int8ArrayConstructor | Uint8ArrayConstructor | Int16ArrayConstructor | Int32ArrayConstructor | Float64ArrayConstructor;

interface Column {
  readonly name: string;
  readonly unit: string;
  readonly doc: string;
  readonly storage: Storage;
}

export interface StateColumn extends Column {
  /** The value at the end of `day`, from the state's own state. */
  readonly read: (actor: ActorState, day: number) => number;
}

export interface DyadColumn extends Column {
  /** The value at the end of the day; null for a column its phase writes itself during the day. */
  readonly read: ((dyad: DyadState) => number) | null;
}

/** Per (day, state), in the order of days.csv. */
export const STATE_RECORD_COLUMNS = [
  { name: 'rung', unit: 'rung', doc: "the state's rung that day", storage: Int8Array, read: (a) => a.rung },
  { name: 'goldstein', unit: 'Goldstein', doc: "Goldstein value of the state's act toward the other that day (0 on quiet days at rung 0)", storage: Float64Array, read: (a) => a.goldstein },
  { name: 'grievance', unit: 'deaths', doc: 'G: perceived deaths not yet answered (≥ −5)', storage: Float64Array, read: (a) => a.grievance },
  { name: 'hostility', unit: 'rung-eighths', doc: 'H: Richardson hostility', storage: Float64Array, read: (a) => a.hostility },
  { name: 'audienceCost', unit: 'index', doc: 'A: domestic cost of backing down', storage: Float64Array, read: (a) => a.audienceCost },
  { name: 'resolve', unit: 'share', doc: 'R ∈ [0, 1]', storage: Float64Array, read: (a) => a.resolve },
  { name: 'pressure', unit: 'index', doc: 'P: active third-party pressure', storage: Float64Array, read: (a, day) => a.pressureByDay.at(day) },
  { name: 'econPain', unit: 'index', doc: 'E: cumulative economic pain from border closure', storage: Float64Array, read: (a) => a.econPain },
  { name: 'mhs', unit: 'index', doc: 'mutually-hurting-stalemate index that day', storage: Float64Array, read: (a) => a.mhs },
  // Deaths are whole numbers, stored as Float64 so that huge counts stay exact.
  { name: 'militaryDeaths', unit: 'deaths', doc: "true military deaths suffered from the other state's fire", storage: Float64Array, read: (a) => a.militaryDeaths },
  { name: 'civilianDeaths', unit: 'deaths', doc: "true civilian deaths suffered from the other state's fire", storage: Float64Array, read: (a) => a.civilianDeaths },
  { name: 'spoilerDeaths', unit: 'deaths', doc: 'deaths suffered from spoiler attacks (reported apart from interstate deaths)', storage: Float64Array, read: (a) => a.spoilerDeaths },
  { name: 'claimedEnemyDeaths', unit: 'deaths', doc: 'deaths this state claims to have inflicted', storage: Float64Array, read: (a) => a.claimedEnemyDeaths },
  { name: 'admittedDeaths', unit: 'deaths', doc: 'own interstate deaths this state admits', storage: Float64Array, read: (a) => a.admittedDeaths },
] as const satisfies readonly StateColumn[];

/** Per day, for the dyad. */
export const DYAD_RECORD_COLUMNS = [
  { name: 'ceasefire', unit: 'CEASEFIRE_KINDS index', doc: '`none`, `truce`, `ceasefire`, `agreement` at the end of the day', storage: Uint8Array, read: (d) => ceasefireCode(d.ceasefire) },
  { name: 'borderClosed', unit: '0/1', doc: '1 when the border is closed', storage: Uint8Array, read: (d) => (d.borderClosed ? 1 : 0) },
  {
    name: 'talksHost',
    unit: 'third-party index',
    doc: 'third party hosting accepted talks pending, or a session held that day; −1 if none',
    storage: Int16Array,
    read: (d) => (d.talksHost >= 0 ? d.talksHost : d.sessionHostToday),
  },
  { name: 'monitoring', unit: '0/1', doc: '1 while a monitoring mechanism is on', storage: Uint8Array, read: (d) => (d.monitoring ? 1 : 0) },
  { name: 'strain', unit: 'violations', doc: 'violations since the current truce or ceasefire began', storage: Float64Array, read: (d) => d.strain },
  { name: 'spoilerAttacks', unit: 'attacks', doc: 'spoiler attacks that day', storage: Int32Array, read: (d) => d.spoilerAttacks },
  { name: 'spoilerAttackDeaths', unit: 'deaths', doc: "the deaths of that day's spoiler attacks", storage: Float64Array, read: (d) => d.spoilerAttackDeaths },
  // Written by bout tracking in phase 4 (bouts.ts), which alone knows whether a truce day keeps a bout alive.
  { name: 'boutDay', unit: 'mark', doc: "1 on a day of a bout's fighting, 2 on a truce day that keeps a live bout going", storage: Uint8Array, read: null },
] as const satisfies readonly DyadColumn[];

export type StateColumnName = (typeof STATE_RECORD_COLUMNS)[number]['name'];
export type DyadColumnName = (typeof DYAD_RECORD_COLUMNS)[number]['name'];

type Stored<C> = C extends { readonly storage: infer S } ? (S extends abstract new (length: number) => infer A ? A : never) : never;

/** The columns of one run, named as the tables above name them. */
export type DayRecords = { readonly days: number } & {
  readonly [C in (typeof STATE_RECORD_COLUMNS)[number] as C['name']]: Stored<C>;
} & {
  readonly [C in (typeof DYAD_RECORD_COLUMNS)[number] as C['name']]: Stored<C>;
};

export function createDayRecords(days: number): DayRecords {
  const columns: Record<string, unknown> = { days };
  for (const column of STATE_RECORD_COLUMNS) columns[column.name] = new column.storage(days * 2);
  for (const column of DYAD_RECORD_COLUMNS) columns[column.name] = new column.storage(days);
  // Copied into a fresh object: one built by ~25 keyed stores is left in V8's dictionary mode, and
  // recordDay's writes to it every day cost a hash lookup each (a third of a run's time). The
  // copy has fast, fixed-layout properties.
  return { ...columns } as DayRecords;
}

/** The higher of the two states' rungs on a day. */
export function dyadRung(records: DayRecords, day: number): number {
  return Math.max(records.rung[day * 2]!, records.rung[day * 2 + 1]!);
}

/** True interstate deaths on a day, both sides. */
export function interstateDeaths(records: DayRecords, day: number): number {
  const a = day * 2;
  const b = a + 1;
  return (
    records.militaryDeaths[a]! + records.civilianDeaths[a]! + records.militaryDeaths[b]! + records.civilianDeaths[b]!
  );
}
