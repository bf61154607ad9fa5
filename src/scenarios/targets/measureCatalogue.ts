/**
 * The measures a targets file may name: what each one measures on an ensemble, how it is
 * summarised, and its options with their ranges and defaults. Data only, so the targets schema
 * can check files against it; `src/calibration/facts` implements each one under the same name
 * (a test keeps the two lists equal).
 */
import { z } from 'zod';
import { probability, real, whole } from '../schema/numbers.js';
import { rung } from '../schema/ladderSchema.js';

/**
 * How a measure's per-run observations become one number:
 * - `median`: the median of every observed value, pooled over runs;
 * - `share`: pooled hits ÷ pooled trials;
 * - `ratio`: (hits ÷ trials with the condition) ÷ (hits ÷ trials without it);
 * - `tail`: R² of a straight line through the log–log CCDF of the pooled values.
 */
export type MeasureStatistic = 'median' | 'share' | 'ratio' | 'tail';

export interface MeasureDefinition {
  readonly statistic: MeasureStatistic;
  /** Unit of the summarised value, for tables and chart axes. */
  readonly unit: string;
  readonly description: string;
  readonly options: z.ZodObject;
}

const withinDays = () => whole(0, 365).default(2).meta({ description: 'days before (or after) the reference day that count' });

const side = (fallback: 'stronger' | 'weaker' | 'either' = 'either') =>
  z.enum(['stronger', 'weaker', 'either']).default(fallback).meta({ description: 'whose rungs: the state with the higher or lower capability, or either' });

