/**
 * A validated scenario document → the model's read-only parameters: profile defaults applied,
 * ids turned into indices, entities in a canonical order (by id) so that the order of keys in a
 * file never matters, everything frozen.
 */
import type { ModelParams, ScriptedAction, ScriptedEvent, SpoilerParams, StateParams, ThirdPartyParams } from '../model/types.js';
import { resolveHistory } from './resolveHistory.js';
import { resolveLadder } from './resolveLadder.js';
import { DEFAULT_QUIET_DAYS } from './schema/boutsSchema.js';
import type { ScenarioDocument } from './schema/scenarioSchema.js';
import { STATE_PARAMETER_NAMES, STATE_PARAMETERS } from './schema/stateSchema.js';

/** What a scenario says besides the model's parameters. */
export interface ScenarioInfo {
  readonly name: string;
  readonly description: string;
  readonly startDate: string | undefined;
  /** The file's seed as a string, or undefined when the file has none. */
  readonly seed: string | undefined;
  readonly runs: number;
}

export interface ResolvedScenario {
  readonly info: ScenarioInfo;
  readonly params: ModelParams;
}

const byId = <T>(entries: [string, T][]): [string, T][] => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export function resolveScenario(doc: ScenarioDocument): ResolvedScenario {
  const ladder = resolveLadder(doc.ladder);
  const stateEntries = byId(Object.entries(doc.states));
  const stateIds = stateEntries.map(([id]) => id);
  const states = stateEntries.map(([id, input]) => resolveState(id, input, ladder.top)) as unknown as [StateParams, StateParams];
  const stateIndex = (id: string): number => stateIds.indexOf(id);
  const spoilerEntries = byId(Object.entries(doc.spoilers));
  const partyEntries = byId(Object.entries(doc.thirdParties));
  const spoilerIndex = (id: string) => spoilerEntries.findIndex(([other]) => other === id);
  const partyIndex = (id: string) => partyEntries.findIndex(([other]) => other === id);

  const spoilers: SpoilerParams[] = spoilerEntries.map(([id, s]) => ({
    id,
    host: stateIndex(s.host),
    target: stateIndex(s.target),
    hazard: s.hazard,
    severityAlpha: s.severityAlpha,
    severityMin: s.severityMin,
    severityMax: s.severityMax,
    civilianShare: s.civilianShare,
    talksBoost: s.talksBoost,
    degradation: s.degradation,
    enragement: s.enragement,
    recoveryHalfLife: s.recoveryHalfLife,
    suppression: s.suppression,
    agreementSuppression: s.agreementSuppression,
  }));

  const thirdParties: ThirdPartyParams[] = partyEntries.map(([id, k]) => {
    const credibility = (stateId: string): number =>
      k.leansToward === undefined ? 0.5 : k.leansToward === stateId ? 0.5 + 0.5 * k.bias : 0.5 - 0.5 * k.bias;
    return {
      id,
      leverage: [k.leverage[stateIds[0]!] ?? 0, k.leverage[stateIds[1]!] ?? 0],
      credibility: [credibility(stateIds[0]!), credibility(stateIds[1]!)],
      appealThreshold: k.appealThreshold,
      appealEvery: k.appealEvery,
      appealDays: k.appealDays,
      appealWeight: k.appealWeight,
      canHost: k.canHost,
      offerAfterDays: k.offerAfterDays,
    };
  });

  // Stable sort: events of one day keep their file order.
  const events: ScriptedEvent[] = doc.events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => a.event.day - b.event.day || a.order - b.order)
    .map(({ event }) => {
      const action = resolveAction(event, stateIndex, spoilerIndex, partyIndex);
      return event.note === undefined ? { day: event.day, action } : { day: event.day, action, note: event.note };
    });

  const params: ModelParams = {
    days: doc.days,
    // Sorted: the first event is the earliest. Events before day 0 start the run that much earlier.
    firstDay: Math.min(0, events[0]?.day ?? 0),
    history: resolveHistory(doc.history, thirdParties),
    states,
    spoilers,
    thirdParties,
    events,
    constants: doc.constants,
    ladder,
    bouts: { openRung: doc.bouts?.openRung ?? ladder.thresholds.kinetic, maxQuietDays: doc.bouts?.quietDays ?? DEFAULT_QUIET_DAYS, violations: doc.bouts?.violations ?? false },
  };
  return {
    info: {
      name: doc.name,
      description: doc.description,
      startDate: doc.startDate,
      seed: doc.seed === undefined ? undefined : String(doc.seed),
      runs: doc.runs,
    },
    params: deepFreeze(params),
  };
}

function resolveState(id: string, input: ScenarioDocument['states'][string], top: number): StateParams {
  const values: Record<string, number> = {};
  for (const name of STATE_PARAMETER_NAMES) values[name] = input[name] ?? STATE_PARAMETERS[name][input.profile];
  // A profile's default maxRung (8 or 6) may lie above a short ladder's top; a given one was checked ≤ top.
  values.maxRung = Math.min(values.maxRung!, top);
  return { id, profile: input.profile, ...values } as unknown as StateParams;
}

function resolveAction(
  event: ScenarioDocument['events'][number],
  stateIndex: (id: string) => number,
  spoilerIndex: (id: string) => number,
  partyIndex: (id: string) => number,
): ScriptedAction {
  if (event.spoilerAttack !== undefined) {
    const { spoiler, deaths, blamed } = event.spoilerAttack;
    return blamed === undefined
      ? { kind: 'spoilerAttack', spoiler: spoilerIndex(spoiler), deaths }
      : { kind: 'spoilerAttack', spoiler: spoilerIndex(spoiler), deaths, blamed };
  }
  if (event.setRung !== undefined) return { kind: 'setRung', state: stateIndex(event.setRung.state), rung: event.setRung.rung };
  if (event.appeal !== undefined) return { kind: 'appeal', party: partyIndex(event.appeal.party) };
  if (event.offerMediation !== undefined) return { kind: 'offerMediation', party: partyIndex(event.offerMediation.party) };
  if (event.border !== undefined) return { kind: 'border', border: event.border };
  if (event.ceasefire !== undefined) return { kind: 'ceasefire', ceasefire: event.ceasefire };
  // Unreachable after validation (exactly one action per event); a bug if it ever happens.
  throw new Error(`event on day ${event.day} has no action`);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
