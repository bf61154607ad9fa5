/**
 * Sobol' indices of a Saltelli sweep for every scalar outcome (SCALAR_OUTCOMES), with bootstrap
 * intervals drawn from the stream `<seed>/sweep/sobol-bootstrap/<outcome>`: one stream per
 * outcome, so adding an outcome never changes another's intervals.
 */
import { sobolBootstrapKey, Stream } from '../../model/index.js';
import { saltelliOutputs } from '../../sim/design/saltelliDesign.js';
import { outcomeValue, SCALAR_OUTCOMES, sobolIndices, outputVariance, type IndexEstimate } from '../../stats/index.js';
import type { SweepDefinition, SweepPointRecord } from './records.js';

/** Bootstrap resamples of the base rows. */
export const SOBOL_RESAMPLES = 1000;
export const SOBOL_CONFIDENCE = 0.95;

export interface SobolParameterIndices {
  readonly parameter: string;
  readonly first: IndexEstimate;
  readonly total: IndexEstimate;
}

export interface SobolOutcome {
  readonly outcome: string;
  /** Variance of the outcome over A and B; 0 means no index is defined. */
  readonly variance: number | null;
  readonly indices: readonly SobolParameterIndices[];
}

/** The key of one outcome's bootstrap stream (model/streamKeys.ts). */
export { sobolBootstrapKey as bootstrapStreamKey } from '../../model/index.js';

/** Indices for every scalar outcome; records must be the whole design, in point order. */
export function sweepSobol(definition: SweepDefinition, records: readonly SweepPointRecord[], seed: string): SobolOutcome[] {
  const k = definition.parameters.length;
  return SCALAR_OUTCOMES.map((outcome) => {
    const outputs = saltelliOutputs(records.map((r) => outcomeValue(r.statistics, outcome) ?? NaN), k);
    const stream = new Stream(sobolBootstrapKey(seed, outcome));
    const rows = sobolIndices(outputs, { random: () => stream.next(), resamples: SOBOL_RESAMPLES, confidence: SOBOL_CONFIDENCE });
    return {
      outcome,
      variance: finiteOrNull(outputVariance(outputs.a, outputs.b)),
      indices: rows.map((row, i) => ({ parameter: definition.parameters[i]!.path, first: row.first, total: row.total })),
    };
  });
}

const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);
