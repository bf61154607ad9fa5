/**
 * The escalation ladder (docs/model.md "The ladder"): a scenario keeps
 * the default nine-rung ladder, brings a whole ladder of its own (`rungs`, 2–32 rows, with its
 * `thresholds`), and may change single cells of the chosen ladder (`changes: {5: {muMil: 5}}`).
 * Checks across fields (thresholds ascending, rung references within the ladder) live in
 * crossReferences.ts / ladderChecks.ts, which can point at the offending line.
 */
import { z } from 'zod';
import { real, whole } from './numbers.js';

/** A ladder has at most this many rungs (0…31): every rung field's schema range. */
export const MAX_LADDER_RUNGS = 32;
export const MAX_RUNG = MAX_LADDER_RUNGS - 1;

/** A rung number as a field of a scenario: 0…31 here; within the scenario's own ladder by cross-reference. */
export function rung() {
  return whole(0, MAX_RUNG);
}

const cells = {
  name: z.string().min(1).max(80).meta({ description: 'name of the rung in charts, summaries and the event log' }),
  cameo: z.string().regex(/^[0-9]{2,4}$/, 'a CAMEO code: 2 to 4 digits').meta({ description: 'CAMEO event code of acts at this rung' }),
  goldstein: real(-10, 10).meta({ description: 'Goldstein score of acts at this rung' }),
  intensity: real(0, 10).meta({
    description: 'intensity 0–10, charted beside deaths; rungs below the kinetic threshold scale expected harm by intensity / intensity of the kinetic rung',
  }),
  muMil: real(0, 1e4).meta({ description: 'mean daily military deaths inflicted at equal capability' }),
  muCiv: real(0, 1e4).meta({ description: 'mean daily civilian deaths inflicted at equal capability and exposure 1' }),
  risk: real(0, 1e4).meta({ description: 'risk of standing on this rung, in grievance units (a state needs at least this much to climb here)' }),
};

export const ladderRungSchema = z.strictObject(cells).meta({ description: 'One rung of a ladder: every cell given' });

export const ladderChangeSchema = z
  .strictObject({
    name: cells.name.optional(),
    cameo: cells.cameo.optional(),
    goldstein: cells.goldstein.optional(),
    intensity: cells.intensity.optional(),
    muMil: cells.muMil.optional(),
    muCiv: cells.muCiv.optional(),
    risk: cells.risk.optional(),
  })
  .meta({ description: "Changes to one rung's row; unspecified cells keep the ladder's" });

/** Keys of `changes`: rung numbers written without leading zeros. Identity matters: the reference docs show `<rung>` for it. */
export const rungKeySchema = z.string().regex(/^(0|[1-9][0-9]?)$/, 'a rung number: 0, 1, 2, …');

export const thresholdsSchema = z
  .strictObject({
    kinetic: rung().meta({ description: 'first rung at which states shoot at each other' }),
    audience: rung().meta({ description: 'first rung at which audience costs accrue (public commitment)' }),
    deepStrike: rung().meta({ description: 'first rung that strikes state targets or the capital (ends any ceasefire)' }),
    war: rung().meta({ description: 'declared open war' }),
    unthinkable: rung().optional().meta({ description: 'a rung no state stands on without a catastrophic grievance (e.g. nuclear use); none if absent' }),
  })
  .meta({ description: 'which rungs are the thresholds; kinetic ≤ audience ≤ deepStrike ≤ war ≤ top < unthinkable' });

export const ladderSchema = z
  .strictObject({
    rungs: z
      .array(ladderRungSchema)
      .min(2)
      .max(MAX_LADDER_RUNGS)
      .optional()
      .meta({ description: 'a whole ladder, rung 0 first (2–32 rungs), replacing the default; needs thresholds' }),
    thresholds: thresholdsSchema.optional().meta({
      description: 'the thresholds of the ladder; default for the default ladder: kinetic 4, audience 5, deepStrike 7, war 8, no unthinkable rung',
    }),
    changes: z
      .record(rungKeySchema, ladderChangeSchema)
      .optional()
      .meta({ description: "changes to single cells of the chosen ladder's rungs, by rung number" }),
  })
  .meta({ description: 'The escalation ladder: the default, or a whole ladder of its own, with cell changes' });

export type LadderInput = z.input<typeof ladderSchema>;
