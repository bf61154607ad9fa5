/**
 * The escalation ladder (MODEL.md §2): Kahn's rungs, coded to CAMEO and the Goldstein scale.
 * Rungs ≥ 4 are kinetic. A scenario may override names and harm tables rung by rung; the
 * rung numbers and the thresholds below are structural and fixed.
 */
import type { Ladder } from './types.js';

export const RUNG_COUNT = 9;
export const TOP_RUNG = 8;
/** First rung at which states shoot at each other. */
export const KINETIC_RUNG = 4;
/** Rung at which a strike hits state targets or the capital: symbolic harm, collapse of any ceasefire. */
export const DEEP_STRIKE_RUNG = 7;
/** Rung at which audience costs accrue (MODEL.md §4.6). */
export const AUDIENCE_RUNG = 5;

export interface LadderRow {
  readonly name: string;
  readonly cameo: string;
  readonly goldstein: number;
  readonly intensity: number;
  readonly muMil: number;
  readonly muCiv: number;
}

export const DEFAULT_LADDER_ROWS: readonly LadderRow[] = [
  { name: 'normal relations', cameo: '04', goldstein: 1.0, intensity: 0, muMil: 0, muCiv: 0 },
  { name: 'verbal hostility', cameo: '112', goldstein: -2.0, intensity: 2, muMil: 0, muCiv: 0 },
  { name: 'threats, ultimatums', cameo: '138', goldstein: -6.0, intensity: 5, muMil: 0, muCiv: 0 },
  { name: 'coercive posture', cameo: '15', goldstein: -7.2, intensity: 7, muMil: 0, muCiv: 0 },
  { name: 'border skirmish', cameo: '193', goldstein: -10, intensity: 8, muMil: 1, muCiv: 0.2 },
  { name: 'heavy clash', cameo: '194', goldstein: -10, intensity: 8.5, muMil: 4, muCiv: 2 },
  { name: 'limited cross-border strikes', cameo: '195', goldstein: -10, intensity: 9, muMil: 6, muCiv: 3 },
  { name: 'deep strikes on state targets', cameo: '195', goldstein: -10, intensity: 9.5, muMil: 12, muCiv: 8 },
  { name: 'declared open war', cameo: '190', goldstein: -10, intensity: 10, muMil: 30, muCiv: 20 },
];

/** Builds the column form the model reads from rows (default or overridden). */
export function ladderFromRows(rows: readonly LadderRow[]): Ladder {
  if (rows.length !== RUNG_COUNT) throw new RangeError(`a ladder has ${RUNG_COUNT} rungs, got ${rows.length}`);
  return {
    name: rows.map((row) => row.name),
    cameo: rows.map((row) => row.cameo),
    goldstein: rows.map((row) => row.goldstein),
    intensity: rows.map((row) => row.intensity),
    muMil: rows.map((row) => row.muMil),
    muCiv: rows.map((row) => row.muCiv),
  };
}

export const DEFAULT_LADDER: Ladder = ladderFromRows(DEFAULT_LADDER_ROWS);

export function isKinetic(rung: number): boolean {
  return rung >= KINETIC_RUNG;
}
