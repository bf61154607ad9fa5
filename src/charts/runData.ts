/**
 * Tables a single run's charts draw: rungs per day, ceasefire and border periods, annotated
 * events, deaths per day. Built from a run's records and event log.
 */
import { CEASEFIRE_KINDS, type RunResult } from '../model/index.js';
import type { ModelParams } from '../model/types.js';

export interface Period {
  readonly kind: string;
  readonly start: number;
  /** Exclusive: the first day after the period. */
  readonly end: number;
}

/** Maximal runs of days on which `isOn(day)`, as periods of `kind`. */
export function periodsWhere(days: number, kind: string, isOn: (day: number) => boolean): Period[] {
  const out: Period[] = [];
  let start = -1;
  for (let day = 0; day <= days; day += 1) {
    const on = day < days && isOn(day);
    if (on && start < 0) start = day;
    if (!on && start >= 0) {
      out.push({ kind, start, end: day });
      start = -1;
    }
  }
  return out;
}

export function runPeriods(result: RunResult): Period[] {
  const r = result.records;
  const kinds = ['truce', 'ceasefire', 'agreement'] as const;
  return [
    ...kinds.flatMap((kind) => periodsWhere(r.days, kind, (day) => CEASEFIRE_KINDS[r.ceasefire[day]!] === kind)),
    ...periodsWhere(r.days, 'border closed', (day) => r.borderClosed[day] === 1),
  ];
}

export function rungRows(params: ModelParams, result: RunResult, label?: string): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  const r = result.records;
  for (let day = 0; day < r.days; day += 1) {
    for (let i = 0; i < 2; i += 1) {
      const rung = r.rung[day * 2 + i]!;
      rows.push({ day, state: params.states[i as 0 | 1].id, rung, rungName: params.ladder.name[rung], ...(label === undefined ? {} : { series: label }) });
    }
  }
  return rows;
}

/**
 * The same rows as `rungRows`, keeping only the days a state's rung changes (and its last day):
 * drawn with step-after interpolation the line is identical, at a fraction of the spec's size.
 */
export function rungChangeRows(params: ModelParams, result: RunResult, label?: string): Record<string, unknown>[] {
  const last = result.records.days - 1;
  const previous: (unknown | undefined)[] = [undefined, undefined];
  return rungRows(params, result, label).filter((row, n) => {
    const i = n % 2;
    const keep = row.day === last || row.rung !== previous[i];
    previous[i] = row.rung;
    return keep;
  });
}

const EVENT_KINDS: Readonly<Record<string, string>> = { '027': 'appeal', '028': 'offer', '045': 'session' };

/** Spoiler attacks and third-party appeals, offers and sessions, for annotation. */
export function eventRows(params: ModelParams, result: RunResult): Record<string, unknown>[] {
  const spoilers = new Set(params.spoilers.map((s) => s.id));
  const rows: Record<string, unknown>[] = [];
  for (const event of result.events) {
    // Events before day 0 (history) stay in events.ndjson; charts show the recorded days only.
    if (event.day < 0) continue;
    const kind = spoilers.has(event.actor) ? 'spoiler attack' : EVENT_KINDS[event.cameo];
    if (kind === undefined) continue;
    const detail = event.detail ?? {};
    const note =
      kind === 'spoiler attack'
        ? `${detail.deaths} deaths in ${event.target}, ${detail.blamed ? `blamed on ${detail.host}` : 'not blamed'}`
        : kind === 'offer'
          ? detail.accepted
            ? 'accepted by both'
            : 'not accepted'
          : event.what;
    rows.push({ day: event.day, kind, actor: event.actor, cameo: event.cameo, note, cause: event.cause });
  }
  return rows;
}

/** Deaths suffered per day and state: true, claimed by the enemy, admitted. */
export function deathRows(params: ModelParams, result: RunResult): Record<string, unknown>[] {
  const r = result.records;
  const rows: Record<string, unknown>[] = [];
  for (let day = 0; day < r.days; day += 1) {
    for (let i = 0; i < 2; i += 1) {
      const at = day * 2 + i;
      const enemy = day * 2 + (i === 0 ? 1 : 0);
      const state = params.states[i as 0 | 1].id;
      rows.push({ day, state, measure: 'true', deaths: r.militaryDeaths[at]! + r.civilianDeaths[at]! });
      rows.push({ day, state, measure: 'claimed by enemy', deaths: r.claimedEnemyDeaths[enemy]! });
      rows.push({ day, state, measure: 'admitted', deaths: r.admittedDeaths[at]! });
    }
  }
  return rows;
}
