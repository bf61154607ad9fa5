/**
 * What counts as a bout of fighting (docs/model.md "Bouts"): days on which some rung is
 * at least `openRung`, allowing up to `quietDays` days below it inside one bout. Along a line with
 * daily small-arms fire, the skirmish rung is background: `openRung: 5`. Fighting while a truce or
 * ceasefire is in force is a violation of it, not a bout of its own ("the ceasefire was violated
 * three times", UNAMA), unless `violations: true`.
 */
import { z } from 'zod';
import { rung } from './ladderSchema.js';
import { whole } from './numbers.js';

export const DEFAULT_QUIET_DAYS = 3;

export const boutsSchema = z
  .strictObject({
    openRung: rung().optional().meta({ description: "rung that opens or continues a bout (some state at it or above); default the ladder's kinetic threshold" }),
    quietDays: whole(0, 365).default(DEFAULT_QUIET_DAYS).meta({ description: 'days below openRung a bout may contain and go on' }),
    violations: z
      .boolean()
      .default(false)
      .meta({ description: 'whether fighting while a truce, ceasefire or agreement is in force counts as bout days (default: no, such days are violations, incidents of the ceasefire)' }),
  })
  .meta({ description: 'What counts as a bout of fighting' });
