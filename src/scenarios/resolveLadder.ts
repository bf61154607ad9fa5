/**
 * A validated `ladder:` block → the model's Ladder: the scenario's own rungs or the default
 * ladder, then its cell changes, with its thresholds (the default ladder's when it has none).
 */
import { DEFAULT_LADDER_ROWS, DEFAULT_THRESHOLDS, ladderFromRows, type LadderRow } from '../model/ladder.js';
import type { Ladder, LadderThresholds } from '../model/types.js';
import type { ScenarioDocument } from './schema/scenarioSchema.js';

export function resolveLadder(input: ScenarioDocument['ladder']): Ladder {
  const base: readonly LadderRow[] = input?.rungs ?? DEFAULT_LADDER_ROWS;
  const rows = base.map((row, rung) => ({ ...row, ...definedCells(input?.changes?.[String(rung)]) }));
  const given = input?.thresholds;
  const thresholds: LadderThresholds =
    given === undefined
      ? DEFAULT_THRESHOLDS
      : { kinetic: given.kinetic, audience: given.audience, deepStrike: given.deepStrike, war: given.war, unthinkable: given.unthinkable ?? null };
  return ladderFromRows(rows, thresholds);
}

/** A change's cells without absent keys, so `{muMil: 5}` leaves the other cells alone. */
function definedCells(change: Partial<LadderRow> | undefined): Partial<LadderRow> {
  if (change === undefined) return {};
  return Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)) as Partial<LadderRow>;
}
