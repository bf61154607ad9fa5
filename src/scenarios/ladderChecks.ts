/**
 * Checks of the ladder against itself and of every rung a scenario names against the ladder's
 * top (docs/model.md "The ladder"): thresholds ascending and within the
 * ladder, a kinetic rung with some intensity, changes to rungs that exist, and maxRung,
 * initialRung, setRung, appealThreshold, closeRung, seriousRung and bouts.openRung at most the top. Reads
 * the raw data defensively, like crossReferences.ts, so each problem is reported once.
 */
import { DEFAULT_LADDER_ROWS, DEFAULT_THRESHOLDS } from '../model/ladder.js';
import type { PathProblem } from './crossReferences.js';
import { messages } from './messages.js';

type Dict = Record<string, unknown>;

const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRung = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

const THRESHOLD_ORDER = ['kinetic', 'audience', 'deepStrike', 'war'] as const;

/** The ladder's top as far as the data tells it: its own rungs' count, or the default's. */
export function ladderTopOf(data: Dict): number {
  const rungs = isDict(data.ladder) ? data.ladder.rungs : undefined;
  return (Array.isArray(rungs) ? rungs.length : DEFAULT_LADDER_ROWS.length) - 1;
}

export function checkLadder(data: Dict): PathProblem[] {
  const problems: PathProblem[] = [];
  const ladder = isDict(data.ladder) ? data.ladder : {};
  const top = ladderTopOf(data);
  const ownRungs = Array.isArray(ladder.rungs);
  if (ownRungs && ladder.thresholds === undefined) problems.push({ path: ['ladder', 'rungs'], message: messages.thresholdsNeeded() });

  const thresholds = isDict(ladder.thresholds) ? ladder.thresholds : ownRungs ? {} : DEFAULT_THRESHOLDS;
  if (isDict(ladder.thresholds)) {
    let previous: { name: string; rung: number } | undefined;
    for (const name of THRESHOLD_ORDER) {
      const rung = thresholds[name];
      if (!isRung(rung)) continue;
      const path = ['ladder', 'thresholds', name];
      if (rung > top) problems.push({ path, message: messages.rungAboveTop(rung, top) });
      else if (previous !== undefined && rung < previous.rung) problems.push({ path, message: messages.thresholdOrder(name, previous.name, previous.rung, rung) });
      previous = { name, rung };
    }
    const unthinkable = thresholds.unthinkable;
    if (isRung(unthinkable)) {
      const path = ['ladder', 'thresholds', 'unthinkable'];
      if (unthinkable > top) problems.push({ path, message: messages.rungAboveTop(unthinkable, top) });
      else if (isRung(thresholds.war) && unthinkable <= thresholds.war) problems.push({ path, message: messages.unthinkableAboveWar(thresholds.war, unthinkable) });
    }
  }

  const changes = isDict(ladder.changes) ? ladder.changes : {};
  for (const key of Object.keys(changes)) {
    if (/^[0-9]+$/.test(key) && Number(key) > top) problems.push({ path: ['ladder', 'changes', key], message: messages.rungAboveTop(Number(key), top), atKey: true });
  }
  checkKineticIntensity(ladder, changes, thresholds.kinetic, problems);

  const within = (path: PropertyKey[], value: unknown): void => {
    if (isRung(value) && value > top) problems.push({ path, message: messages.rungAboveTop(value, top) });
  };
  if (isDict(data.states)) {
    for (const [id, state] of Object.entries(data.states)) {
      if (!isDict(state)) continue;
      within(['states', id, 'maxRung'], state.maxRung);
      within(['states', id, 'initialRung'], state.initialRung);
    }
  }
  if (isDict(data.thirdParties)) {
    for (const [id, party] of Object.entries(data.thirdParties)) if (isDict(party)) within(['thirdParties', id, 'appealThreshold'], party.appealThreshold);
  }
  if (Array.isArray(data.events)) {
    data.events.forEach((event: unknown, n: number) => {
      if (isDict(event) && isDict(event.setRung)) within(['events', n, 'setRung', 'rung'], event.setRung.rung);
    });
  }
  if (isDict(data.constants)) {
    within(['constants', 'closeRung'], data.constants.closeRung);
    within(['constants', 'sanctuaryRung'], data.constants.sanctuaryRung);
    within(['constants', 'seriousRung'], data.constants.seriousRung);
  }
  if (isDict(data.bouts)) within(['bouts', 'openRung'], data.bouts.openRung);
  return problems;
}

/** Rungs below the kinetic one scale their harm by its intensity: it must not be 0. */
function checkKineticIntensity(ladder: Dict, changes: Dict, kinetic: unknown, problems: PathProblem[]): void {
  if (!isRung(kinetic)) return;
  const change = changes[String(kinetic)];
  if (isDict(change) && change.intensity !== undefined) {
    if (change.intensity === 0) problems.push({ path: ['ladder', 'changes', String(kinetic), 'intensity'], message: messages.zeroKineticIntensity(kinetic) });
    return;
  }
  const rows = Array.isArray(ladder.rungs) ? ladder.rungs : undefined;
  const row: unknown = rows === undefined ? DEFAULT_LADDER_ROWS[kinetic] : rows[kinetic];
  if (isDict(row) && row.intensity === 0) problems.push({ path: ['ladder', 'rungs', kinetic, 'intensity'], message: messages.zeroKineticIntensity(kinetic) });
}
