/**
 * Truce first, talks second: among runs with a mediated session (CAMEO 045 in the event log), the
 * share in which a truce was in force at the end of some day before the first session. Runs
 * without a session give nothing. Counts [truce before talks, runs with a session].
 */
import { CEASEFIRE_KINDS } from '../../model/index.js';
import { countsOf, NOTHING, type Observer } from './observation.js';

const TRUCE = CEASEFIRE_KINDS.indexOf('truce');
const MEDIATED_SESSION = '045';

export const truceBeforeTalks: Observer = (run) => {
  const session = run.events.find((e) => e.cameo === MEDIATED_SESSION);
  if (session === undefined) return NOTHING;
  for (let day = 0; day < Math.min(session.day, run.records.days); day += 1) {
    if (run.records.ceasefire[day] === TRUCE) return countsOf(1, 1);
  }
  return countsOf(0, 1);
};
