/**
 * Resolved, read-only inputs of the model (docs/model.md §2.3–§3) and the shapes a run produces (§5).
 * `src/scenarios` turns a scenario file into a `ModelParams`; nothing here knows about files.
 */

export type Profile = 'strong' | 'weak';
export type CeasefireKind = 'none' | 'truce' | 'ceasefire' | 'agreement';
export type BorderKind = 'open' | 'closed';
export type CasualtyDistribution = 'poisson' | 'negativeBinomial';

/** One state's parameters after profile defaults and overrides are applied (docs/model.md §7.3). */
export interface StateParams {
  readonly id: string;
  readonly profile: Profile;
  readonly capability: number;
  readonly maxRung: number;
  readonly stepUp: number;
  readonly stepDown: number;
  readonly reactivity: number;
  readonly restraint: number;
  readonly grievanceBase: number;
  readonly proportionality: number;
  readonly tolerance: number;
  readonly satisfaction: number;
  readonly memory: number;
  readonly generosity: number;
  readonly tremble: number;
  readonly misreadProb: number;
  readonly attribution: number;
  readonly claimMedian: number;
  readonly claimSigma: number;
  readonly admitFactor: number;
  readonly exposure: number;
  readonly audienceGrowth: number;
  readonly audienceDecay: number;
  readonly faceSaving: number;
  readonly faceThreshold: number;
  readonly ceasefireThreshold: number;
  readonly resolve: number;
  readonly econPainPerDay: number;
  readonly responseLag: number;
  readonly lagDispersion: number;
  readonly mediationAcceptance: number;
  readonly initialRivalry: number;
  /** Felt harm from a hosted group's blamed attacks absorbed before striking its sanctuaries (patience.ts). */
  readonly patience: number;
  /** Share of that patience left when the run starts. */
  readonly initialPatience: number;
  /** Start-of-run values of the state variables (docs/model.md §9 speaks of "starting at 0"). */
  readonly initialRung: number;
  readonly initialGrievance: number;
  readonly initialHostility: number;
}

export interface SpoilerParams {
  readonly id: string;
  /** Index into `ModelParams.states`. */
  readonly host: number;
  readonly target: number;
  readonly hazard: number;
  readonly severityAlpha: number;
  readonly severityMin: number;
  /** Cap on one attack's deaths: keeps a Pareto draw finite for any alpha (see docs/model.md). */
  readonly severityMax: number;
  readonly civilianShare: number;
  readonly talksBoost: number;
  readonly degradation: number;
  readonly enragement: number;
  readonly recoveryHalfLife: number;
  readonly suppression: number;
  readonly agreementSuppression: number;
}

export interface ThirdPartyParams {
  readonly id: string;
  /** Leverage on each state, by state index. */
  readonly leverage: readonly [number, number];
  /** Credibility with each state, by state index: 0.5 ± 0.5·bias (Kydd). */
  readonly credibility: readonly [number, number];
  readonly appealThreshold: number;
  readonly appealEvery: number;
  readonly appealDays: number;
  readonly appealWeight: number;
  readonly canHost: boolean;
  readonly offerAfterDays: number;
}

export interface LogitWeights {
  readonly [name: string]: number;
}

export interface Constants {
  readonly wMil: number;
  readonly wCiv: number;
  readonly wSymbolic: number;
  readonly wSpoiler: number;
  readonly hawkThreshold: number;
  readonly pressureWeight: number;
  readonly dominanceRatio: number;
  readonly rivalryHalfLife: number;
  readonly rivalry: { readonly failedTalks: number; readonly collapse: number; readonly unanswered: number; readonly banked: number };
  readonly strainHalfLife: number;
  readonly seriousRung: number;
  readonly haltDays: number;
  readonly halt: { readonly h0: number; readonly mhs: number; readonly leverage: number; readonly narrative: number };
  readonly pause: { readonly p0: number; readonly ripeness: number; readonly leverage: number };
  readonly hotline: boolean;
  readonly hotlineDeal: { readonly c0: number; readonly ripeness: number };
  readonly narrativeDecay: number;
  readonly truceDays: number;
  readonly truceThreshold: number;
  readonly strainMax: number;
  readonly leverageHalfLife: number;
  readonly leverageWeight: number;
  readonly monitorCut: number;
  readonly closeRung: number;
  /** Opening answer to a spoiler hosted by a state that has not struck: its sanctuaries (sanctuary.ts); 0 = none. */
  readonly sanctuaryRung: number;
  readonly reopenAfter: number;
  readonly reopenDailyProb: number;
  readonly catastropheCivilians: number;
  readonly roundEvery: number;
  readonly maxRounds: number;
  readonly lossScale: number;
  readonly accept: { readonly b0: number; readonly mhs: number; readonly leverage: number; readonly credibility: number; readonly audience: number };
  readonly session: { readonly s0: number; readonly mhs: number; readonly leverage: number; readonly comediators: number };
  readonly settle: { readonly q0: number; readonly monitoring: number; readonly commitmentGap: number };
  readonly partialProb: number;
  readonly casualtyDistribution: CasualtyDistribution;
  /** Negative-binomial dispersion φ: variance μ + μ²/φ. */
  readonly dispersion: number;
}

/** Which rungs of a ladder are its thresholds (docs/model.md "Thresholds and risk"). */
export interface LadderThresholds {
  /** First rung at which states shoot at each other. */
  readonly kinetic: number;
  /** First rung at which audience costs accrue (public commitment, Fearon 1994). */
  readonly audience: number;
  /** First rung that strikes state targets or the capital: symbolic harm, ends any ceasefire. */
  readonly deepStrike: number;
  /** Declared open war. */
  readonly war: number;
  /** A rung no state stands on without a catastrophic grievance (e.g. nuclear use), or null. */
  readonly unthinkable: number | null;
}

