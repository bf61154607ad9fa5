/**
 * Every key of a random stream outside a run, in one place (docs/model.md §7.1). A run's streams
 * all derive from `runKey(seed, runIndex)` = `<seed>/run/<runIndex>` (rng.ts); the streams here
 * are Mashed whole from their key (`new Stream(key)`), and each family's second component keeps
 * it apart from every run key and from the others: no statistic or design ever draws a run's
 * numbers, and adding an outcome, target or parameter shifts no other stream.
 *
 * Changing a key changes the output it feeds (intervals, designs, searches): the goldens and
 * the tests that name these keys would show it.
 */

/** `brink compare`: the paired bootstrap of one outcome's difference (stats/summarizeComparison.ts). */
export function compareBootstrapKey(seed: string, outcome: string): string {
  return `${seed}/compare/bootstrap/${outcome}`;
}

/** `brink check` (and calibrate's checks): the bootstrap of one target's criterion (calibration/checkTargets.ts). */
export function checkBootstrapKey(seed: string, targetId: string, criterion: number): string {
  return `${seed}/check/bootstrap/${targetId}/${criterion}`;
}

/** `brink calibrate`: the evolution strategy's draws (calibration/calibrate.ts). */
export function calibrateSearchKey(seed: string): string {
  return `${seed}/calibrate/search`;
}

/** `brink sweep --design lhs`: the Latin hypercube (sim/design/sweepDesign.ts). */
export function sweepLhsKey(seed: string): string {
  return `${seed}/sweep/lhs`;
}

/** `brink sweep --design sobol`: the bootstrap of one outcome's Sobol' indices (commands/sweep/sobol.ts). */
export function sobolBootstrapKey(seed: string, outcome: string): string {
  return `${seed}/sweep/sobol-bootstrap/${outcome}`;
}
