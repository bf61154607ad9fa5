/** Rendering without a browser, and offline HTML reports. */
export { renderChart, renderSvg, svgToPng, type RenderedChart } from './renderChart.js';
export { compileSpec, type Compiled } from './compileSpec.js';
export { htmlReport, type ReportChart, type ReportPage, type ReportTable } from './htmlReport.js';
export { reportsIndexHtml } from './reportsIndex.js';
export { browserBundles, fontFiles } from './assets.js';
