/**
 * Fact 9, the ceasefire survives: after each follow-up round without an agreement, does a
 * ceasefire or agreement still hold afterDays days later (at the horizon if that is sooner)?
 * Counts [survived, failed rounds].
 */
import { CEASEFIRE_KINDS } from '../../model/index.js';
import { countsOf, type Observer } from './observation.js';
import { rounds } from './runFacts.js';

const HOLDING = new Set([CEASEFIRE_KINDS.indexOf('ceasefire'), CEASEFIRE_KINDS.indexOf('agreement')]);

export const ceasefireSurvivesFailedRound: Observer = (run, _params, options) => {
  const after = options.afterDays as number;
  const failed = rounds(run).filter((r) => !r.settled);
  const survived = failed.filter((r) => HOLDING.has(run.records.ceasefire[Math.min(r.day + after, run.records.days - 1)]!)).length;
  return countsOf(survived, failed.length);
};
