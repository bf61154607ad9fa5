/**
 * The data files of a sweep folder (columns in docs/outputs.md): points.csv (one row per
 * point), points.ndjson (the same points at full precision: what `brink merge` joins),
 * sobol.csv (Saltelli designs) and summary.json.
 */
import type { ModelParams } from '../../model/types.js';
import { saltelliRole } from '../../sim/design/saltelliDesign.js';
import { COUNTED_OUTCOMES, SCALAR_OUTCOMES, valueOutcomes, wilsonInterval } from '../../stats/index.js';
import { toCsv, type Cell } from '../../report/csv.js';
import { rounded } from '../../report/roundedJson.js';
import type { SobolOutcome } from './sobol.js';
import type { SweepDefinition, SweepPointRecord } from './records.js';

export const POINTS_CSV = 'points.csv';
export const POINTS_NDJSON = 'points.ndjson';
export const SOBOL_CSV = 'sobol.csv';

/** The Saltelli matrix a point belongs to, as points.csv names it: A, B or AB:<path>. */
export function matrixName(definition: SweepDefinition, point: number): { matrix: string; row: number } {
  const { row, matrix } = saltelliRole(point, definition.parameters.length);
  return { row, matrix: typeof matrix === 'number' ? `AB:${definition.parameters[matrix]!.path}` : matrix };
}

export function pointsCsv(definition: SweepDefinition, records: readonly SweepPointRecord[], params: ModelParams): string {
  const sobol = definition.design.kind === 'sobol';
  const values = valueOutcomes(params);
  const header = [
    'point',
    ...(sobol ? ['matrix', 'row'] : []),
    ...definition.parameters.map((p) => p.path),
    'runs',
    ...COUNTED_OUTCOMES.flatMap((o) => [o.name, `${o.name}_lower`, `${o.name}_upper`]),
    ...values.map((v) => v.name),
  ];
  const rows = records.map((record): Cell[] => {
    const { runs, counts } = record.statistics;
    const role = sobol ? matrixName(definition, record.point) : undefined;
    return [
      record.point,
      ...(role === undefined ? [] : [role.matrix, role.row]),
      ...record.values,
      runs,
      ...COUNTED_OUTCOMES.flatMap((o) => {
        const w = wilsonInterval(counts[o.name]!, runs);
        return [w.p, w.lower, w.upper];
      }),
      ...values.map((v) => record.statistics.values[v.name] ?? null),
    ];
  });
  return toCsv(header, rows);
}

/** One JSON object per point, numbers at full precision, so merged shards reproduce every file exactly. */
export function pointsNdjson(definition: SweepDefinition, records: readonly SweepPointRecord[]): string {
  return records
    .map((r) => {
      const parameters = Object.fromEntries(definition.parameters.map((p, i) => [p.path, r.values[i]!]));
      return `${JSON.stringify({ point: r.point, key: r.key, parameters, statistics: r.statistics })}\n`;
    })
    .join('');
}

/** Reads points.ndjson back into records (`source` names the file in errors). */
export function parsePointsNdjson(text: string, definition: SweepDefinition, source: string): SweepPointRecord[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line, n) => {
      const parsed = JSON.parse(line) as { point: number; key: string; parameters: Record<string, number>; statistics: SweepPointRecord['statistics'] };
      if (typeof parsed.point !== 'number' || typeof parsed.key !== 'string' || typeof parsed.statistics?.runs !== 'number') {
        throw new Error(`${source}:${n + 1}: not a brink sweep point`);
      }
      return { point: parsed.point, key: parsed.key, values: definition.parameters.map((p) => parsed.parameters[p.path]!), statistics: parsed.statistics };
    });
}

export function sobolCsv(results: readonly SobolOutcome[]): string {
  const rows: Cell[][] = [];
  for (const result of results) {
    for (const { parameter, first, total } of result.indices) {
      rows.push([result.outcome, parameter, 'S1', first.estimate, first.lower, first.upper]);
      rows.push([result.outcome, parameter, 'ST', total.estimate, total.lower, total.upper]);
    }
  }
  return toCsv(['outcome', 'parameter', 'index', 'estimate', 'lower', 'upper'], rows);
}

/** summary.json: provenance (with the sweep's definition), what each column means, and Sobol' indices. */
export function sweepSummaryJson(
  provenance: object,
  definition: SweepDefinition,
  params: ModelParams,
  runs: number,
  seed: string,
  sobol: readonly SobolOutcome[] | undefined,
  sobolMethod: object | undefined,
): string {
  const body = {
    ...provenance,
    statistics: {
      points: definition.points,
      runsPerPoint: runs,
      commonRandomNumbers: `every point runs indices 0–${runs - 1} of seed ${seed}: points differ by their parameters, not by their draws`,
      outcomes: Object.fromEntries([
        ...COUNTED_OUTCOMES.map((o) => [o.name, `${o.description}; with a Wilson 95% interval`]),
        ...valueOutcomes(params).map((v) => [v.name, v.description]),
      ]),
      scalarOutcomes: SCALAR_OUTCOMES,
      ...(sobol === undefined ? {} : { sobol: { ...sobolMethod, outcomes: sobol } }),
    },
  };
  return `${JSON.stringify(rounded(body), null, 2)}\n`;
}
