/** Chart builders: pure functions from results to Vega-Lite v6 specs. */
export { runTrajectoryChart } from './runTrajectory.js';
export { ensembleFanChart, FAN_SAMPLES } from './ensembleFan.js';
export { survivalChart } from './survivalChart.js';
export { probabilityChart } from './probabilityChart.js';
export { rungOccupancyChart, rungOccupancyRows } from './rungOccupancyChart.js';
export { peakRungChart, boutsChart } from './histogramCharts.js';
export { fogOfWarChart } from './fogOfWarChart.js';
export { observedClaimRatios, type ObservedClaimRatios, type ObservedRatio } from './observed.js';
export {
  comparisonTrajectoryChart,
  comparisonFanChart,
  comparisonDailyChart,
  pairedDifferenceChart,
  type Labelled,
  type PairedDifference,
  type PairedDifferenceOptions,
  type ComparisonFanOptions,
  type ComparisonTrajectoryOptions,
} from './comparisonCharts.js';
export { sweepHeatmap, type SweepCell, type SweepHeatmapOptions } from './sweepHeatmap.js';
export { sweepLineChart, type SweepLineRow, type SweepLineOptions } from './sweepLineChart.js';
export { sweepEffectsChart, type SweepEffectsRow, type SweepEffectsOptions } from './sweepEffectsChart.js';
export { sobolIndicesChart, type SobolBarRow, type SobolChartOptions } from './sobolIndicesChart.js';
export type { ChartMeta } from './frame.js';
export { targetsChart } from './targetsChart.js';
export { calibrationChart, type CalibrationPoint } from './calibrationChart.js';
export { casesChart, type CaseChartEntry } from './casesChart.js';
