/** Ensemble statistics, one per file. */
export { summarizeEnsemble, CEASEFIRE_BY_DAYS, type EnsembleSummary, type BandRow, type DailyRow, type ProbabilityRow } from './summarizeEnsemble.js';
export { weightedQuantile, orderStatistic } from './weightedQuantile.js';
export { describeCounts, describeHistogram, QUANTILES, type Distribution } from './describeHistogram.js';
export { wilsonInterval, type Proportion } from './wilsonInterval.js';
export { kaplanMeier, type SurvivalCurve, type SurvivalPoint } from './kaplanMeier.js';
export { outcomeProbabilities, outcomeDistributions } from './summarizeEnsemble.js';
export { pointStatistics, type PointStatistics } from './pointStatistics.js';
export { COUNTED_OUTCOMES, SCALAR_OUTCOMES, valueOutcomes, isCountedOutcome, describeOutcome, outcomeValue, type CountedOutcome, type ValueOutcome } from './sweepOutcomes.js';
export { saltelliOutputs } from './saltelliOutputs.js';
export { outputVariance } from './outputVariance.js';
export { sobolFirstOrder } from './sobolFirstOrder.js';
export { sobolTotal } from './sobolTotal.js';
export { sobolIndices, type SaltelliOutputs, type SobolIndexRow, type IndexEstimate, type SobolOptions } from './sobolIndices.js';
