/**
 * The escalation ladder (docs/model.md "The ladder"): Kahn's rungs, coded to CAMEO and the
 * Goldstein scale, as data. A scenario may bring a ladder of its own (any number of rungs) and
 * say which rungs are its thresholds: kinetic (states shoot), audience (public commitment),
 * deep strike (state targets, the capital), war (declared open war) and, optionally,
 * unthinkable (e.g. nuclear use). Each rung carries a risk: what a state must feel before it
 * will stand on that rung (Schelling's threat that leaves something to chance).
 */
import type { Ladder, LadderThresholds } from './types.js';

export interface LadderRow {
  readonly name: string;
  readonly cameo: string;
  readonly goldstein: number;
  readonly intensity: number;
  readonly muMil: number;
  readonly muCiv: number;
  /** Risk of standing on this rung, in grievance units (docs/model.md "Thresholds and risk"). */
  readonly risk: number;
}

export const DEFAULT_LADDER_ROWS: readonly LadderRow[] = [
  { name: 'normal relations', cameo: '04', goldstein: 1.0, intensity: 0, muMil: 0, muCiv: 0, risk: 0 },
  { name: 'verbal hostility', cameo: '112', goldstein: -2.0, intensity: 2, muMil: 0, muCiv: 0, risk: 0 },
  { name: 'threats, ultimatums', cameo: '138', goldstein: -6.0, intensity: 5, muMil: 0, muCiv: 0, risk: 0 },
  { name: 'coercive posture', cameo: '15', goldstein: -7.2, intensity: 7, muMil: 0, muCiv: 0, risk: 0 },
  { name: 'border skirmish', cameo: '193', goldstein: -10, intensity: 8, muMil: 1, muCiv: 0.2, risk: 0 },
  { name: 'heavy clash', cameo: '194', goldstein: -10, intensity: 8.5, muMil: 4, muCiv: 2, risk: 0 },
  { name: 'limited cross-border strikes', cameo: '195', goldstein: -10, intensity: 9, muMil: 6, muCiv: 3, risk: 2 },
  { name: 'deep strikes on state targets', cameo: '195', goldstein: -10, intensity: 9.5, muMil: 12, muCiv: 8, risk: 15 },
  { name: 'declared open war', cameo: '190', goldstein: -10, intensity: 10, muMil: 30, muCiv: 20, risk: 100 },
];

export const DEFAULT_THRESHOLDS: LadderThresholds = { kinetic: 4, audience: 5, deepStrike: 7, war: 8, unthinkable: null };

/** Builds the column form the model reads from rows (default or a scenario's) and thresholds. */
export function ladderFromRows(rows: readonly LadderRow[], thresholds: LadderThresholds = DEFAULT_THRESHOLDS): Ladder {
  if (rows.length < 2) throw new RangeError(`a ladder has at least 2 rungs, got ${rows.length}`);
  return {
    name: rows.map((row) => row.name),
    cameo: rows.map((row) => row.cameo),
    goldstein: rows.map((row) => row.goldstein),
    intensity: rows.map((row) => row.intensity),
    muMil: rows.map((row) => row.muMil),
    muCiv: rows.map((row) => row.muCiv),
    risk: rows.map((row) => row.risk),
    top: rows.length - 1,
    thresholds,
  };
}

export const DEFAULT_LADDER: Ladder = ladderFromRows(DEFAULT_LADDER_ROWS);

/** Whether states at this rung shoot at each other. */
export function isKinetic(ladder: Ladder, rung: number): boolean {
  return rung >= ladder.thresholds.kinetic;
}
