/**
 * How long the border's first closure lasted: days from the first day it is closed to the day it
 * reopens, or to the horizon if it never does (runs without a closure give nothing). Torkham: 10
 * days in 2023, 25–27 in 2025, ≥ 50 after Oct 2025; Pakistan's airspace 140 days in 2019.
 */
import { NOTHING, valuesOf, type Observer } from './observation.js';

export const closureDays: Observer = (run) => {
  const closed = run.records.borderClosed;
  const days = run.records.days;
  let first = 0;
  while (first < days && closed[first] === 0) first += 1;
  if (first === days) return NOTHING;
  let end = first;
  while (end < days && closed[end] === 1) end += 1;
  return valuesOf(end - first);
};
