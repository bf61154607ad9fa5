/**
 * Fact 12, closure outlasts fighting: days the border stayed shut from its first closure (to the
 * horizon if it never reopened) ÷ days from T0 to the first ceasefire. Runs without a closure, a
 * T0 or a ceasefire after T0 give no value.
 */
import { NOTHING, valuesOf, type Observer } from './observation.js';

export const closureOverCeasefireTime: Observer = (run) => {
  const { borderClosed, days } = run.records;
  const t0 = run.outcome.firstKineticDay;
  const ceasefire = run.outcome.ceasefireDay;
  if (t0 === null || ceasefire === null || ceasefire <= t0) return NOTHING;
  const closed = borderClosed.indexOf(1);
  if (closed < 0) return NOTHING;
  let open = closed;
  while (open < days && borderClosed[open] === 1) open += 1;
  return valuesOf((open - closed) / (ceasefire - t0));
};
