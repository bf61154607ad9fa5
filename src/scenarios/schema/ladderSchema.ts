/**
 * An optional override of the escalation ladder (MODEL.md §2), rung by rung: `ladder: {5: {muMil:
 * 5}}` changes one cell. The rung numbers, and which rungs are kinetic, are fixed by the model.
 */
import { z } from 'zod';
import { real } from './numbers.js';

export const ladderRowSchema = z
  .strictObject({
    name: z.string().min(1).max(80).optional().meta({ description: 'name of the rung in charts, summaries and the event log' }),
    cameo: z
      .string()
      .regex(/^[0-9]{2,4}$/, 'a CAMEO code: 2 to 4 digits')
      .optional()
      .meta({ description: 'CAMEO event code of acts at this rung' }),
    goldstein: real(-10, 10).optional().meta({ description: 'Goldstein score of acts at this rung' }),
    intensity: real(0, 10)
      .optional()
      .meta({ description: 'intensity 0–10, charted beside deaths; rungs 1–3 scale expected harm by intensity / intensity of rung 4' }),
    muMil: real(0, 1e4).optional().meta({ description: 'mean daily military deaths inflicted at equal capability' }),
    muCiv: real(0, 1e4).optional().meta({ description: 'mean daily civilian deaths inflicted at equal capability and exposure 1' }),
  })
  .meta({ description: "Changes to one rung's row; unspecified cells keep the default" });

export const RUNG_KEYS = ['0', '1', '2', '3', '4', '5', '6', '7', '8'] as const;

export const ladderSchema = z
  .partialRecord(z.enum(RUNG_KEYS), ladderRowSchema)
  .meta({ description: 'Overrides of the default ladder, keyed by rung 0–8' });

export type LadderInput = z.input<typeof ladderSchema>;
