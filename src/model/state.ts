/**
 * The mutable state of one run (docs/model.md §7.3 "variables"). Allocated once per run and updated in
 * place day by day: the hot loop creates no objects.
 */
import { DaySeries } from './daySeries.js';
import { applyHistory } from './history.js';
import type { CeasefireKind, ModelParams, StateParams } from './types.js';

/** How many past days of own deaths `lossRate` looks at (docs/model.md §7.13). */
export const LOSS_WINDOW = 7;
/** "Parties that appealed in the last 7 days" (docs/model.md §7.13 session). */
export const APPEAL_MEMORY = 7;

export interface ActorState {
  rung: number;
  /** Yesterday's rung, r⁻ in docs/model.md §7.6. */
  prevRung: number;
  hostility: number;
  grievance: number;
  audienceCost: number;
  resolve: number;
  econPain: number;
  /** Perceived harm so far today, D̂. */
  perceivedHarm: number;
  /** Rung forced by a scripted event today, or −1. */
  forcedRung: number;
  // Today's flows, reset each morning.
  militaryDeaths: number;
  civilianDeaths: number;
  spoilerDeaths: number;
  spoilerCivilians: number;
  /** Spoiler deaths today that this state blamed on the host. */
  blamedSpoilerDeaths: number;
  /** Last day a spoiler attack on this state was blamed on the host (sanctuary.ts), or −∞. */
  lastBlamedAttackDay: number;
  /** Patience Π left with the host before its sanctuaries are struck (patience.ts). */
  patience: number;
  inflicted: number;
  claimedEnemyDeaths: number;
  admittedDeaths: number;
  /** Perceived inflicted harm Î: true inflicted × own claim factor. */
  perceivedInflicted: number;
  goldstein: number;
  mhs: number;
  /**
   * Whether the latest perception doubled a harm by misreading. Read during decisions, when the
   * latest perception is yesterday's: it names a misreading as the cause of today's move.
   */
  lastPerceptionMisread: boolean;
  /** ΔA of today's audience-cost update, which resolve responds to (docs/model.md §7.15). */
  audienceChange: number;
  trembledToday: boolean;
  /** Whether generosity let the opponent's last move go today (forgiveness.ts). */
  forgaveToday: boolean;
  /** Whether a blamed spoiler attack during the current truce released this state from it (truceRelease.ts). */
  releasedFromTruce: boolean;
  /** Highest rung in the current (latest) bout and in the one before (precedent.ts). */
  boutPeak: number;
  lastBoutPeak: number;
  violatedToday: boolean;
  /** Rivalry stock Q: the slow memory of earlier bouts (rivalry.ts). */
  rivalry: number;
  /** Last day this state was at a kinetic rung, or −∞ (responseTiming.ts: in the exchange or not). */
  lastKineticDay: number;
  /** Day a planned kinetic answer falls due, or −∞ for no plan (responseTiming.ts; days may be negative). */
  plannedDay: number;
  /** Today's response-lag uniform, drawn every day; the lag itself is worked out only when asked (responseTiming.ts). */
  lagUniform: number;
  /** Today's lag once worked out, or −1. */
  lagToday: number;
  /** Last day of a face-saving halt this state holds, or −∞ (halts.ts; days may be negative). */
  haltUntil: number;
  /** Why today's rung was chosen, when a model-2 mechanism decided it (for the event log). */
  moveCause: 'halt' | 'reaction' | 'planned' | null;
  /** Victory narrative: decayed sum of claimed enemy dead less own admitted dead (narrative.ts). */
  narrative: number;
  /** Own true deaths (interstate + spoiler) per day, a ring over the last LOSS_WINDOW days. */
  readonly lossRing: Float64Array;
  /** Sum of lossRing, kept as days enter and leave (whole numbers: exact). */
  lossWindowTotal: number;
  /** Pressure P by day: an appeal on day t adds to days t+1 … t+appealDays. */
  readonly pressureByDay: DaySeries;
}

export interface SpoilerState {
  /** Attack capacity relative to normal, 1 at the start (spoilerResponse.ts). */
  capacity: number;
}

export interface PartyState {
  /** Day of the most recent appeal, or −∞. */
  lastAppealDay: number;
  fatigue: number;
}

