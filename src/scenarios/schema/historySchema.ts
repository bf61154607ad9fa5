/**
 * Where the dyad stands when a scenario starts mid-history (docs/model.md §5): a truce, ceasefire
 * or agreement already in force, a border already closed. Days are ≤ 0 (before the run's first
 * day); crossReferences.ts checks what needs other fields (the host, `until` and the kind,
 * `since` against the first simulated day).
 */
import { z } from 'zod';
import { identifier, real, whole, MAX_DAYS, MIN_DAY } from './numbers.js';

/** A day before the run: the past reaches back as far as the horizon reaches forward. */
const pastDay = () => whole(MIN_DAY, 0);

export const historySchema = z
  .strictObject({
    ceasefire: z
      .strictObject({
        kind: z.enum(['truce', 'ceasefire', 'agreement']).meta({ description: 'what is in force when the run starts' }),
        since: pastDay().meta({ description: "day it began (≤ 0, at or before the first simulated day): a ceasefire's leverage decays and its rounds fall due from here" }),
        host: identifier()
          .optional()
          .meta({ description: 'id of the third party (canHost: true) that hosts the follow-up rounds of a ceasefire' }),
        leverage: real(0, 1e6).optional().meta({ description: "leverage0 behind it; default the sum of all parties' mean leverage" }),
        roundsHeld: whole(0, 1000).default(0).meta({ description: 'follow-up rounds of a ceasefire already held (maxRounds − roundsHeld remain)' }),
        until: whole(MIN_DAY, MAX_DAYS - 1)
          .optional()
          .meta({ description: 'last day of a truce (it expires at the end of that day), at or after the first simulated day; truces only, required for one' }),
      })
      .optional()
      .meta({ description: 'a truce, ceasefire or agreement already in force' }),
    border: z
      .strictObject({
        closed: z.literal(true).meta({ description: 'the border is closed when the run starts' }),
        since: pastDay().meta({ description: 'day it closed (≤ 0, at or before the first simulated day)' }),
      })
      .optional()
      .meta({ description: 'a border already closed (reopening follows the usual rules)' }),
  })
  .meta({ description: 'The state of the dyad when the run starts, for a scenario that begins inside a conflict' });

export type HistoryInput = z.input<typeof historySchema>;
