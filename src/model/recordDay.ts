/**
 * Phase 9: write the day into the run's columns, as records.ts's tables read them (docs/model.md
 * §7.16). Written out column by column rather than by looping over the tables: this runs for
 * every day of every run, and a loop of the tables' `read` functions made whole ensembles about
 * half again as slow (megamorphic calls and stores). test/model/records.test.ts checks that
 * every column the tables declare is written here with exactly the value its `read` gives.
 */
import type { RunContext } from './context.js';
import { ceasefireCode } from './records.js';

export function recordDay(ctx: RunContext): void {
  const { records, state } = ctx;
  const day = state.day;
  const dyad = state.dyad;
  // A truce or ceasefire that did not last to the end of the day it began was only an attempt.
  if (dyad.ceasefire === 'none') dyad.ceasefireAttempts += dyad.ceasefiresBegunToday;
  dyad.ceasefiresBegunToday = 0;
  // Days before 0 (a run that starts mid-history) shape the state but are not outputs.
  if (day < 0) return;
  for (let i = 0; i < 2; i += 1) {
    const actor = state.actors[i as 0 | 1];
    const at = day * 2 + i;
    records.rung[at] = actor.rung;
    records.goldstein[at] = actor.goldstein;
    records.grievance[at] = actor.grievance;
    records.hostility[at] = actor.hostility;
    records.audienceCost[at] = actor.audienceCost;
    records.resolve[at] = actor.resolve;
    records.pressure[at] = actor.pressureByDay.at(day);
    records.econPain[at] = actor.econPain;
    records.mhs[at] = actor.mhs;
    records.militaryDeaths[at] = actor.militaryDeaths;
    records.civilianDeaths[at] = actor.civilianDeaths;
    records.spoilerDeaths[at] = actor.spoilerDeaths;
    records.claimedEnemyDeaths[at] = actor.claimedEnemyDeaths;
    records.admittedDeaths[at] = actor.admittedDeaths;
  }
  records.ceasefire[day] = ceasefireCode(dyad.ceasefire);
  records.borderClosed[day] = dyad.borderClosed ? 1 : 0;
  records.talksHost[day] = dyad.talksHost >= 0 ? dyad.talksHost : dyad.sessionHostToday;
  records.monitoring[day] = dyad.monitoring ? 1 : 0;
  records.strain[day] = dyad.strain;
  records.spoilerAttacks[day] = dyad.spoilerAttacks;
  records.spoilerAttackDeaths[day] = dyad.spoilerAttackDeaths;
}