export interface DyadState {
  ceasefire: CeasefireKind;
  truceUntil: number;
  ceasefireSince: number;
  leverage0: number;
  strain: number;
  monitoring: boolean;
  /** Party whose session made the current ceasefire (hosts follow-up rounds), or −1. */
  roundHost: number;
  roundsHeld: number;
  borderClosed: boolean;
  /** Some state stood at closeRung or above while the border was closed: only a ceasefire reopens it (reopening.ts). */
  closedInFighting: boolean;
  /** Host of accepted talks whose session is due, or −1. */
  talksHost: number;
  sessionDay: number;
  /** Host of a session held today, or −1: shown in the records on the session day. */
  sessionHostToday: number;
  /** First day a ceasefire began, even one that collapsed the same day; −1 if none yet. */
  firstCeasefireDay: number;
  /** Truces and ceasefires begun today (counted by recordDay as attempts if none is in force at the day's end). */
  ceasefiresBegunToday: number;
  /** Truces and ceasefires begun that were not in force at the end of their first day. */
  ceasefireAttempts: number;
  truceThisBout: boolean;
  /** Last day some rung was kinetic, or −∞. */
  lastKineticDay: number;
  kineticDays: number;
  /** First day of the current (or last) bout, or −∞ before the first bout (bouts.ts). */
  boutStart: number;
  /** Days of the current (or last) bout with some rung ≥ bouts.openRung (quiet days inside not counted). */
  boutDays: number;
  /** Last day some rung was ≥ bouts.openRung, or −∞. */
  lastBoutDay: number;
  /** Scripted offers to make in today's offer pass, by party index. */
  scriptedOffers: number[];
  spoilerAttacks: number;
  spoilerAttackDeaths: number;
}

export interface RunState {
  day: number;
  readonly actors: readonly [ActorState, ActorState];
  readonly parties: PartyState[];
  readonly spoilers: SpoilerState[];
  readonly dyad: DyadState;
}

function createActor(params: StateParams, run: ModelParams): ActorState {
  return {
    rung: params.initialRung,
    prevRung: params.initialRung,
    hostility: params.initialHostility,
    grievance: params.initialGrievance,
    audienceCost: 0,
    resolve: params.resolve,
    econPain: 0,
    perceivedHarm: 0,
    forcedRung: -1,
    militaryDeaths: 0,
    civilianDeaths: 0,
    spoilerDeaths: 0,
    spoilerCivilians: 0,
    blamedSpoilerDeaths: 0,
    lastBlamedAttackDay: -Infinity,
    patience: params.patience * params.initialPatience,
    inflicted: 0,
    claimedEnemyDeaths: 0,
    admittedDeaths: 0,
    perceivedInflicted: 0,
    goldstein: 0,
    mhs: 0,
    lastPerceptionMisread: false,
    audienceChange: 0,
    trembledToday: false,
    forgaveToday: false,
    releasedFromTruce: false,
    boutPeak: 0,
    lastBoutPeak: 0,
    violatedToday: false,
    rivalry: params.initialRivalry,
    // A state that starts at a kinetic rung was fighting the day before: it is in the exchange.
    lastKineticDay: params.initialRung >= run.ladder.thresholds.kinetic ? run.firstDay - 1 : -Infinity,
    plannedDay: -Infinity,
    lagUniform: 0,
    lagToday: -1,
    haltUntil: -Infinity,
    moveCause: null,
    narrative: 0,
    lossRing: new Float64Array(LOSS_WINDOW),
    lossWindowTotal: 0,
    pressureByDay: new DaySeries(run.firstDay, run.days),
  };
}

export function createRunState(params: ModelParams): RunState {
  const [a, b] = params.states;
  const state: RunState = {
    day: params.firstDay,
    actors: [createActor(a, params), createActor(b, params)],
    parties: params.thirdParties.map(() => ({ lastAppealDay: -Infinity, fatigue: 0 })),
    spoilers: params.spoilers.map(() => ({ capacity: 1 })),
    dyad: {
      ceasefire: 'none',
      truceUntil: -1,
      ceasefireSince: -1,
      leverage0: 0,
      strain: 0,
      monitoring: false,
      roundHost: -1,
      roundsHeld: 0,
      borderClosed: false,
      closedInFighting: false,
      talksHost: -1,
      sessionDay: -1,
      sessionHostToday: -1,
      firstCeasefireDay: -1,
      ceasefiresBegunToday: 0,
      ceasefireAttempts: 0,
      truceThisBout: false,
      lastKineticDay: -Infinity,
      kineticDays: 0,
      boutStart: -Infinity,
      boutDays: 0,
      lastBoutDay: -Infinity,
      scriptedOffers: [],
      spoilerAttacks: 0,
      spoilerAttackDeaths: 0,
    },
  };
  applyHistory(state, params);
  return state;
}

/** Whether a truce, ceasefire or agreement restrains the states (the ceasefire gate). */
export function underCeasefire(kind: CeasefireKind): boolean {
  return kind !== 'none';
}
