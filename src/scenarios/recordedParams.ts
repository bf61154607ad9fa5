/**
 * Resolved parameters as a manifest records them, checked the way a scenario file is: they are
 * written back as the scenario document that would give them, that document goes through the
 * scenario schema and cross-reference checks (validate.ts), and it must resolve to exactly the
 * recorded parameters. A manifest edited by hand (and re-hashed) so that it holds values no
 * scenario file could give (`days: 200000`, `capability: null`, a state index out of range, a
 * ladder whose `top` disagrees with its rows) is refused before anything runs.
 */
import type { Ladder, ModelParams, ScriptedAction, ScriptedEvent, StateParams } from '../model/types.js';
import { contentHash } from './hash.js';
import { InputError, messages, type Problem } from './messages.js';
import { resolveScenario } from './resolve.js';
import { STATE_PARAMETER_NAMES } from './schema/stateSchema.js';
import { validateScenario } from './validate.js';
import { parseScenarioText, type ParsedScenarioText } from './yamlDocument.js';

type Plain = Record<string, unknown>;

const LADDER_CELLS = ['name', 'cameo', 'goldstein', 'intensity', 'muMil', 'muCiv', 'risk'] as const;

function idAt(ids: readonly string[], index: number): string {
  // An index no entity has becomes a key the cross-reference checks report as unknown.
  return ids[index] ?? `#${String(index)}`;
}

function actionDocument(action: ScriptedAction, states: readonly string[], spoilers: readonly string[], parties: readonly string[]): Plain {
  switch (action.kind) {
    case 'spoilerAttack':
      return { spoilerAttack: { spoiler: idAt(spoilers, action.spoiler), deaths: action.deaths, ...(action.blamed === undefined ? {} : { blamed: action.blamed }) } };
    case 'setRung':
      return { setRung: { state: idAt(states, action.state), rung: action.rung } };
    case 'appeal':
      return { appeal: { party: idAt(parties, action.party) } };
    case 'offerMediation':
      return { offerMediation: { party: idAt(parties, action.party) } };
    case 'border':
      return { border: action.border };
    case 'ceasefire':
      return { ceasefire: action.ceasefire };
    default:
      return { [String((action as { kind?: unknown }).kind)]: true };
  }
}

function ladderDocument(ladder: Ladder): Plain {
  const rows = ladder.name.map((_, rung) => Object.fromEntries(LADDER_CELLS.map((cell) => [cell, ladder[cell][rung]])));
  const { unthinkable, ...thresholds } = ladder.thresholds;
  return { rungs: rows, thresholds: unthinkable === null ? thresholds : { ...thresholds, unthinkable } };
}

function stateDocument(state: StateParams): Plain {
  return { profile: state.profile, ...Object.fromEntries(STATE_PARAMETER_NAMES.map((name) => [name, (state as unknown as Plain)[name]])) };
}

/** The scenario document whose resolution gives `params` (every default written out). */
export function documentFromParams(params: ModelParams, info: { name: string; description: string; startDate: string | null }): Plain {
  const states = params.states.map((s) => s.id);
  const spoilers = params.spoilers.map((s) => s.id);
  const parties = params.thirdParties.map((p) => p.id);
  const history: Plain = {};
  if (params.history.borderClosedSince !== undefined) history.border = { closed: true, since: params.history.borderClosedSince };
  const ceasefire = params.history.ceasefire;
  if (ceasefire !== undefined) {
    history.ceasefire = {
      kind: ceasefire.kind,
      since: ceasefire.since,
      ...(ceasefire.host === -1 ? {} : { host: idAt(parties, ceasefire.host) }),
      leverage: ceasefire.leverage,
      roundsHeld: ceasefire.roundsHeld,
      ...(ceasefire.until === -1 ? {} : { until: ceasefire.until }),
    };
  }
  return {
    name: info.name,
    description: info.description,
    ...(info.startDate === null ? {} : { startDate: info.startDate }),
    days: params.days,
    states: Object.fromEntries(params.states.map((s) => [s.id, stateDocument(s)])),
    spoilers: Object.fromEntries(
      params.spoilers.map(({ id, host, target, ...rest }) => [id, { host: idAt(states, host), target: idAt(states, target), ...rest }]),
    ),
    thirdParties: Object.fromEntries(
      params.thirdParties.map(({ id, leverage, credibility, ...rest }) => {
        // credibility = 0.5 ± 0.5·bias: the side above 0.5 is the one it leans toward (exact in
        // binary floating point for credibilities in [0.5, 1], so the round trip is exact).
        const lean = credibility[0] > 0.5 ? 0 : credibility[1] > 0.5 ? 1 : -1;
        const bias = lean === -1 ? 0 : (credibility[lean]! - 0.5) * 2;
        return [
          id,
          {
            leverage: Object.fromEntries(states.map((s, i) => [s, leverage[i]]).filter(([, v]) => v !== 0)),
            bias,
            ...(lean === -1 ? {} : { leansToward: states[lean] }),
            ...rest,
          },
        ];
      }),
    ),
    events: params.events.map((e: ScriptedEvent) => ({ day: e.day, ...(e.note === undefined ? {} : { note: e.note }), ...actionDocument(e.action, states, spoilers, parties) })),
    ...(Object.keys(history).length === 0 ? {} : { history }),
    constants: params.constants,
    ladder: ladderDocument(params.ladder),
    bouts: { openRung: params.bouts.openRung, quietDays: params.bouts.maxQuietDays, violations: params.bouts.violations },
  };
}

/** No positions: problems are located by their path under `scenario.params`, not a line. */
const NO_TEXT: ParsedScenarioText = parseScenarioText('{}', '');

/**
 * Checks recorded parameters as a scenario file's are checked; throws InputError naming
 * `source` (the manifest) and each offending path and value.
 */
export function checkRecordedParams(source: string, where: string, params: unknown, info: { name: string; description: string; startDate: string | null }): void {
  const fail = (problems: readonly Omit<Problem, 'source'>[]): never => {
    throw new InputError(problems.map((p) => ({ source, path: p.path === '' ? where : `${where}: ${p.path}`, message: p.message })));
  };
  let document: Plain;
  try {
    document = documentFromParams(params as ModelParams, info);
  } catch {
    // Not even the shape of resolved parameters (a list where a mapping belongs, a missing part).
    return fail([{ path: '', message: messages.recordedParamsShape() }]);
  }
  let resolved: ModelParams;
  try {
    resolved = resolveScenario(validateScenario(NO_TEXT, document, [])).params;
  } catch (error) {
    if (!(error instanceof InputError)) return fail([{ path: '', message: messages.recordedParamsShape() }]);
    return fail(error.problems.map((p) => ({ path: p.path, message: p.message })));
  }
  if (contentHash(withCredibilityOf(resolved, params as ModelParams)) !== contentHash(params)) fail([{ path: '', message: messages.recordedParamsShape() }]);
}

/**
 * Credibility is recorded as 0.5 ± 0.5·bias; recovering a tiny bias (1e-16) from it is not exact
 * in floating point, so the recorded credibilities stand when they agree to 1e-9 with the ones
 * the written-back document gives (which the schema has checked: a bias within −1…1).
 */
function withCredibilityOf(resolved: ModelParams, recorded: ModelParams): ModelParams {
  const close = (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9;
  return {
    ...resolved,
    thirdParties: resolved.thirdParties.map((party, i) => {
      const theirs = recorded.thirdParties[i]?.credibility;
      return theirs !== undefined && close(theirs[0], party.credibility[0]) && close(theirs[1], party.credibility[1]) ? { ...party, credibility: theirs } : party;
    }),
  };
}

