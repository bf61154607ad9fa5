/**
 * `reports/index.html`: every output folder under a reports root, newest first, with its
 * scenario, command, seed, runs, overrides, shard and date. Rewritten after each command that writes a folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml, REPORT_STYLE } from './htmlReport.js';

interface Entry {
  readonly path: string;
  readonly scenario: string;
  readonly command: string;
  readonly seed: string;
  readonly runs: number;
  readonly shard: string;
  readonly overrides: string;
  readonly startedAt: string;
  readonly hasReport: boolean;
}

function entries(root: string): Entry[] {
  const out: Entry[] = [];
  if (!existsSync(root)) return out;
  for (const scenario of readdirSync(root, { withFileTypes: true })) {
    if (!scenario.isDirectory() || scenario.name.startsWith('.')) continue;
    for (const folder of readdirSync(join(root, scenario.name), { withFileTypes: true })) {
      if (!folder.isDirectory() || folder.name.startsWith('.')) continue;
      const manifestFile = join(root, scenario.name, folder.name, 'manifest.json');
      if (!existsSync(manifestFile)) continue;
      try {
        const m = JSON.parse(readFileSync(manifestFile, 'utf8'));
        // compare and diff record two scenarios; diff records two single runs, not a range.
        const names = m.scenarios?.a === undefined ? [] : [...new Set([m.scenarios.a.name, m.scenarios.b?.name])];
        const pair = names.length === 0 ? undefined : names.join(' vs ');
        out.push({
          path: `${scenario.name}/${folder.name}`,
          scenario: String(m.scenario?.name ?? pair ?? scenario.name),
          command: String(m.command ?? ''),
          seed: String(m.seed ?? (m.runs?.a === undefined ? '' : [...new Set([m.runs.a.seed, m.runs.b?.seed])].join(', '))),
          // A diff holds two runs; a sweep runs its run indices at each of its points.
          runs: m.command === 'diff' ? 2 : (Number(m.runIndices?.to ?? 0) - Number(m.runIndices?.from ?? 0)) * Number(m.sweep?.pointsInFolder ?? 1),
          // As `--shard i/N` takes it and the folder name shows it: 0-based.
          shard: m.shard ? `${m.shard.index}/${m.shard.count}` : '',
          overrides: overridesOf(m),
          startedAt: String(m.execution?.startedAt ?? ''),
          hasReport: existsSync(join(root, scenario.name, folder.name, 'index.html')),
        });
      } catch {
        // A folder whose manifest does not parse is not brink's: leave it out of the index.
      }
    }
  }
  return out.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : a.path < b.path ? -1 : 1));
}

/** `--set`/`--days` as typed (compare and diff: B's own after "B:"). */
function overridesOf(m: { scenario?: { overrides?: unknown }; scenarios?: { a?: { overrides?: unknown }; b?: { overrides?: unknown } } }): string {
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
  if (m.scenarios === undefined) return list(m.scenario?.overrides).join(' ');
  const a = list(m.scenarios.a?.overrides);
  const bOnly = list(m.scenarios.b?.overrides).filter((o) => !a.includes(o));
  return [...a, ...(bOnly.length === 0 ? [] : ['B:', ...bOnly])].join(' ');
}

/**
 * A folder's link, relative to the index: each segment URL-encoded (a folder named
 * `javascript:alert(1)` must stay a file name, not become a script URL) and rooted at `./`.
 */
export function folderHref(path: string): string {
  return `./${path.split('/').map(encodeURIComponent).join('/')}/index.html`;
}

/** Marks an index.html as brink's, so `--out DIR` overwrites only an index brink wrote. */
export const REPORTS_INDEX_MARKER = '<meta name="generator" content="brink reports index">';

/**
 * 12345 → "12,345", as toLocaleString('en-US') writes a whole number. Not toLocaleString itself:
 * its first call sets up ICU's number formatting, ~20 ms of every command that writes a folder.
 */
export function groupDigits(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function reportsIndexHtml(root: string): string {
  const rows = entries(root)
    .map((e) => {
      const link = e.hasReport ? `<a href="${escapeHtml(folderHref(e.path))}">${escapeHtml(e.path)}</a>` : escapeHtml(e.path);
      return `<tr><td>${link}</td><td>${escapeHtml(e.scenario)}</td><td>${escapeHtml(e.command)}</td><td>${escapeHtml(e.seed)}</td><td class="num">${groupDigits(e.runs)}</td><td>${escapeHtml(e.overrides)}</td><td>${escapeHtml(e.shard)}</td><td>${escapeHtml(e.startedAt.replace('T', ' ').slice(0, 19))}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8">${REPORTS_INDEX_MARKER}<title>brink reports</title><style>${REPORT_STYLE}</style></head>
<body>
<h1>brink reports</h1>
<p class="subtitle">Every output folder here, newest first. Each folder's index.html works offline.</p>
<table><thead><tr><th>folder</th><th>scenario</th><th>command</th><th>seed</th><th>runs</th><th>--set</th><th>shard</th><th>date (UTC)</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body>
</html>
`;
}
