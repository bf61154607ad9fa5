/**
 * Checks of the `history:` block that need more than its own fields (docs/model.md §5): the
 * round host is a known party that can host, `until` belongs to a truce (and a truce needs one),
 * rounds belong to a ceasefire, and every day of the history lies at or before the run's first
 * simulated day (the earliest scripted event, or 0) while a truce lasts into it. Reads the raw
 * data defensively, like crossReferences.ts.
 */
import type { PathProblem } from './crossReferences.js';
import { messages } from './messages.js';
import { closestName } from './suggest.js';

type Dict = Record<string, unknown>;

const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);
const isDay = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** A day the schema accepts for history (≤ 0): later ones get the schema's message only. */
const isPastDay = (value: unknown): value is number => isDay(value) && value <= 0;

/** min(0, earliest event day): the run's first simulated day, as resolve.ts computes it. */
export function firstDayOf(data: Dict): number {
  let first = 0;
  if (Array.isArray(data.events)) {
    for (const event of data.events) if (isDict(event) && isDay(event.day) && event.day < first) first = event.day;
  }
  return first;
}

export function checkHistory(data: Dict): PathProblem[] {
  if (!isDict(data.history)) return [];
  const problems: PathProblem[] = [];
  const firstDay = firstDayOf(data);
  const { ceasefire, border } = data.history;
  if (isDict(border) && isPastDay(border.since) && border.since > firstDay) {
    problems.push({ path: ['history', 'border', 'since'], message: messages.historyAfterFirstDay(border.since, firstDay) });
  }
  if (!isDict(ceasefire)) return problems;
  const path = (key: string): PropertyKey[] => ['history', 'ceasefire', key];
  if (isPastDay(ceasefire.since) && ceasefire.since > firstDay) {
    problems.push({ path: path('since'), message: messages.historyAfterFirstDay(ceasefire.since, firstDay) });
  }
  const kind = ceasefire.kind;
  if (kind === 'truce' && ceasefire.until === undefined) problems.push({ path: path('kind'), message: messages.truceNeedsUntil() });
  if (kind !== 'truce' && ceasefire.until !== undefined) problems.push({ path: path('until'), message: messages.untilOnlyForTruce(String(kind), ceasefire.until) });
  if (kind === 'truce' && isDay(ceasefire.until) && ceasefire.until < firstDay) {
    problems.push({ path: path('until'), message: messages.truceEndsBeforeRun(ceasefire.until, firstDay) });
  }
  for (const key of ['host', 'roundsHeld'] as const) {
    if (kind !== 'ceasefire' && ceasefire[key] !== undefined) problems.push({ path: path(key), message: messages.roundsOnlyForCeasefire(key, String(kind), ceasefire[key]) });
  }
  if (typeof ceasefire.host === 'string') checkHost(data, ceasefire.host, path('host'), problems);
  return problems;
}

/** Follow-up rounds need a host that exists and may host talks. */
function checkHost(data: Dict, host: string, path: PropertyKey[], problems: PathProblem[]): void {
  const parties = isDict(data.thirdParties) ? data.thirdParties : {};
  const known = Object.keys(parties).sort();
  const party = parties[host];
  if (!known.includes(host)) problems.push({ path, message: messages.unknownReference('third party', host, known, closestName(host, known)) });
  else if (isDict(party) && party.canHost !== true) problems.push({ path, message: messages.hostCannotHost(host) });
}
