/**
 * Number fields with their valid ranges. MODEL.md gives some ranges as open-ended ("≥ 0"); those
 * get a generous finite bound here so every parameter keeps the model's arithmetic finite (no
 * Infinity, no NaN), whatever a file or `--set` says. docs/model.md lists the bounds.
 */
import { z } from 'zod';

/** A real number in [min, max]; `openMin` makes the lower bound exclusive. */
export function real(min: number, max: number, openMin = false) {
  const base = openMin ? z.number().gt(min) : z.number().gte(min);
  return base.lte(max);
}

/** A probability in [0, 1]. */
export function probability() {
  return z.number().gte(0).lte(1);
}

/** A whole number in [min, max]. */
export function whole(min: number, max: number) {
  return z.number().int().gte(min).lte(max);
}

/** Ids name states, spoilers and parties in files, stream keys, CSV columns and folder names. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

export function identifier() {
  return z.string().regex(ID_PATTERN, 'an id: a letter, then letters, digits, - or _ (at most 40)');
}

/** Largest ensemble: the one limit of a file's `runs`, `--runs` and a manifest's `runs`. */
export const MAX_RUNS = 10_000_000;

/** Horizon limits of a run (the "days 1–3650"). */
export const MAX_DAYS = 3650;

/** Earliest day a scenario may describe: the past reaches back as far as the horizon forward. */
export const MIN_DAY = -MAX_DAYS;
