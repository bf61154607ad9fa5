/**
 * Small, fully explicit scenarios for mechanism tests: every state parameter and every constant a
 * mechanism reads is set here or by the test, so recalibrated profile and constants defaults
 * change nothing. Also a run that exposes the model's internal state after each day.
 */
import type { LoadedScenario } from '../../src/scenarios/index.js';
import type { RunContext } from '../../src/model/context.js';
import { expectedHarmTable } from '../../src/model/decide.js';
import { createDayRecords } from '../../src/model/records.js';
import { createRunState } from '../../src/model/state.js';
import { stepAllDays } from '../../src/model/run.js';
import { openRunStreams } from '../../src/model/streams.js';
import type { ModelParams } from '../../src/model/types.js';
import { scenarioFrom } from './scenarios.js';

/** A state with every parameter explicit: calm, noiseless, answers at once, never forgives. */
export function explicitState(profile: 'strong' | 'weak', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    profile,
    capability: 1,
    maxRung: 8,
    stepUp: 8,
    stepDown: 8,
    reactivity: 0,
    restraint: 0.3,
    grievanceBase: 0,
    proportionality: 1,
    tolerance: 1,
    satisfaction: 0,
    memory: 1,
    generosity: 0,
    tremble: 0,
    misreadProb: 0,
    attribution: 1,
    claimMedian: 1,
    claimSigma: 0,
    admitFactor: 1,
    exposure: 1,
    audienceGrowth: 0,
    audienceDecay: 0.95,
    faceSaving: 0.3,
    faceThreshold: 1,
    ceasefireThreshold: 8,
    responseLag: 0,
    lagDispersion: 2,
    mediationAcceptance: 1,
    initialRivalry: 0,
    patience: 0,
    initialPatience: 0,
    resolve: 0.7,
    econPainPerDay: 0,
    initialRung: 0,
    initialGrievance: 0,
    initialHostility: 0,
    ...extra,
  };
}

/** A state that never acts on its own (it can still be scripted). */
export function inertState(profile: 'strong' | 'weak', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return explicitState(profile, { tolerance: 1e6, ...extra });
}

/** Every constant a mechanism reads, with its feedback switched off unless a test turns it on. */
export function explicitConstants(): Record<string, unknown> {
  return {
    wMil: 1,
    wCiv: 1,
    wSymbolic: 0,
    wSpoiler: 1,
    hawkThreshold: 1e6,
    pressureWeight: 0,
    dominanceRatio: 1.5,
    rivalryHalfLife: 180,
    rivalry: { failedTalks: 0, collapse: 0, unanswered: 0, banked: 0 },
    strainHalfLife: 30,
    seriousRung: 6,
    haltDays: 3,
    halt: { h0: -100, mhs: 0, leverage: 0, narrative: 0 },
    pause: { p0: -100, ripeness: 0, leverage: 0 },
    hotline: false,
    hotlineDeal: { c0: -100, ripeness: 0 },
    narrativeDecay: 0.95,
    truceDays: 2,
    strainMax: 2,
    leverageHalfLife: 45,
    leverageWeight: 0,
    monitorCut: 0.3,
    closeRung: 5,
    sanctuaryRung: 0,
    reopenAfter: 30,
    reopenDailyProb: 0,
    catastropheCivilians: 1e6,
    roundEvery: 10,
    maxRounds: 0,
    lossScale: 10,
    accept: { b0: -100, mhs: 0, leverage: 0, credibility: 0, audience: 0 },
    session: { s0: -100, mhs: 0, leverage: 0, comediators: 0 },
    settle: { q0: -100, monitoring: 0, commitmentGap: 0 },
    partialProb: 0,
    casualtyDistribution: 'poisson',
    dispersion: 2,
  };
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = isPlain(value) && isPlain(out[key]) ? merge(out[key] as Record<string, unknown>, value) : value;
  return out;
}

/** A spoiler with every parameter explicit; hazard 0 (scripted attacks only) unless overridden. */
export function explicitSpoiler(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    host: 'weakland',
    target: 'strongland',
    hazard: 0,
    severityAlpha: 2,
    severityMin: 3,
    severityMax: 10_000,
    civilianShare: 0,
    talksBoost: 0,
    degradation: 0,
    enragement: 0,
    recoveryHalfLife: 60,
    suppression: 0,
    agreementSuppression: 0.6,
    ...extra,
  };
}

/**
 * A scenario from explicit parts: `constants` is merged over explicitConstants(); states default
 * to an explicit strongland and an inert weakland.
 */
export function mechScenario(doc: {
  name?: string;
  days: number;
  states?: Record<string, unknown>;
  constants?: Record<string, unknown>;
  ladder?: Record<string, unknown>;
  spoilers?: Record<string, unknown>;
  thirdParties?: Record<string, unknown>;
  events?: unknown[];
  history?: Record<string, unknown>;
}): LoadedScenario {
  return scenarioFrom({
    name: doc.name ?? 'mechanism',
    days: doc.days,
    states: doc.states ?? { strongland: explicitState('strong'), weakland: inertState('weak') },
    constants: merge(explicitConstants(), doc.constants ?? {}),
    ...(doc.ladder ? { ladder: doc.ladder } : {}),
    ...(doc.spoilers ? { spoilers: doc.spoilers } : {}),
    ...(doc.thirdParties ? { thirdParties: doc.thirdParties } : {}),
    events: doc.events ?? [],
    ...(doc.history ? { history: doc.history } : {}),
  });
}

/** The index of a state id in the resolved parameters. */
export function stateIndex(scenario: LoadedScenario, id: string): 0 | 1 {
  const i = scenario.params.states.findIndex((s) => s.id === id);
  if (i < 0) throw new Error(`no state ${id}`);
  return i as 0 | 1;
}

/** A state's column of a per-state record, day by day. */
export function column(records: { days: number }, values: ArrayLike<number>, i: 0 | 1): number[] {
  return Array.from({ length: records.days }, (_, day) => values[day * 2 + i]!);
}

/**
 * Runs like simulateRun (same streams, same phases) and calls `afterDay` with the run's context
 * after each day, so a test can read internal state (narrative, rivalry, spoiler capacity, plans).
 */
export function traceRun(params: ModelParams, seed: string, runIndex: number, afterDay: (ctx: RunContext) => void): RunContext {
  const [a, b] = params.states;
  const ctx: RunContext = {
    params,
    state: createRunState(params),
    streams: openRunStreams(params, seed, runIndex),
    records: createDayRecords(params.days),
    events: [],
    eventPhases: [],
    phase: 0,
    expectedHarm: [expectedHarmTable(a, b, params.ladder, params.constants), expectedHarmTable(b, a, params.ladder, params.constants)],
  };
  stepAllDays(ctx, afterDay);
  return ctx;
}
