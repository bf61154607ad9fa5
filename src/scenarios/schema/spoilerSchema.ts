/** A spoiler: a militant group hosted by one state that attacks the other (docs/model.md §7.3, Stedman). */
import { z } from 'zod';
import { identifier, probability, real } from './numbers.js';

export const spoilerSchema = z
  .strictObject({
    host: identifier().meta({ description: 'id of the state the group is based in (blamed for its attacks)' }),
    target: identifier().meta({ description: 'id of the state it attacks' }),
    hazard: real(0, 50).default(0.12).meta({ description: 'λ0: significant attacks per day' }),
    // α < 1 has no finite mean: ensemble means of deaths would not converge.
    severityAlpha: real(1, 10).default(2.0).meta({ description: 'α: Pareto tail of deaths per attack, ≥ 1 (smaller = heavier)' }),
    severityMin: real(0, 1e4).default(3).meta({ description: 'fewest deaths of a significant attack' }),
    severityMax: real(1, 1e6)
      .default(10_000)
      .meta({ description: "cap on one attack's deaths (brink's addition; at α = 2 it binds once in 10 million attacks)" }),
    civilianShare: probability().default(0.3).meta({ description: 'share of the dead who are civilians (rounded)' }),
    talksBoost: real(0, 10)
      .default(0.3)
      .meta({ description: 'ψ: hazard multiplier bonus while a truce, ceasefire or talks are active' }),
    degradation: probability()
      .default(0.05)
      .meta({ description: "share of the group's attack capacity removed by each day of strikes on its host (Kydd & Walter)" }),
    enragement: real(0, 10)
      .default(0.005)
      .meta({ description: "capacity gained per civilian killed by strikes on its host (recruitment, Stedman's spoilers)" }),
    recoveryHalfLife: real(0, 1e5, true)
      .default(60)
      .meta({ description: 'days for the group\'s capacity to return halfway to normal after strikes' }),
    suppression: probability().default(0.2).meta({ description: 'share of attacks the host prevents' }),
    agreementSuppression: probability()
      .default(0.6)
      .meta({ description: 'suppression once an agreement holds; 1 − this is the commitment gap' }),
  })
  .meta({ description: 'A spoiler (militant group) hosted by one state and attacking the other' });

export type SpoilerInput = z.input<typeof spoilerSchema>;
