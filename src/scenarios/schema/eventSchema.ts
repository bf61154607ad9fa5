/**
 * A scripted event (docs/model.md §7.4): a day and exactly one action. Written as one object with
 * every action optional (not a union) so a typo gets "unknown key, did you mean" rather than
 * "matches none of seven shapes".
 */
import { z } from 'zod';
import { identifier, whole, MAX_DAYS, MIN_DAY } from './numbers.js';
import { rung } from './ladderSchema.js';

export const EVENT_ACTIONS = ['spoilerAttack', 'setRung', 'appeal', 'offerMediation', 'border', 'ceasefire'] as const;
export type EventActionName = (typeof EVENT_ACTIONS)[number];

export const eventSchema = z
  .strictObject({
    day: whole(MIN_DAY, MAX_DAYS - 1).meta({
      description: 'day of the event, 0-based, inside the horizon; a negative day is history: simulated before day 0 but not recorded',
    }),
    note: z.string().max(500).optional().meta({ description: 'what this event stands for (documentation only)' }),
    spoilerAttack: z
      .strictObject({
        spoiler: identifier().meta({ description: 'id of the spoiler that attacks (its host is blamed, its target suffers)' }),
        deaths: whole(0, 1e6).meta({ description: "deaths of the attack, on the spoiler's target (civilianShare of them civilians)" }),
        blamed: z.boolean().optional().meta({ description: 'force the blame; drawn with the attribution probability if absent' }),
      })
      .optional()
      .meta({ description: 'an attack by a spoiler with a given number of deaths' }),
    setRung: z
      .strictObject({
        state: identifier().meta({ description: 'id of the state whose rung is forced' }),
        rung: rung().meta({ description: "the rung it takes that day (at most the state's maxRung)" }),
      })
      .optional()
      .meta({ description: "force a state's rung for the day (replaces its decision)" }),
    appeal: z
      .strictObject({ party: identifier().meta({ description: 'id of the third party that appeals' }) })
      .optional().meta({ description: 'a third-party appeal for restraint' }),
    offerMediation: z
      .strictObject({ party: identifier().meta({ description: 'id of the third party that offers to host talks' }) })
      .optional()
      .meta({ description: 'a third-party mediation offer (the states still decide whether to accept)' }),
    border: z.enum(['open', 'closed']).optional().meta({ description: 'open or close the border' }),
    ceasefire: z.enum(['none', 'truce', 'ceasefire']).optional().meta({ description: 'set the ceasefire state' }),
  })
  .meta({ description: 'A scripted event: a day and exactly one action' });

export type EventInput = z.input<typeof eventSchema>;
