/**
 * When the border closes (docs/model.md §7.15). A closure is a sanction a state imposes for harm
 * done by the neighbour's forces — the answer to a militant group is a strike on its sanctuaries
 * (sanctuary.ts), not the crossings. So the border closes on a day some state stands at closeRung
 * or above and a state that can close it felt the harm the other's fire did it that day above its
 * tolerance. A state can close it when closure costs it no more than the other (e_i ≤ e_j,
 * econPainPerDay): a sanction is wielded by the less dependent side (Hirschman 1945 on asymmetric
 * interdependence) — Pakistan at Torkham, never the Taliban, whose trade runs through it.
 *
 *   close if max_i r_i ≥ closeRung and ∃i with e_i ≤ e_j: feel(wMil·mil_i + wCiv·civ_i) > τ_i / (1 + Q_i)
 *
 * (mil_i, civ_i: deaths from the opponent's fire today; feel as in perception.ts). Pakistan's
 * strikes on Khost and Paktika in March 2024 and on Barmal in December 2024, answered by shelling
 * that wounded a few soldiers, closed nothing; the Taliban's night of raids of 11–12 October 2025
 * (23 soldiers killed by Pakistan's own count) closed every crossing; Pakistan shut its airspace on
 * the day of the air battle of 27 February 2019, not after the raid of 2016 that it denied. The
 * closing state bears part of the cost (trade, transit: econPainPerDay), so it closes when it has
 * something to answer (Drezner 1999: sanctions are imposed on adversaries in a conflict that
 * expect to keep meeting them).
 */
import type { RunContext } from './context.js';
import { feltHarm } from './perception.js';
import { effectiveTolerance } from './rivalry.js';

/** Whether today's fighting closes the border (or keeps a closure "in fighting", reopening.ts). */
export function fightingClosesBorder(ctx: RunContext): boolean {
  const { actors } = ctx.state;
  const c = ctx.params.constants;
  if (actors[0].rung < c.closeRung && actors[1].rung < c.closeRung) return false;
  const states = ctx.params.states;
  for (let i = 0; i < 2; i += 1) {
    const self = actors[i as 0 | 1];
    if (states[i as 0 | 1].econPainPerDay > states[i === 0 ? 1 : 0].econPainPerDay) continue;
    const harm = feltHarm(c.wMil * self.militaryDeaths + c.wCiv * self.civilianDeaths, c.lossScale);
    if (harm > effectiveTolerance(states[i as 0 | 1], self)) return true;
  }
  return false;
}
