/**
 * A full factorial grid: every combination of the given levels, the first parameter varying
 * slowest (so points.csv reads like nested loops, and a 2-parameter grid like a table).
 *
 * @example gridDesign([[1, 2], [10, 20, 30]]) // [[1,10],[1,20],[1,30],[2,10],[2,20],[2,30]]
 */
export function gridDesign(levels: readonly (readonly number[])[]): number[][] {
  let points: number[][] = [[]];
  for (const values of levels) points = points.flatMap((point) => values.map((value) => [...point, value]));
  return points;
}
