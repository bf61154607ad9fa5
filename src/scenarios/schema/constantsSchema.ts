/** Global constants (docs/model.md §7.3 "Global constants"), with their defaults. */
import { z } from 'zod';
import { probability, real, whole, MAX_DAYS } from './numbers.js';
import { rung } from './ladderSchema.js';

const weight = () => real(-100, 100);

export const acceptSchema = z
  .strictObject({
    b0: weight().default(-2).meta({ description: 'intercept of the logit' }),
    mhs: weight().default(1.5).meta({ description: "weight of the state's mutually hurting stalemate (MHS)" }),
    leverage: weight().default(1).meta({ description: "weight of the offering party's leverage on the state" }),
    credibility: weight().default(1).meta({ description: "weight of the offering party's credibility with the state" }),
    audience: weight().default(-0.5).meta({ description: "weight of the state's audience cost" }),
  })
  .default({ b0: -2, mhs: 1.5, leverage: 1, credibility: 1, audience: -0.5 })
  .meta({ description: 'logit weights of accepting a mediation offer' });

export const sessionSchema = z
  .strictObject({
    s0: weight().default(-1).meta({ description: 'intercept of the logit' }),
    mhs: weight().default(1.5).meta({ description: 'weight of the lower MHS of the two states' }),
    leverage: weight().default(1).meta({ description: 'weight of the summed leverage of parties that appealed in the last 7 days' }),
    comediators: weight().default(0.5).meta({ description: 'bonus when two or more parties appealed in the last 7 days' }),
  })
  .default({ s0: -1, mhs: 1.5, leverage: 1, comediators: 0.5 })
  .meta({ description: 'logit weights of a session succeeding' });

export const settleSchema = z
  .strictObject({
    q0: weight().default(-1).meta({ description: 'intercept of the logit' }),
    monitoring: weight().default(1).meta({ description: 'weight of monitoring being on' }),
    commitmentGap: weight().default(-3).meta({ description: 'weight of the commitment gap, 1 − agreementSuppression' }),
  })
  .default({ q0: -1, monitoring: 1, commitmentGap: -3 })
  .meta({ description: 'logit weights of a follow-up round reaching an agreement' });

export const rivalrySchema = z
  .strictObject({
    failedTalks: real(0, 100).default(0.15).meta({ description: 'rivalry added to both states by a failed session or follow-up round' }),
    collapse: real(0, 100).default(0.25).meta({ description: 'rivalry added to both states when a truce or ceasefire collapses' }),
    unanswered: real(0, 100).default(0.02).meta({ description: 'rivalry added per blamed spoiler death a state suffers while it does not fight' }),
    banked: real(0, 100).default(0.1).meta({ description: 'rivalry per ln(1 + grievance shelved / lossScale) when a truce or ceasefire begins' }),
  })
  .default({ failedTalks: 0.15, collapse: 0.25, unanswered: 0.02, banked: 0.1 })
  .meta({ description: 'what feeds the rivalry stock (Richardson grievance, Fearon 1995)' });

export const haltSchema = z
  .strictObject({
    h0: weight().default(-4.5).meta({ description: 'intercept of the logit' }),
    mhs: weight().default(1).meta({ description: "weight of the state's mutually hurting stalemate (MHS)" }),
    leverage: weight().default(2).meta({ description: "weight of the appealing parties' leverage × credibility on the state" }),
    narrative: weight().default(0.1).meta({ description: "weight of ln(1 + victory narrative / lossScale): a state that can claim victory halts more easily" }),
  })
  .default({ h0: -4.5, mhs: 1, leverage: 2, narrative: 0.1 })
  .meta({ description: 'logit weights of a face-saving halt at the request of third parties' });

export const pauseSchema = z
  .strictObject({
    p0: weight().default(-4).meta({ description: 'intercept of the logit' }),
    ripeness: weight().default(1.5).meta({ description: 'weight of the lower MHS of the two states (Zartman ripeness)' }),
    leverage: weight().default(1.5).meta({ description: "weight of the announcing party's mean leverage" }),
  })
  .default({ p0: -4, ripeness: 1.5, leverage: 1.5 })
  .meta({ description: 'logit weights of a pause announced by a third party that appealed today, without a session' });

export const hotlineSchema = z
  .strictObject({
    c0: weight().default(-4).meta({ description: 'intercept of the logit' }),
    ripeness: weight().default(1.5).meta({ description: 'weight of the lower MHS of the two states' }),
  })
  .default({ c0: -4, ripeness: 1.5 })
  .meta({ description: 'logit weights of a truce or ceasefire agreed bilaterally over the hotline' });

