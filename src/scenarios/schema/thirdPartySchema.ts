/** A third party that appeals for restraint and may host talks (docs/model.md §7.3; Kydd, Beardsley). */
import { z } from 'zod';
import { identifier, probability, real, whole, MAX_DAYS } from './numbers.js';
import { rung } from './ladderSchema.js';

export const thirdPartySchema = z
  .strictObject({
    leverage: z
      .record(identifier(), probability())
      .default({})
      .meta({ description: 'leverage on each state, by state id, 0–1 (a state not listed: 0)' }),
    bias: real(-1, 1).default(0).meta({ description: 'lean toward `leansToward`, −1…1: credibility there is 0.5 + 0.5·bias, with the other 0.5 − 0.5·bias' }),
    leansToward: identifier().optional().meta({ description: 'id of the state this party leans toward (needed when bias ≠ 0)' }),
    appealThreshold: rung().default(5).meta({ description: 'rung at which it appeals for restraint' }),
    appealEvery: whole(1, MAX_DAYS).default(3).meta({ description: 'fewest days between its appeals' }),
    appealDays: whole(1, MAX_DAYS).default(3).meta({ description: "how long an appeal's pressure lasts, in days" }),
    appealWeight: real(0, 10).default(0.5).meta({ description: 'ω: pressure per unit of leverage × credibility' }),
    canHost: z.boolean().default(false).meta({ description: 'whether it may host talks' }),
    offerAfterDays: whole(0, MAX_DAYS).default(3).meta({ description: 'kinetic days before it offers mediation' }),
  })
  .meta({ description: 'A third party pressing for de-escalation and mediating' });

export type ThirdPartyInput = z.input<typeof thirdPartySchema>;
