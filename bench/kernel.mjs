// What the bench scripts share: the compiled build (`npm run build` first), the scenario the
// figures are taken on, a warmed-up executor of the ensemble's single-thread path, and the line
// that says on what machine and load a figure was taken.
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
/** A module of the compiled build, by its path under dist/. */
export const dist = (path) => import(new URL(`../dist/${path}`, import.meta.url).href);

const { loadScenario } = await dist('scenarios/index.js');
const { executeBatch } = await dist('sim/executeBatch.js');
const { createDayRecords } = await dist('model/records.js');
const { EnsembleTallies } = await dist('sim/tallies.js');
export { executeBatch };

/** durand-line-2025.yaml: every figure is taken on it, at its 365 days. */
export const scenarioFile = join(root, 'scenarios', 'durand-line-2025.yaml');
export const { params } = loadScenario(scenarioFile);

/** An executor as an ensemble's batches use it (no event log, columns reused), its JIT warmed by runs 0–499. */
export function warmExecutor() {
  const executor = { params, seed: 'bench', tallies: new EnsembleTallies(params.days, params.ladder), records: createDayRecords(params.days) };
  executeBatch(executor, { from: 0, to: 500 });
  return executor;
}

/** "<name> · node v20… · 2 cores · load 0.3 0.5 0.4". */
export const machineLine = (name) => `${name} · node ${process.version} · ${availableParallelism()} cores · load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;