/** The escalation ladder as columns indexed by rung 0…top (docs/model.md "The ladder"). */
export interface Ladder {
  readonly name: readonly string[];
  readonly cameo: readonly string[];
  readonly goldstein: readonly number[];
  readonly intensity: readonly number[];
  readonly muMil: readonly number[];
  readonly muCiv: readonly number[];
  /** Risk of standing on each rung, in grievance units. */
  readonly risk: readonly number[];
  /** The highest rung. */
  readonly top: number;
  readonly thresholds: LadderThresholds;
}

export type ScriptedAction =
  | { readonly kind: 'spoilerAttack'; readonly spoiler: number; readonly deaths: number; readonly blamed?: boolean }
  | { readonly kind: 'setRung'; readonly state: number; readonly rung: number }
  | { readonly kind: 'appeal'; readonly party: number }
  | { readonly kind: 'offerMediation'; readonly party: number }
  | { readonly kind: 'border'; readonly border: BorderKind }
  | { readonly kind: 'ceasefire'; readonly ceasefire: 'none' | 'truce' | 'ceasefire' };

export interface ScriptedEvent {
  readonly day: number;
  readonly action: ScriptedAction;
  readonly note?: string;
}

/** What counts as a bout (docs/model.md "Bouts"). */
export interface BoutRule {
  /** A day belongs to a bout when some state's rung is ≥ openRung. */
  readonly openRung: number;
  /** Days below openRung that a bout may contain and still go on. */
  readonly maxQuietDays: number;
  /** Whether days fought under a truce, ceasefire or agreement count as bout days. */
  readonly violations: boolean;
}

/** A truce, ceasefire or agreement already in force when the run starts (history.ts). */
export interface HistoryCeasefire {
  readonly kind: Exclude<CeasefireKind, 'none'>;
  /** Day it began, ≤ firstDay: a ceasefire's leverage decays and its rounds count from here. */
  readonly since: number;
  /** Party index hosting follow-up rounds of a ceasefire, or −1. */
  readonly host: number;
  readonly leverage: number;
  /** Follow-up rounds already held before the run. */
  readonly roundsHeld: number;
  /** Last day of a truce (it expires in phase 8 of that day); −1 for other kinds. */
  readonly until: number;
}

/** The dyad's state before the first simulated day (docs/model.md §5). */
export interface History {
  readonly ceasefire?: HistoryCeasefire;
  /** Day the border closed, ≤ firstDay; absent when it is open. */
  readonly borderClosedSince?: number;
}

/** Everything a run depends on besides (seed, runIndex). */
export interface ModelParams {
  /** Recorded days 0 … days − 1. */
  readonly days: number;
  /**
   * First simulated day: min(0, earliest scripted event day). Days firstDay … −1 are stepped
   * through the full model but not recorded; their state carries into day 0.
   */
  readonly firstDay: number;
  readonly history: History;
  readonly states: readonly [StateParams, StateParams];
  readonly spoilers: readonly SpoilerParams[];
  readonly thirdParties: readonly ThirdPartyParams[];
  readonly events: readonly ScriptedEvent[];
  readonly constants: Constants;
  readonly ladder: Ladder;
  readonly bouts: BoutRule;
}

/** Causes an event-log record can carry (docs/model.md §7.17). */
export type EventCause =
  | 'retaliation'
  | 'spoiler'
  | 'appeal'
  | 'offer'
  | 'session'
  | 'violation'
  | 'collapse'
  | 'scripted'
  | 'tremble'
  | 'misread'
  | 'halt'
  | 'reaction'
  | 'planned'
  | 'pause'
  | 'hotline';

export interface EventRecord {
  readonly day: number;
  readonly actor: string;
  readonly target: string;
  readonly cameo: string;
  readonly goldstein: number;
  readonly cause: EventCause;
  readonly what: string;
  readonly detail?: Readonly<Record<string, number | string | boolean>>;
}

export type FinalState = 'agreement' | 'ceasefire' | 'war' | 'fizzled' | 'conflict';

export interface BoutRecord {
  readonly start: number;
  readonly end: number;
  readonly peakRung: number;
  readonly trueDeaths: number;
}

/** Totals for one state over a run. */
export interface StateTotals {
  readonly militaryDeaths: number;
  readonly civilianDeaths: number;
  readonly spoilerDeaths: number;
  readonly claimedEnemyDeaths: number;
  readonly admittedDeaths: number;
  readonly econPain: number;
}

/** The run outcome (docs/model.md §7.17): one row per run in ensembles. Days are 0-based; null = never. */
export interface RunOutcome {
  readonly peakRung: number;
  readonly peakRungDay: number;
  readonly firstKineticDay: number | null;
  /** Deadliest day of the first bout, counted from T0. */
  readonly peakDay: number | null;
  /** First day a ceasefire or an agreement is in force at the end of the day. */
  readonly ceasefireDay: number | null;
  readonly ceasefireCensored: boolean;
  readonly bouts: readonly BoutRecord[];
  readonly boutGaps: readonly number[];
  readonly kineticDays: number;
  readonly borderClosedDays: number;
  readonly totals: readonly [StateTotals, StateTotals];
  readonly finalState: FinalState;
  /** Truces and ceasefires begun that were not in force at the end of their first day. */
  readonly ceasefireAttempts: number;
  /** First day a truce is in force at the end of the day. */
  readonly truceDay: number | null;
  /** Longest run of consecutive days with a ceasefire or an agreement in force at the day's end. */
  readonly longestCeasefire: number;
}
