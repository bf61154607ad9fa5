/**
 * What a run records per day (docs/model.md §7.17), as typed columns. Per-state columns are indexed
 * `day * 2 + stateIndex`; dyad columns by day. Columns, not row objects, so a 365-day run
 * allocates a few dozen arrays and nothing per day.
 */
import type { CeasefireKind } from './types.js';

export const CEASEFIRE_KINDS: readonly CeasefireKind[] = ['none', 'truce', 'ceasefire', 'agreement'];

/** The index of a ceasefire kind in CEASEFIRE_KINDS, without a search on the hot path. */
export function ceasefireCode(kind: CeasefireKind): number {
  return kind === 'none' ? 0 : kind === 'truce' ? 1 : kind === 'ceasefire' ? 2 : 3;
}

export interface DayRecords {
  readonly days: number;
  // Per (day, state).
  readonly rung: Int8Array;
  readonly goldstein: Float64Array;
  readonly grievance: Float64Array;
  readonly hostility: Float64Array;
  readonly audienceCost: Float64Array;
  readonly resolve: Float64Array;
  readonly pressure: Float64Array;
  readonly econPain: Float64Array;
  readonly mhs: Float64Array;
  /** True interstate deaths suffered (whole numbers; Float64 so huge counts stay exact). */
  readonly militaryDeaths: Float64Array;
  readonly civilianDeaths: Float64Array;
  /** Deaths suffered from spoiler attacks, reported apart from interstate deaths (§7). */
  readonly spoilerDeaths: Float64Array;
  readonly claimedEnemyDeaths: Float64Array;
  readonly admittedDeaths: Float64Array;
  // Per day (dyad).
  /** Index into CEASEFIRE_KINDS. */
  readonly ceasefire: Uint8Array;
  readonly borderClosed: Uint8Array;
  /** Third-party index hosting talks accepted and pending, or held today; −1 if none. */
  readonly talksHost: Int16Array;
  readonly monitoring: Uint8Array;
  readonly strain: Float64Array;
  readonly spoilerAttacks: Int32Array;
  readonly spoilerAttackDeaths: Float64Array;
  /** 1 on a day of a bout's fighting, 2 on a truce day that keeps a live bout going (bouts.ts). */
  readonly boutDay: Uint8Array;
}

export function createDayRecords(days: number): DayRecords {
  const perState = days * 2;
  return {
    days,
    rung: new Int8Array(perState),
    goldstein: new Float64Array(perState),
    grievance: new Float64Array(perState),
    hostility: new Float64Array(perState),
    audienceCost: new Float64Array(perState),
    resolve: new Float64Array(perState),
    pressure: new Float64Array(perState),
    econPain: new Float64Array(perState),
    mhs: new Float64Array(perState),
    militaryDeaths: new Float64Array(perState),
    civilianDeaths: new Float64Array(perState),
    spoilerDeaths: new Float64Array(perState),
    claimedEnemyDeaths: new Float64Array(perState),
    admittedDeaths: new Float64Array(perState),
    ceasefire: new Uint8Array(days),
    borderClosed: new Uint8Array(days),
    talksHost: new Int16Array(days),
    monitoring: new Uint8Array(days),
    strain: new Float64Array(days),
    spoilerAttacks: new Int32Array(days),
    spoilerAttackDeaths: new Float64Array(days),
    boutDay: new Uint8Array(days),
  };
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