export const constantsShape = {
  wMil: real(0, 1000).default(1).meta({ description: 'perceived harm per military death' }),
  wCiv: real(0, 1000).default(1).meta({ description: 'perceived harm per civilian death' }),
  wSymbolic: real(0, 1e4).default(20).meta({ description: 'extra perceived harm on the day the opponent crosses into the deep-strike rungs (a strike on the capital)' }),
  wSpoiler: real(0, 1000).default(1).meta({ description: 'perceived harm per blamed spoiler death' }),
  hawkThreshold: real(0, 1e6).default(1.0).meta({ description: 'θ: hostility above which a state goes one rung higher' }),
  pressureWeight: real(0, 1e4).default(8).meta({ description: 'grievance a unit of third-party pressure outweighs: the cost pressure adds to every kinetic rung' }),
  dominanceRatio: real(1, 100).default(1.5).meta({ description: "capability ratio K_i/K_j from which a struck state answers one rung above the opponent's (Kahn's escalation dominance)" }),
  rivalryHalfLife: real(0, 1e5, true).default(180).meta({ description: 'days for the rivalry stock to halve: the memory between bouts' }),
  rivalry: rivalrySchema,
  strainHalfLife: real(0, 1e5, true).default(30).meta({ description: 'days for the strain of past violations on a ceasefire to halve (Fortna)' }),
  seriousRung: rung().default(6).meta({ description: 'lowest rung whose violation strains a truce or ceasefire; lower violations are sporadic incidents' }),
  haltDays: whole(1, MAX_DAYS).default(3).meta({ description: 'days a state that halted at the request of third parties holds its halt unless struck' }),
  halt: haltSchema,
  pause: pauseSchema,
  hotline: z.boolean().default(false).meta({ description: 'the two states have a working military hotline (DGMO) and can agree a truce or ceasefire bilaterally' }),
  hotlineDeal: hotlineSchema,
  narrativeDecay: probability().default(0.95).meta({ description: "daily carry-over of a state's victory narrative (its claims of enemy dead less its admitted dead)" }),
  truceDays: whole(1, MAX_DAYS).default(2).meta({ description: 'length of a truce in days' }),
  truceThreshold: real(0, 1e6).default(2).meta({ description: 'grievance a truce holds back: a pause with no mechanism behind it is fragile' }),
  strainMax: whole(0, 1000).default(2).meta({ description: 'violations a truce or ceasefire survives' }),
  leverageHalfLife: real(0, 1e5, true).default(45).meta({ description: "days for a ceasefire's leverage to halve (Beardsley)" }),
  leverageWeight: real(0, 1000).default(2).meta({ description: 'grievance a unit of leverage holds back under a ceasefire' }),
  monitorCut: probability().default(0.3).meta({ description: 'cut in the chance of blaming the host while monitoring is on' }),
  closeRung: rung().default(5).meta({ description: 'rung of fighting that closes the border, on a day it hurts a state that can close it beyond its tolerance' }),
  sanctuaryRung: rung()
    .default(6)
    .meta({ description: "rung of a state's opening answer to a spoiler hosted by the other state, when that state has not struck: strikes on the group's sanctuaries across the border (0: no such floor)" }),
  reopenAfter: whole(0, MAX_DAYS).default(30).meta({ description: 'days of ceasefire before the border may reopen' }),
  reopenDailyProb: probability()
    .default(0.05)
    .meta({ description: 'daily chance of reopening after that, and of a deal at the crossing once the grievance behind a closure is spent' }),
  catastropheCivilians: real(0, 1e6).default(25).meta({ description: 'civilian deaths in a day that prompt mediation offers' }),
  roundEvery: whole(1, MAX_DAYS).default(10).meta({ description: 'days between follow-up rounds of talks' }),
  maxRounds: whole(0, 100).default(3).meta({ description: 'follow-up rounds per ceasefire' }),
  lossScale: real(0, 1e6, true).default(10).meta({ description: 'deaths per day that count as one unit of loss' }),
  accept: acceptSchema,
  session: sessionSchema,
  settle: settleSchema,
  partialProb: probability().default(0.3).meta({ description: 'chance a failed round still agrees on monitoring' }),
  casualtyDistribution: z
    .enum(['poisson', 'negativeBinomial'])
    .default('poisson')
    .meta({ description: 'distribution of daily deaths inflicted at a kinetic rung' }),
  dispersion: real(0, 1e6, true).default(2).meta({ description: 'φ of the negative binomial: variance μ + μ²/φ' }),
};

export const constantsSchema = z.strictObject(constantsShape).meta({ description: 'Global constants of docs/model.md §7.3' });

export type ConstantsInput = z.input<typeof constantsSchema>;
