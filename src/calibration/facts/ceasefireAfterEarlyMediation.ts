/**
 * Fact 8, mediated ceasefire timing: in runs where some party offered mediation (CAMEO 028) by
 * T0 + offeredBy, days from T0 to the first ceasefire; a run with none counts at the horizon
 * (days − T0), which can only pull the median up.
 */
import { NOTHING, valuesOf, type Observer } from './observation.js';

export const ceasefireAfterEarlyMediation: Observer = (run, _params, options) => {
  const t0 = run.outcome.firstKineticDay;
  if (t0 === null) return NOTHING;
  const offered = run.events.some((e) => e.cameo === '028' && e.day <= t0 + (options.offeredBy as number));
  if (!offered) return NOTHING;
  // A ceasefire before T0 (scripted) is not one mediation brought: count the run at the horizon.
  const ceasefire = run.outcome.ceasefireDay;
  return valuesOf((ceasefire === null || ceasefire < t0 ? run.records.days : ceasefire) - t0);
};
