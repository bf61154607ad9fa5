/**
 * A sweep folder's data files recomputed from its manifest alone: the recorded scenario written
 * back as the document that gives its parameters (scenarios/recordedParams.ts, the same check
 * the manifest passed), the recorded `--param` ranges placed in it exactly as `brink sweep`
 * placed them (sweep/parameters.ts, sweep/pipeline.ts's loadPoint), the design rebuilt from the
 * recorded design and seed, this folder's points (its shard's, or all) run on the same run
 * indices, and the files written by the sweep's own `sweepDataFiles`.
 */
import { documentFromParams } from '../../scenarios/recordedParams.js';
import { prepareScenarioText } from '../../scenarios/index.js';
import type { Manifest } from '../../report/manifest.js';
import { shardPoints } from '../../sim/design/shardPoints.js';
import { sweepDesign, type DesignSpec } from '../../sim/design/sweepDesign.js';
import { defaultWorkers } from '../../sim/defaultWorkers.js';
import { runSweepPoints } from '../../sim/runSweepPoints.js';
import type { ModelParams } from '../../model/types.js';
import { pointStatistics, type PointStatistics } from '../../stats/index.js';
import { sweepDataFiles, sweepHash } from '../sweep/folder.js';
import { sweepParameters } from '../sweep/parameters.js';
import { loadPoint } from '../sweep/pipeline.js';
import { pointKey } from '../sweep/pointCache.js';
import type { SweepPointRecord } from '../sweep/records.js';
import type { ManifestInput } from '../../report/manifest.js';
import type { LoadedScenario } from '../../scenarios/index.js';

export interface SweepReplayInput {
  readonly manifest: Manifest;
  /** The manifest's record as a pipeline's manifest input (the recorded scenario, seed, runs, shard). */
  readonly recorded: Omit<ManifestInput, 'command'> & { readonly scenario: LoadedScenario };
  readonly workers: number | undefined;
  readonly onProgress?: (done: number, total: number) => void;
}

export async function sweepReplayFiles({ manifest, recorded, workers, onProgress }: SweepReplayInput): Promise<Map<string, string>> {
  const sweep = manifest.sweep!;
  const { scenario } = recorded;
  const { seed, runs } = manifest;
  const info = { name: scenario.info.name, description: scenario.info.description, startDate: scenario.info.startDate ?? null };
  // JSON is YAML: the document that gives the recorded parameters, as a scenario file's text.
  const prepared = prepareScenarioText(JSON.stringify(documentFromParams(scenario.params, info)), manifest.scenario.file);
  const design: DesignSpec = { kind: sweep.design, ...(sweep.samples === null ? {} : { samples: sweep.samples }) };
  const flags = sweep.parameters.map((p) => `${p.path}=${p.from}:${p.to}${p.steps === null ? '' : `:${p.steps}`}`);
  const parameters = sweepParameters(flags, prepared.data, design.kind, () => {});
  const values = sweepDesign(parameters, design, seed);
  const base = { design, parameters, points: values.length };
  const definition = { ...base, sweepHash: sweepHash(scenario, base, seed, runs) };
  const points = shardPoints(values.length, manifest.shard ?? undefined);
  const tasks = points.map((point) => ({ point, params: loadPoint(prepared, parameters, values[point]!, point).params }));
  const statistics = new Map<number, PointStatistics>();
  await runSweepPoints(tasks, {
    seed,
    runs,
    workers: workers ?? defaultWorkers(),
    onPoint: (task, tallies) => statistics.set(task.point, pointStatistics(task.params, tallies)),
    ...(onProgress === undefined ? {} : { onProgress }),
  });
  const paramsOf = new Map<number, ModelParams>(tasks.map((t) => [t.point, t.params]));
  const records: SweepPointRecord[] = points.map((point) => ({
    point,
    key: pointKey(paramsOf.get(point)!, seed, runs),
    values: values[point]!,
    statistics: statistics.get(point)!,
  }));
  return sweepDataFiles({ scenario, definition, records, manifest: { ...recorded, command: 'sweep' } }).data;
}
