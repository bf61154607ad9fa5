/** Small readings of a finished run that several measures share. */
import { isKinetic, type RunResult } from '../../model/index.js';
import type { Ladder, ModelParams } from '../../model/types.js';

/** [stronger, weaker] state indices: by capability, then the `strong` profile, then file order. */
export function strongerWeaker(params: ModelParams): readonly [0 | 1, 0 | 1] {
  const [a, b] = params.states;
  const aStronger = a.capability !== b.capability ? a.capability > b.capability : a.profile === b.profile ? true : a.profile === 'strong';
  return aStronger ? [0, 1] : [1, 0];
}

export function rungOf(run: RunResult, day: number, state: 0 | 1): number {
  return run.records.rung[day * 2 + state]!;
}

export function kineticOn(run: RunResult, ladder: Ladder, day: number, state: 0 | 1): boolean {
  return isKinetic(ladder, rungOf(run, day, state));
}

/** The first day some state is at rung ≥ minRung, or −1. */
export function firstDayAtRung(run: RunResult, minRung: number): number {
  for (let day = 0; day < run.records.days; day += 1) {
    if (rungOf(run, day, 0) >= minRung || rungOf(run, day, 1) >= minRung) return day;
  }
  return -1;
}

/** CAMEO 027 appeals: day and party id, in log order. */
export function appeals(run: RunResult): { day: number; party: string }[] {
  return run.events.filter((e) => e.cameo === '027').map((e) => ({ day: e.day, party: e.actor }));
}

/** A spoiler attack happened on some day in [from, to] (clipped to the run). */
export function spoilerAttackBetween(run: RunResult, from: number, to: number): boolean {
  for (let day = Math.max(0, from); day <= Math.min(to, run.records.days - 1); day += 1) {
    if (run.records.spoilerAttacks[day]! > 0) return true;
  }
  return false;
}

/** Follow-up rounds of talks (docs/model.md §7.13): day and whether the round reached an agreement. */
export function rounds(run: RunResult): { day: number; settled: boolean }[] {
  return run.events
    .filter((e) => e.what === 'agreement' || e.what === 'monitoring agreed' || e.what === 'round failed')
    .map((e) => ({ day: e.day, settled: e.what === 'agreement' }));
}
