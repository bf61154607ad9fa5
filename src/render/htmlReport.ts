/**
 * The offline report of one output folder: `index.html`, self-contained (vega, vega-lite and
 * vega-embed inlined; no network), showing every chart, the key results as tables, and the
 * manifest. Charts are embedded as specs and drawn by vega-embed in the page.
 */
import type { TopLevelSpec } from 'vega-lite';
import { browserBundles } from './assets.js';

export interface ReportChart {
  readonly name: string;
  readonly spec: TopLevelSpec;
}

export interface ReportTable {
  readonly heading: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface ReportPage {
  readonly title: string;
  readonly subtitle: string;
  readonly charts: readonly ReportChart[];
  readonly tables: readonly ReportTable[];
  /** The manifest (without its `execution` part), shown as JSON. */
  readonly manifest: unknown;
  /** Data files in the folder, linked from the page. */
  readonly files: readonly string[];
  /** The explorer page preloaded with this report's scenario, seed and runs, and the command that writes it. */
  readonly explore?: { readonly href: string; readonly command: string };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Inline script text must not close its own <script> element. */
function inlineScript(code: string): string {
  return code.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
}

export const REPORT_STYLE = `
body { font-family: 'DejaVu Sans', Verdana, sans-serif; margin: 24px auto; max-width: 1200px; color: #222; padding: 0 16px; }
h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 17px; margin-top: 32px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
.subtitle { color: #555; margin-top: 0; } table { border-collapse: collapse; font-size: 13px; margin: 8px 0 16px; }
th, td { border: 1px solid #ddd; padding: 4px 10px; text-align: left; } th { background: #f4f4f4; }
td.num { text-align: right; font-variant-numeric: tabular-nums; } .chart { margin: 12px 0 28px; }
.files a { margin-right: 12px; } pre { background: #f8f8f8; padding: 12px; overflow: auto; font-size: 12px; max-height: 480px; }
`;

export function htmlReport(page: ReportPage): string {
  // Without charts (--no-charts) the page needs no vega at all.
  const scripts = page.charts.length === 0 ? [] : Object.values(browserBundles());
  const charts = page.charts
    .map(
      (chart) => `<section class="chart"><div id="chart-${chart.name}" class="vega-chart" data-chart="${chart.name}"></div>
<p class="files"><a href="charts/${chart.name}.png">PNG</a><a href="charts/${chart.name}.svg">SVG</a><a href="charts/${chart.name}.vl.json">Vega-Lite spec</a></p></section>`,
    )
    .join('\n');
  const tables = page.tables
    .map(
      (table) => `<h2>${escapeHtml(table.heading)}</h2>
<table><thead><tr>${table.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>
<tbody>${table.rows.map((row) => `<tr>${row.map((cell, n) => `<td${n > 0 ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`,
    )
    .join('\n');
  const specs = Object.fromEntries(page.charts.map((chart) => [chart.name, chart.spec]));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>${REPORT_STYLE}</style>
${scripts.map((code) => `<script>${inlineScript(code)}</script>`).join('\n')}
</head>
<body>
<h1>${escapeHtml(page.title)}</h1>
<p class="subtitle">${escapeHtml(page.subtitle)}</p>
${page.explore === undefined ? '' : `<p class="explore"><a id="explore-link" href="${escapeHtml(page.explore.href)}">Open in the explorer</a> (the page of this scenario beside these reports, in explore/; if it is not there yet, write it with <code>${escapeHtml(page.explore.command)}</code> and the same <code>--out</code> as this report)</p>`}
${charts}
${tables}
<h2>Files</h2>
<p class="files">${page.files.map((f) => `<a href="${escapeHtml(f)}">${escapeHtml(f)}</a>`).join(' ')}</p>
<h2>Manifest</h2>
<pre>${escapeHtml(JSON.stringify(page.manifest, null, 2))}</pre>
${page.charts.length === 0 ? '' : `<script type="application/json" id="brink-specs">${JSON.stringify(specs).replace(/</g, '\\u003c')}</script>
<script>
  const specs = JSON.parse(document.getElementById('brink-specs').textContent);
  window.brinkCharts = Promise.all(Object.entries(specs).map(([name, spec]) =>
    vegaEmbed('#chart-' + name, spec, { actions: false, renderer: 'svg' })));
</script>`}
</body>
</html>
`;
}
