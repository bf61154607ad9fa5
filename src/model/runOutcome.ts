/**
 * The run outcome (docs/model.md §7.17), computed from a finished run's records: the numbers an
 * ensemble tabulates, one row per run.
 */
import { BOUT_DAY, BOUT_PAUSE, startsNewBout } from './bouts.js';
import { isKinetic } from './ladder.js';
import { CEASEFIRE_KINDS, dyadRung, interstateDeaths, type DayRecords } from './records.js';
import type { BoutRecord, BoutRule, FinalState, Ladder, RunOutcome, StateTotals } from './types.js';

/** "The last 14 days" of the final-state rules. */
export const FINAL_WINDOW = 14;

/**
 * Ceasefires count from the end-of-day records (docs/outputs.md "Ceasefires"): one made and
 * broken the same day never shows there, and is counted in `ceasefireAttempts` instead, which
 * comes from the run's state (the records cannot tell it happened).
 */
export function summarizeRun(records: DayRecords, ladder: Ladder, boutRule: BoutRule, ceasefireAttempts: number): RunOutcome {
  const days = records.days;
  let peakRung = -1;
  let peakRungDay = 0;
  const spells = ceasefireSpells(records);
  let borderClosedDays = 0;
  let kineticDays = 0;
  const bouts: { start: number; end: number; peakRung: number; trueDeaths: number }[] = [];
  let lastBoutDay = -Infinity;
  for (let day = 0; day < days; day += 1) {
    const rung = dyadRung(records, day);
    if (rung > peakRung) {
      peakRung = rung;
      peakRungDay = day;
    }
    if (records.borderClosed[day] === 1) borderClosedDays += 1;
    if (isKinetic(ladder, rung)) kineticDays += 1;
    const mark = records.boutDay[day];
    if (mark === BOUT_PAUSE) lastBoutDay = day;
    if (mark !== BOUT_DAY) continue;
    // A bout carried over from days before 0 (through a truce that began then) starts at day 0's first bout day.
    if (bouts.length === 0 || startsNewBout(boutRule, day, lastBoutDay)) bouts.push({ start: day, end: day, peakRung: rung, trueDeaths: 0 });
    const bout = bouts[bouts.length - 1]!;
    bout.end = day;
    bout.peakRung = Math.max(bout.peakRung, rung);
    lastBoutDay = day;
  }
  for (const bout of bouts) {
    for (let day = bout.start; day <= bout.end; day += 1) bout.trueDeaths += interstateDeaths(records, day);
  }
  const firstBout = bouts[0];
  return {
    peakRung,
    peakRungDay,
    firstKineticDay: firstBout === undefined ? null : firstBout.start,
    peakDay: firstBout === undefined ? null : deadliestDay(records, firstBout) - firstBout.start,
    ceasefireDay: spells.ceasefireDay,
    ceasefireCensored: spells.ceasefireDay === null,
    bouts: bouts as BoutRecord[],
    boutGaps: bouts.slice(1).map((bout, n) => bout.start - bouts[n]!.end - 1),
    kineticDays,
    borderClosedDays,
    totals: [stateTotals(records, 0), stateTotals(records, 1)],
    finalState: finalState(records, ladder),
    ceasefireAttempts,
    truceDay: spells.truceDay,
    longestCeasefire: spells.longestCeasefire,
  };
}

const TRUCE = CEASEFIRE_KINDS.indexOf('truce');
const CEASEFIRE = CEASEFIRE_KINDS.indexOf('ceasefire');
const AGREEMENT = CEASEFIRE_KINDS.indexOf('agreement');

/** Whether a ceasefire or an agreement is in force at the end of `day`. */
export function ceasefireInForce(records: DayRecords, day: number): boolean {
  const code = records.ceasefire[day];
  return code === CEASEFIRE || code === AGREEMENT;
}

/** First ceasefire day, first truce day and the longest run of ceasefire days, from end-of-day records. */
function ceasefireSpells(records: DayRecords): { ceasefireDay: number | null; truceDay: number | null; longestCeasefire: number } {
  let ceasefireDay: number | null = null;
  let truceDay: number | null = null;
  let longestCeasefire = 0;
  let spell = 0;
  for (let day = 0; day < records.days; day += 1) {
    if (truceDay === null && records.ceasefire[day] === TRUCE) truceDay = day;
    if (!ceasefireInForce(records, day)) {
      spell = 0;
      continue;
    }
    if (ceasefireDay === null) ceasefireDay = day;
    spell += 1;
    if (spell > longestCeasefire) longestCeasefire = spell;
  }
  return { ceasefireDay, truceDay, longestCeasefire };
}

/** First day of the bout with the most interstate deaths; ties and deathless bouts: the higher rung, then the earlier day. */
function deadliestDay(records: DayRecords, bout: BoutRecord): number {
  let best = bout.start;
  for (let day = bout.start + 1; day <= bout.end; day += 1) {
    const deaths = interstateDeaths(records, day);
    const bestDeaths = interstateDeaths(records, best);
    if (deaths > bestDeaths || (deaths === bestDeaths && dyadRung(records, day) > dyadRung(records, best))) best = day;
  }
  return best;
}

function stateTotals(records: DayRecords, i: 0 | 1): StateTotals {
  let militaryDeaths = 0;
  let civilianDeaths = 0;
  let spoilerDeaths = 0;
  let claimedEnemyDeaths = 0;
  let admittedDeaths = 0;
  for (let at = i; at < records.days * 2; at += 2) {
    militaryDeaths += records.militaryDeaths[at]!;
    civilianDeaths += records.civilianDeaths[at]!;
    spoilerDeaths += records.spoilerDeaths[at]!;
    claimedEnemyDeaths += records.claimedEnemyDeaths[at]!;
    admittedDeaths += records.admittedDeaths[at]!;
  }
  // Economic pain is cumulative, so the last day holds the run's total.
  const econPain = records.econPain[(records.days - 1) * 2 + i]!;
  return { militaryDeaths, civilianDeaths, spoilerDeaths, claimedEnemyDeaths, admittedDeaths, econPain };
}

/** Precedence agreement > ceasefire > war > fizzled > conflict; a truce at the horizon is no ceasefire. */
function finalState(records: DayRecords, ladder: Ladder): FinalState {
  const last = records.days - 1;
  const kind = CEASEFIRE_KINDS[records.ceasefire[last]!];
  if (kind === 'agreement') return 'agreement';
  if (kind === 'ceasefire') return 'ceasefire';
  let war = false;
  let kinetic = false;
  for (let day = Math.max(0, records.days - FINAL_WINDOW); day <= last; day += 1) {
    const rung = dyadRung(records, day);
    if (rung >= ladder.thresholds.war) war = true;
    if (isKinetic(ladder, rung)) kinetic = true;
  }
  if (war) return 'war';
  if (!kinetic) return 'fizzled';
  return 'conflict';
}
