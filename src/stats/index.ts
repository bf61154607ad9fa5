/** Ensemble statistics, one per file. */
export { summarizeEnsemble, CEASEFIRE_BY_DAYS, type EnsembleSummary, type BandRow, type DailyRow, type ProbabilityRow } from './summarizeEnsemble.js';
export { weightedQuantile, orderStatistic } from './weightedQuantile.js';
export { describeCounts, describeHistogram, QUANTILES, type Distribution } from './describeHistogram.js';
export { wilsonInterval, type Proportion } from './wilsonInterval.js';
export { kaplanMeier, type SurvivalCurve, type SurvivalPoint } from './kaplanMeier.js';
export { logLogTailFit, type TailFit } from './logLogTailFit.js';
export { clusterBootstrap, type BootstrapInterval, type ClusterBootstrapOptions } from './clusterBootstrap.js';
export { chiSquarePValue } from './chiSquarePValue.js';
export { mcnemarTest, MCNEMAR_EXACT_BELOW, type McNemarResult } from './mcnemarTest.js';
export { pairedProportionDifference, type PairedTable, type PairedProportions } from './pairedProportionDifference.js';
export { pairedBootstrap, type MeanDifference, type BootstrapOptions } from './pairedBootstrap.js';
export { pairedNormalInterval } from './pairedNormalInterval.js';
export { pairedMeanDifference, BOOTSTRAP_MAX_PAIRS, BOOTSTRAP_RESAMPLES, type MeanDifferenceWithMethod } from './pairedMeanDifference.js';
export { summarizeComparison, bootstrapKey, PROPORTION_METHOD, type ComparisonRow, type ComparisonSummary } from './summarizeComparison.js';
export { runDivergence, DIVERGENCE_PHASES, type RunDivergence, type FirstDivergence, type FieldDifference, type DivergencePhase } from './runDivergence.js';