export const MEASURES = {
  boutOnsetAfterSpoiler: {
    statistic: 'share',
    unit: 'share of bouts',
    description: 'bouts whose first kinetic day comes at most withinDays days after a spoiler attack (an attack that day counts)',
    options: z.strictObject({ withinDays: withinDays() }),
  },
  weakerRetaliationLag: {
    statistic: 'median',
    unit: 'days',
    description: "days from the stronger state's first kinetic day in a bout to the weaker state's first kinetic day on or after it, in the same bout",
    options: z.strictObject({}),
  },
  timeToPeak: {
    statistic: 'median',
    unit: 'days from T0',
    description: 'the deadliest day of the first bout, counted from T0 (the run outcome peakDay)',
    options: z.strictObject({}),
  },
  worstDayCivilianShare: {
    statistic: 'median',
    unit: 'share',
    description: "share of the first bout's interstate civilian deaths that fall on its worst day (runs whose first bout killed civilians)",
    options: z.strictObject({}),
  },
  firstAppealLag: {
    statistic: 'median',
    unit: 'days',
    description: 'days from the first day some state is at rung ≥ minRung to the first third-party appeal on or after it',
    options: z.strictObject({ minRung: rung().default(5) }),
  },
  appealersWithin: {
    statistic: 'median',
    unit: 'parties',
    description: 'distinct third parties that appeal within withinDays days of the first day some state is at rung ≥ minRung',
    options: z.strictObject({ withinDays: withinDays(), minRung: rung().default(5) }),
  },
  faceSavingHalt: {
    statistic: 'ratio',
    unit: '× baseline',
    description:
      'P(a state at a kinetic rung steps down ≥ 2 rungs the next day | a party with leverage > minLeverage on it appealed the day before) ÷ the same without such an appeal',
    options: z.strictObject({ minLeverage: probability().default(0.3) }),
  },
  truceBreachedAfterSpoiler: {
    statistic: 'share',
    unit: 'share of truces',
    description: 'truces during which a spoiler attack happened and some state then fought (a kinetic rung) before the truce ended',
    options: z.strictObject({}),
  },
  ceasefireAfterEarlyMediation: {
    statistic: 'median',
    unit: 'days from T0',
    description: 'days from T0 to the first ceasefire, in runs where a third party offered mediation by T0 + offeredBy (no ceasefire: counted at the horizon)',
    options: z.strictObject({ offeredBy: whole(0, 3650).default(7) }),
  },
  roundSettlementShare: {
    statistic: 'share',
    unit: 'share of rounds',
    description: 'follow-up rounds of talks that reached an agreement',
    options: z.strictObject({}),
  },
  ceasefireSurvivesFailedRound: {
    statistic: 'share',
    unit: 'share of failed rounds',
    description: 'follow-up rounds without an agreement after which a ceasefire (or agreement) still holds afterDays days later, or at the horizon if sooner',
    options: z.strictObject({ afterDays: whole(1, 365).default(10) }),
  },
  claimRatio: {
    statistic: 'median',
    unit: '× admitted',
    description: "one side's claimed enemy deaths over the run ÷ the deaths the enemy admitted (runs where the enemy admitted some)",
    options: z.strictObject({ side: z.enum(['stronger', 'weaker']).meta({ description: 'whose claims: the state with the higher or lower capability' }) }),
  },
  admittedOverClaimed: {
    statistic: 'median',
    unit: 'share',
    description: "the larger over the two sides of: own admitted deaths ÷ the enemy's claims of them (runs where both sides claimed some)",
    options: z.strictObject({}),
  },
  weakerCivilianShare: {
    statistic: 'median',
    unit: 'share',
    description: "the weaker state's share of all interstate civilian deaths in the run (runs with any)",
    options: z.strictObject({}),
  },
  closureOverCeasefireTime: {
    statistic: 'median',
    unit: '× T0→ceasefire',
    description: 'days the border stayed shut from its first closure (to the horizon if never reopened) ÷ days from T0 to the first ceasefire (runs with both)',
    options: z.strictObject({}),
  },
  untriggeredIncidentsShort: {
    statistic: 'share',
    unit: 'share of bouts',
    description: 'bouts (after the first) with no spoiler attack in the withinDays days before them that last at most maxDays days and peak at rung ≤ maxRung',
    options: z.strictObject({ withinDays: withinDays(), maxDays: whole(1, 365).default(3), maxRung: rung().default(5) }),
  },
  boutDeathsTail: {
    statistic: 'tail',
    unit: 'R²',
    description: 'R² of a straight line through the log–log CCDF of bout death totals at or above their median; 0 unless that tail spans ≥ minDecades decades',
    options: z.strictObject({ minDecades: real(0, 10).default(1) }),
  },
  boutGapsTail: {
    statistic: 'tail',
    unit: 'R²',
    description: 'R² of a straight line through the log–log CCDF of gaps between bouts at or above their median; 0 unless that tail spans ≥ minDecades decades',
    options: z.strictObject({ minDecades: real(0, 10).default(1) }),
  },
  boutsPerYear: {
    statistic: 'median',
    unit: 'bouts per year',
    description: 'bouts per year of the horizon (bouts × 365 ÷ days), one value per run',
    options: z.strictObject({}),
  },
  boutPeakRise: {
    statistic: 'share',
    unit: 'share of bout pairs',
    description: 'the ratchet: over consecutive bouts of a run whose peak rungs differ, the share where the later bout peaked higher',
    options: z.strictObject({}),
  },
  ceasefireDuration: {
    statistic: 'median',
    unit: 'days',
    description: "length of ceasefire spells (consecutive days with a ceasefire or an agreement in force at the day's end); a spell running at the horizon counts its days so far",
    options: z.strictObject({}),
  },
  truceBeforeTalks: {
    statistic: 'share',
    unit: 'share of runs',
    description: 'runs with a mediated session (CAMEO 045) in which a truce was in force at the end of some day before the first session',
    options: z.strictObject({}),
  },
  peakRung: {
    statistic: 'median',
    unit: 'rung',
    description: 'the highest rung the side (stronger, weaker or either state) stood on in the first bout (runs without a bout: over the run)',
    options: z.strictObject({ side: side() }),
  },
  firstRungDay: {
    statistic: 'median',
    unit: 'days from day 0',
    description: 'days from day 0 (a case\'s trigger) to the first day the side stands at rung ≥ minRung; a run where it never does counts at the horizon',
    options: z.strictObject({ side: side('stronger'), minRung: rung().default(5) }),
  },
  replyShare: {
    statistic: 'share',
    unit: 'share of runs',
    description: 'runs where the weaker state stands at rung ≥ replyRung within withinDays days of the stronger state first reaching rung ≥ strikeRung (the same day counts), among runs where it reaches it',
    options: z.strictObject({ strikeRung: rung().default(6), replyRung: rung().default(6), withinDays: whole(0, 365).default(7).meta({ description: 'days after the strike that count' }) }),
  },
  firstBoutDays: {
    statistic: 'median',
    unit: 'days',
    description: "length of the run's first bout, first to last bout day (runs with a bout)",
    options: z.strictObject({}),
  },
  topRungDays: {
    statistic: 'median',
    unit: 'days',
    description: 'days of the first bout with some state at rung ≥ minRung (runs whose first bout reached it)',
    options: z.strictObject({ minRung: rung().default(6) }),
  },
  closureDays: {
    statistic: 'median',
    unit: 'days',
    description: "days from the border's first closure to its reopening, or to the horizon if it never reopens (runs with a closure)",
    options: z.strictObject({}),
  },
  closureShare: {
    statistic: 'share',
    unit: 'share of runs',
    description: 'runs in which the border closes at all',
    options: z.strictObject({}),
  },
  pauseShare: {
    statistic: 'share',
    unit: 'share of runs',
    description: 'runs with a pause in force at the end of some day: kind ceasefire counts a ceasefire or an agreement, kind truce any truce, ceasefire or agreement',
    options: z.strictObject({ kind: z.enum(['truce', 'ceasefire']).default('ceasefire').meta({ description: 'which pauses count' }) }),
  },
} as const satisfies Record<string, MeasureDefinition>;

export type MeasureName = keyof typeof MEASURES;
export const MEASURE_NAMES = Object.keys(MEASURES) as MeasureName[];
