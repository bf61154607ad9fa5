/**
 * Kaplan–Meier estimate of a survival curve from event and censoring times in whole days, with
 * Greenwood's variance and log(−log) 95% intervals, and the median survival time with the
 * Brookmeyer–Crowley interval (the times where the interval band crosses 0.5), as R's survfit.
 *
 * @example kaplanMeier([0, 1, 1], [0, 0, 1]).median // 2: S drops to 1/3 at t = 2
 */
import { normalQuantile } from '../model/index.js';

export interface SurvivalPoint {
  readonly t: number;
  readonly atRisk: number;
  readonly events: number;
  readonly censored: number;
  readonly survival: number;
  readonly lower: number;
  readonly upper: number;
}

export interface SurvivalCurve {
  readonly n: number;
  readonly events: number;
  readonly points: readonly SurvivalPoint[];
  /** First t with S(t) ≤ 0.5, or null if the curve never gets there. */
  readonly median: number | null;
  readonly medianLower: number | null;
  readonly medianUpper: number | null;
}

/** `events[t]`, `censored[t]`: how many subjects had the event, or were last seen, at time t. */
export function kaplanMeier(events: ArrayLike<number>, censored: ArrayLike<number>, confidence = 0.95): SurvivalCurve {
  // Not simple-statistics' probit: its probit(0.975) is 1.95716, not 1.95996.
  const z = normalQuantile(1 - (1 - confidence) / 2);
  let atRisk = 0;
  let totalEvents = 0;
  for (let t = 0; t < events.length; t += 1) {
    atRisk += events[t]! + (censored[t] ?? 0);
    totalEvents += events[t]!;
  }
  const n = atRisk;
  const points: SurvivalPoint[] = [];
  let survival = 1;
  let greenwood = 0;
  let median: number | null = null;
  let medianLower: number | null = null;
  let medianUpper: number | null = null;
  let last = events.length - 1;
  while (last >= 0 && events[last] === 0 && (censored[last] ?? 0) === 0) last -= 1;
  for (let t = 0; t <= last; t += 1) {
    const d = events[t]!;
    const c = censored[t] ?? 0;
    if (d > 0 && atRisk > 0) {
      survival *= 1 - d / atRisk;
      greenwood += atRisk > d ? d / (atRisk * (atRisk - d)) : 0;
    }
    const [lower, upper] = band(survival, greenwood, z);
    points.push({ t, atRisk, events: d, censored: c, survival, lower, upper });
    if (median === null && survival <= 0.5) median = t;
    if (medianLower === null && lower <= 0.5) medianLower = t;
    if (medianUpper === null && upper <= 0.5) medianUpper = t;
    atRisk -= d + c;
  }
  return { n, events: totalEvents, points, median, medianLower, medianUpper };
}

/** log(−log) interval: stays inside (0, 1) and is the default of R's survival package. */
function band(survival: number, greenwood: number, z: number): [number, number] {
  if (survival <= 0) return [0, 0];
  if (survival >= 1) return [1, 1];
  const logS = Math.log(survival);
  const se = Math.sqrt(greenwood) / Math.abs(logS);
  return [Math.pow(survival, Math.exp(z * se)), Math.pow(survival, Math.exp(-z * se))];
}
