/**
 * The link from a run or ensemble report (`<out>/<scenario>/<folder>/index.html`) to the explorer
 * page preloaded with the report's scenario, seed and runs. `brink explore` writes that page to
 * `<out>/explore/<scenario>.html`, so the link is relative (../../explore/…) and works from
 * file:// wherever the reports folder is moved. The report does not check whether the page
 * exists: index.html is a view that must be the same bytes however often and wherever it is
 * written (1 or 2 workers, before or after `brink explore`), so the command that writes the page
 * is always shown beside the link. The state goes in the fragment, in the explorer's own format.
 */
import { urlHash } from './exploreUrl.js';
import type { LoadedScenario } from '../scenarios/index.js';

export interface ExploreLink {
  /** Relative to the report's index.html. */
  readonly href: string;
  /** The command that writes the page the link opens. */
  readonly command: string;
}

/** `--days N` is an override like any other in the page, which knows it as `days=N`. */
function asSet(override: string): string {
  return override.replace(/^--days /, 'days=').replace(/^--set /, '');
}

/** Words a shell passes through unchanged need no quotes; anything else is single-quoted. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function exploreLink(scenario: LoadedScenario, state: { seed: string; runIndex: number; runs?: number }): ExploreLink {
  const name = scenario.info.name;
  // Without a count (a run report), the explorer's own default, so the link changes nothing else.
  const runs = state.runs ?? Math.min(scenario.info.runs ?? 1000, 1000);
  const hash = urlHash({ seed: state.seed, runIndex: String(state.runIndex), runs: String(runs), set: scenario.overrides.map(asSet) });
  return { href: `../../explore/${encodeURIComponent(name)}.html${hash}`, command: `brink explore ${shellWord(scenario.file)}` };
}
