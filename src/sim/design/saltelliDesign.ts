/**
 * Saltelli's sampling scheme for Sobol' indices (Saltelli et al. 2010): base matrices A and B
 * of `base` rows each, and for every parameter i the matrix A_B^(i), which is A with column i
 * taken from B. A and B are the two halves of a 2k-dimensional unscrambled Sobol' sequence
 * (columns 0…k−1 and k…2k−1). Points are ordered row by row: A_j, B_j, A_B^(1)_j … A_B^(k)_j,
 * so a design of N·(k+2) points keeps each row's k+2 evaluations together.
 *
 * @example saltelliDesign(2, 1) // [[0], [0], [0], [0.5], [0.5], [0.5]]: row 0 (A, B, A_B^(1)), then row 1
 */
import { sobolSequence } from './sobolSequence.js';

/** What a point of a Saltelli design is: base row j of matrix A, B, or A_B^(i) (i 0-based). */
export interface SaltelliRole {
  readonly row: number;
  readonly matrix: 'A' | 'B' | number;
}

export function saltelliDesign(base: number, parameters: number): number[][] {
  const sequence = sobolSequence(base, 2 * parameters);
  const points: number[][] = [];
  for (const row of sequence) {
    const a = row.slice(0, parameters);
    const b = row.slice(parameters);
    points.push(a, b);
    for (let i = 0; i < parameters; i += 1) points.push(a.map((value, d) => (d === i ? b[i]! : value)));
  }
  return points;
}

/** The role of point `index` in a Saltelli design of k parameters. */
export function saltelliRole(index: number, parameters: number): SaltelliRole {
  const width = parameters + 2;
  const within = index % width;
  return { row: Math.floor(index / width), matrix: within === 0 ? 'A' : within === 1 ? 'B' : within - 2 };
}

/**
 * Regroups one output per design point (points in design order) into f(A), f(B) and f(A_B^(i))
 * by base row: the inverse of the design's layout, as `sobolIndices` (stats) takes them.
 *
 * @example saltelliOutputs([1, 2, 3, 4, 5, 6], 1) // { a: [1, 4], b: [2, 5], ab: [[3, 6]] }
 */
export function saltelliOutputs(outputs: readonly number[], parameters: number): { a: Float64Array; b: Float64Array; ab: Float64Array[] } {
  const rows = Math.floor(outputs.length / (parameters + 2));
  const a = new Float64Array(rows);
  const b = new Float64Array(rows);
  const ab = Array.from({ length: parameters }, () => new Float64Array(rows));
  outputs.forEach((value, index) => {
    const { row, matrix } = saltelliRole(index, parameters);
    if (row >= rows) return;
    if (matrix === 'A') a[row] = value;
    else if (matrix === 'B') b[row] = value;
    else ab[matrix]![row] = value;
  });
  return { a, b, ab };
}
