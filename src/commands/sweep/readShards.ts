/**
 * Reading the shard folders of one sweep back for `brink merge`: their manifests must describe
 * the same sweep (same sweepHash: base parameters, design, ranges, seed, runs), and their
 * points.ndjson together must hold every point of the design exactly once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type LoadedScenario } from '../../scenarios/index.js';
import { messages } from '../../scenarios/messages.js';
import type { Manifest } from '../../report/manifest.js';
import { readVerifiedFolder, scenarioFromManifest } from '../../report/readManifest.js';
import { parsePointsNdjson, POINTS_NDJSON } from './files.js';
import type { SweepDefinition, SweepPointRecord } from './records.js';

const fail = (source: string, message: string): never => {
  throw new InputError([{ source, path: '', message }]);
};

export interface SweepShards {
  readonly manifest: Manifest;
  readonly scenario: LoadedScenario;
  readonly definition: SweepDefinition;
  /** Every point of the design, in point order. */
  readonly records: readonly SweepPointRecord[];
}

/** The sweep's definition as a manifest records it (segments recovered from the paths). */
export function definitionFromManifest(manifest: Manifest): SweepDefinition {
  const sweep = manifest.sweep!;
  return {
    design: { kind: sweep.design, ...(sweep.samples === null ? {} : { samples: sweep.samples }) },
    parameters: sweep.parameters.map((p) => ({
      path: p.path,
      segments: p.path.split('.').map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s)),
      from: p.from,
      to: p.to,
      steps: p.steps ?? undefined,
      integer: p.integer,
    })),
    points: sweep.points,
    sweepHash: sweep.sweepHash,
  };
}

export function readSweepShards(dirs: readonly string[]): SweepShards {
  const shards = dirs.map((dir) => ({ dir, manifest: readVerifiedFolder(dir) }));
  const [first] = shards;
  if (first === undefined) return fail('brink merge', 'expected at least one folder');
  for (const { dir, manifest } of shards) {
    if (manifest.command !== 'sweep' || manifest.sweep === undefined) fail(dir, messages.mergeMixedCommands(dir, manifest.command, 'sweep'));
    if (manifest.sweep!.sweepHash !== first.manifest.sweep!.sweepHash) {
      fail(dir, messages.mergeSweepMismatch('sweep (sweepHash: parameters, design, ranges, seed, runs)', first.dir, manifest.sweep!.sweepHash.slice(0, 8), first.manifest.sweep!.sweepHash.slice(0, 8)));
    }
  }
  const definition = definitionFromManifest(first.manifest);
  const byPoint = new Map<number, SweepPointRecord>();
  for (const { dir } of shards) {
    const file = join(dir, POINTS_NDJSON);
    let records: SweepPointRecord[] = [];
    try {
      records = parsePointsNdjson(readFileSync(file, 'utf8'), definition, file);
    } catch (error) {
      fail(file, `expected the points of a brink sweep, found a file that does not read as one (${(error as Error).message})`);
    }
    for (const record of records) {
      if (byPoint.has(record.point)) fail(dir, messages.mergeSweepTwice(record.point));
      byPoint.set(record.point, record);
    }
  }
  const missing = Array.from({ length: definition.points }, (_, p) => p).filter((p) => !byPoint.has(p));
  if (missing.length > 0) fail('brink merge', messages.mergeSweepPoints(missing, definition.points));
  return {
    manifest: first.manifest,
    scenario: scenarioFromManifest(first.manifest),
    definition,
    records: [...byPoint.keys()].sort((a, b) => a - b).map((p) => byPoint.get(p)!),
  };
}
