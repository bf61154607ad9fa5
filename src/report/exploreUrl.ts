/**
 * The explorer's page state in the URL's fragment (`#seed=…&run=…&runs=…&set=path=value…`), so a
 * link reopens the same view. The fragment never leaves the browser: a file:// link works as well.
 * Here, below both, because the page reads it and the run and ensemble reports write it.
 */
export interface PageState {
  readonly seed?: string;
  readonly runIndex?: string;
  readonly runs?: string;
  readonly set?: readonly string[];
}

export function readUrlState(hash: string): PageState {
  const query = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (name: string) => query.get(name) ?? undefined;
  const set = query.getAll('set');
  return {
    ...(get('seed') === undefined ? {} : { seed: get('seed')! }),
    ...(get('run') === undefined ? {} : { runIndex: get('run')! }),
    ...(get('runs') === undefined ? {} : { runs: get('runs')! }),
    ...(query.has('set') || query.has('seed') ? { set } : {}),
  };
}

export function urlHash(state: { seed: string; runIndex: string; runs: string; set: readonly string[] }): string {
  const query = new URLSearchParams({ seed: state.seed, run: state.runIndex, runs: state.runs });
  for (const s of state.set) query.append('set', s);
  return `#${query.toString()}`;
}
