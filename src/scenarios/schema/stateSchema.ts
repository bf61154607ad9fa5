/**
 * A state's parameters (docs/model.md §7.3). Each parameter has a default per profile (strong / weak);
 * a value in the file overrides it. This table is the one source of those defaults: the schema,
 * the JSON Schema's descriptions, the scenario reference and `resolve` all read it.
 */
import { z } from 'zod';
import { probability, real, whole } from './numbers.js';
import { rung } from './ladderSchema.js';

interface StateParameter<S extends z.ZodType> {
  readonly schema: S;
  readonly strong: number;
  readonly weak: number;
  readonly doc: string;
}

function parameter<S extends z.ZodType>(schema: S, strong: number, weak: number, doc: string): StateParameter<S> {
  return { schema, strong, weak, doc };
}

export const STATE_PARAMETERS = {
  capability: parameter(real(0, 10, true), 1.0, 0.35, 'relative military capability K'),
  maxRung: parameter(rung(), 8, 6, 'highest rung this state can reach'),
  stepUp: parameter(whole(1, 8), 2, 2, 'largest unprovoked rise in rungs per day'),
  stepDown: parameter(whole(1, 8), 3, 3, 'largest fall in rungs per day'),
  reactivity: parameter(real(0, 100), 0.6, 0.6, 'Richardson reactivity a: hostility gained per opponent rung-eighth'),
  restraint: parameter(real(0, 10), 0.3, 0.3, 'Richardson restraint m: share of hostility shed per day'),
  grievanceBase: parameter(real(-100, 100), 0.05, 0.02, 'Richardson grievance g0: standing daily grievance and hostility'),
  proportionality: parameter(real(0, 10), 1.5, 1.0, 'k: harm sought per unit of grievance'),
  tolerance: parameter(real(0, 1e6), 8, 3, 'perceived harm absorbed without any response'),
  satisfaction: parameter(real(0, 10), 1.0, 1.0, 'κ: on a day the state struck and the opponent stood down, its grievance is divided by 1 + κ (the point made)'),
  memory: parameter(probability(), 0.9, 0.9, 'δ: daily carry-over of grievance'),
  generosity: parameter(probability(), 0.15, 0.15, 'γ: chance to forgive (step down) when not provoked further'),
  tremble: parameter(probability(), 0.02, 0.02, 'ε: chance the chosen rung slips ±1 (implementation noise)'),
  misreadProb: parameter(probability(), 0.1, 0.1, "chance a day's received harm is perceived doubled"),
  attribution: parameter(probability(), 0.9, 0.9, 'chance a spoiler attack on this state is blamed on the host'),
  claimMedian: parameter(real(1, 1e4), 20, 3.5, 'median of the claim factor: claimed enemy deaths = true × LogNormal(ln median, σ)'),
  claimSigma: parameter(real(0, 10), 0.5, 0.5, 'σ of the claim factor'),
  admitFactor: parameter(probability(), 1.0, 1.0, 'share of own deaths publicly admitted'),
  exposure: parameter(real(0, 5), 0.3, 1.0, "civilian exposure of this state's territory"),
  audienceGrowth: parameter(real(0, 100), 0.2, 0.2, 'audience cost gained per day at rung ≥ 5'),
  audienceDecay: parameter(probability(), 0.95, 0.95, 'daily carry-over of audience cost'),
  faceSaving: parameter(probability(), 0.3, 0.3, 'discount on audience cost when a third party asked to halt'),
  faceThreshold: parameter(real(0, 1e6, true), 1.0, 1.0, 'audience cost below which a climb-down of more than one rung is possible'),
  ceasefireThreshold: parameter(real(0, 1e6), 8, 8, 'grievance a truce or ceasefire holds back: the cost of being its violator, before leverage'),
  responseLag: parameter(real(0, 365), 1, 2, 'mean days a state takes to answer across the kinetic threshold (planning, mobilisation, a chosen moment); 0 = at once'),
  lagDispersion: parameter(real(0, 1e4, true), 2, 2, 'φ of the negative-binomial response lag: variance μ + μ²/φ (large = regular lags)'),
  mediationAcceptance: parameter(probability(), 1, 1, 'multiplies the chance of accepting a mediation offer; 0 = refuses third-party mediation in principle'),
  initialRivalry: parameter(real(0, 100), 0, 0, 'rivalry stock Q at the start: the memory of earlier bouts'),
  patience: parameter(real(0, 1e6), 0, 0, "Π: felt harm from a hosted group's blamed attacks absorbed before the host is judged unwilling or unable and the group's sanctuaries struck; 0 = no patience"),
  initialPatience: parameter(probability(), 0, 0, "share of patience left at the start: 1 = the host's latest assurance is still being tested, 0 = the state has already struck the group on the host's soil since"),
  resolve: parameter(probability(), 0.7, 0.8, 'R0: initial resolve'),
  econPainPerDay: parameter(real(0, 1), 0.01, 0.03, 'e: economic pain per day the border is closed'),
  initialRung: parameter(rung(), 0, 0, 'rung on the day before the run starts'),
  initialGrievance: parameter(real(-5, 1e6), 0, 0, 'grievance G at the start'),
  initialHostility: parameter(real(0, 1e6), 0, 0, 'hostility H at the start'),
} as const;

export type StateParameterName = keyof typeof STATE_PARAMETERS;
export const STATE_PARAMETER_NAMES = Object.keys(STATE_PARAMETERS) as StateParameterName[];

function describe(name: StateParameterName): string {
  const p = STATE_PARAMETERS[name];
  const defaults = p.strong === p.weak ? `default ${p.strong}` : `default ${p.strong} (strong) / ${p.weak} (weak)`;
  return `${p.doc}; ${defaults}`;
}

type StateShape = { [K in StateParameterName]: z.ZodOptional<(typeof STATE_PARAMETERS)[K]['schema']> };

const parameterShape = Object.fromEntries(
  STATE_PARAMETER_NAMES.map((name) => [name, STATE_PARAMETERS[name].schema.optional().meta({ description: describe(name) })]),
) as StateShape;

export const PROFILES = ['strong', 'weak'] as const;

export const stateSchema = z
  .strictObject({
    profile: z.enum(PROFILES).meta({ description: 'which column of defaults applies: strong or weak' }),
    ...parameterShape,
  })
  .meta({ description: 'A state: its profile and any parameter that differs from the profile default' });

export type StateInput = z.input<typeof stateSchema>;
