/**
 * The explorer's HTML: one self-contained file (styles, vega, vega-lite and vega-embed, the page
 * script, the worker script and the scenario text all inline), so it opens from file:// with no
 * server and makes no network request. The same inputs give the same bytes.
 */
import { browserBundles } from '../../render/assets.js';
import { escapeHtml } from '../../render/htmlReport.js';
import type { ExploreBundles } from './bundle.js';
import { EXPLORE_STYLE } from './style.js';

/** What the page starts from, embedded as JSON. */
export interface ExploreData {
  /** The scenario file as the user named it: what the page's CLI commands name. */
  readonly file: string;
  /** The file's text: the page validates and edits it with the CLI's own loader. */
  readonly text: string;
  readonly seed: string;
  readonly runIndex: number;
  /** `--set` overrides to start with, `path=value` as typed. */
  readonly set: readonly string[];
  /** brink's version, for chart provenance. */
  readonly version: string;
  /** The worker bundle, started from a Blob URL (a file:// page cannot load a worker by URL). */
  readonly workerCode: string;
}

/** Inline script text must not close its own <script> element. */
function inlineScript(code: string): string {
  return code.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
}

/** JSON inside <script type="application/json">: `<` escaped so no text can end the element. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function explorePageHtml(title: string, data: ExploreData, bundles: ExploreBundles): string {
  const vega = browserBundles();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${EXPLORE_STYLE}</style>
${[vega.vega, vega.vegaLite, vega.vegaEmbed].map((code) => `<script>${inlineScript(code)}</script>`).join('\n')}
</head>
<body>
<noscript>The explorer runs the model in the page: it needs JavaScript.</noscript>
<script type="application/json" id="brink-explore-data">${inlineJson(data)}</script>
<script>${inlineScript(bundles.page)}</script>
</body>
</html>
`;
}
