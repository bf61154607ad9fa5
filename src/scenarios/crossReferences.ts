/**
 * Checks that need more than one field: references between entities (a spoiler's host, an
 * event's actor, a party's leverage keys), days inside the horizon, one action per event.
 * Runs on the raw data beside the schema, defensively, so every problem is reported at once
 * even when other parts of the file are malformed.
 */
import { checkHistory } from './historyChecks.js';
import { checkLadder } from './ladderChecks.js';
import { messages } from './messages.js';
import { EVENT_ACTIONS } from './schema/eventSchema.js';
import { STATE_PARAMETERS } from './schema/stateSchema.js';
import { closestName } from './suggest.js';

export interface PathProblem {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** Point at the key rather than the value (for keys that name something unknown). */
  readonly atKey?: boolean;
}

type Dict = Record<string, unknown>;

const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);
const idsOf = (value: unknown): string[] => (isDict(value) ? Object.keys(value).sort() : []);

export function checkCrossReferences(data: unknown): PathProblem[] {
  if (!isDict(data)) return [];
  const problems: PathProblem[] = [];
  const states = idsOf(data.states);
  const spoilers = idsOf(data.spoilers);
  const parties = idsOf(data.thirdParties);
  // The horizon, when it is itself valid; otherwise event days are not checked against it.
  const days =
    data.days === undefined ? 365 : typeof data.days === 'number' && Number.isInteger(data.days) && data.days >= 1 ? data.days : undefined;

  if (isDict(data.states)) {
    if (states.length !== 2) problems.push({ path: ['states'], message: messages.exactlyTwoStates(states) });
    for (const id of states) {
      const state = data.states[id];
      if (isDict(state) && typeof state.initialRung === 'number') checkRung(state, id, state.initialRung, ['states', id, 'initialRung'], problems);
    }
  }

  const reference = (path: PropertyKey[], kind: string, id: unknown, known: string[], atKey = false): void => {
    if (typeof id !== 'string' || known.includes(id)) return;
    problems.push({ path, message: messages.unknownReference(kind, id, known, closestName(id, known)), atKey });
  };

  if (isDict(data.spoilers)) {
    for (const [id, spoiler] of Object.entries(data.spoilers)) {
      if (!isDict(spoiler)) continue;
      reference(['spoilers', id, 'host'], 'state', spoiler.host, states);
      reference(['spoilers', id, 'target'], 'state', spoiler.target, states);
      if (typeof spoiler.host === 'string' && spoiler.host === spoiler.target) {
        problems.push({ path: ['spoilers', id, 'target'], message: messages.sameHostAndTarget(spoiler.host) });
      }
      const min = typeof spoiler.severityMin === 'number' ? spoiler.severityMin : 3;
      const max = typeof spoiler.severityMax === 'number' ? spoiler.severityMax : 10_000;
      if (max < min) problems.push({ path: ['spoilers', id, 'severityMax'], message: messages.severityRange(min, max) });
    }
  }

  if (isDict(data.thirdParties)) {
    for (const [id, party] of Object.entries(data.thirdParties)) {
      if (!isDict(party)) continue;
      for (const stateId of idsOf(party.leverage)) reference(['thirdParties', id, 'leverage', stateId], 'state', stateId, states, true);
      reference(['thirdParties', id, 'leansToward'], 'state', party.leansToward, states);
      if (typeof party.bias === 'number' && party.bias !== 0 && party.leansToward === undefined) {
        problems.push({ path: ['thirdParties', id, 'bias'], message: messages.leansTowardNeeded(party.bias) });
      }
    }
  }

  if (Array.isArray(data.events)) {
    data.events.forEach((event: unknown, n: number) => {
      if (!isDict(event)) return;
      const actions = EVENT_ACTIONS.filter((name) => event[name] !== undefined);
      if (actions.length !== 1) problems.push({ path: ['events', n], message: messages.oneAction(actions, EVENT_ACTIONS) });
      if (days !== undefined && typeof event.day === 'number' && Number.isInteger(event.day) && event.day >= 0 && event.day >= days) {
        problems.push({ path: ['events', n, 'day'], message: messages.dayBeyondHorizon(event.day, days) });
      }
      const attack = event.spoilerAttack;
      if (isDict(attack)) reference(['events', n, 'spoilerAttack', 'spoiler'], 'spoiler', attack.spoiler, spoilers);
      const setRung = event.setRung;
      if (isDict(setRung)) {
        reference(['events', n, 'setRung', 'state'], 'state', setRung.state, states);
        checkForcedRung(data, setRung, ['events', n, 'setRung', 'rung'], problems);
      }
      for (const action of ['appeal', 'offerMediation'] as const) {
        const body = event[action];
        if (isDict(body)) reference(['events', n, action, 'party'], 'third party', body.party, parties);
      }
    });
  }

  problems.push(...checkLadder(data));
  problems.push(...checkHistory(data));
  return problems;
}

function checkForcedRung(data: Dict, setRung: Dict, path: PropertyKey[], problems: PathProblem[]): void {
  if (typeof setRung.rung !== 'number' || typeof setRung.state !== 'string' || !isDict(data.states)) return;
  const state = data.states[setRung.state];
  if (isDict(state)) checkRung(state, setRung.state, setRung.rung, path, problems);
}

/** A forced or initial rung must be one the state can reach (its maxRung, explicit or from its profile). */
function checkRung(state: Dict, id: string, rung: number, path: PropertyKey[], problems: PathProblem[]): void {
  const profile = state.profile === 'weak' ? 'weak' : 'strong';
  const maxRung = typeof state.maxRung === 'number' ? state.maxRung : STATE_PARAMETERS.maxRung[profile];
  if (rung > maxRung) problems.push({ path, message: messages.rungAboveMax(rung, maxRung, id) });
}
