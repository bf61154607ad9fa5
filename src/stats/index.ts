/** Ensemble statistics, one per file. */
export { summarizeEnsemble, CEASEFIRE_BY_DAYS, type EnsembleSummary, type BandRow, type DailyRow, type ProbabilityRow } from './summarizeEnsemble.js';
export { weightedQuantile, orderStatistic } from './weightedQuantile.js';
export { describeCounts, describeHistogram, QUANTILES, type Distribution } from './describeHistogram.js';
export { wilsonInterval, type Proportion } from './wilsonInterval.js';
export { kaplanMeier, type SurvivalCurve, type SurvivalPoint } from './kaplanMeier.js';
export { logLogTailFit, type TailFit } from './logLogTailFit.js';
export { clusterBootstrap, type BootstrapInterval, type BootstrapOptions } from './clusterBootstrap.js';
