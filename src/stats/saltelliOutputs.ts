/**
 * Regroups one output per design point of a Saltelli design (points in design order: row by
 * row, A_j, B_j, A_B^(1)_j … A_B^(k)_j) into f(A), f(B) and f(A_B^(i)) by base row, as
 * sobolIndices takes them.
 *
 * @example saltelliOutputs([1, 2, 3, 4, 5, 6], 1) // { a: [1, 4], b: [2, 5], ab: [[3, 6]] }
 */
import { saltelliRole } from '../sim/design/saltelliDesign.js';
import type { SaltelliOutputs } from './sobolIndices.js';

export function saltelliOutputs(outputs: readonly number[], parameters: number): SaltelliOutputs {
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
