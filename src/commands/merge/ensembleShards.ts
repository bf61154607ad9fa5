/**
 * The shard folders of one ensemble, read back for `brink merge`: checked to be one ensemble
 * (same parameters, seed and size) covering runs 0…N−1 exactly once, and their outcome rows
 * copied in run-index order without holding them in memory.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Manifest } from '../../report/manifest.js';
import { readVerifiedFolder } from '../../report/readManifest.js';
import { InputError } from '../../scenarios/index.js';
import { messages } from '../../scenarios/messages.js';

const fail = (source: string, message: string): never => {
  throw new InputError([{ source, path: '', message }]);
};

/** The shards, checked to be one ensemble (same parameters, seed and size) covering 0…N−1 once. */
export function checkShards(dirs: readonly string[]): { dir: string; manifest: Manifest }[] {
  const shards = dirs.map((dir) => ({ dir, manifest: readVerifiedFolder(dir) }));
  const [first] = shards;
  if (first === undefined) return fail('brink merge', 'expected at least one folder');
  for (const { dir, manifest } of shards) {
    if (manifest.command !== 'ensemble') fail(dir, messages.mergeMixedCommands(dir, manifest.command, 'ensemble'));
    for (const [what, mine, theirs] of [
      ['parameters (paramsHash)', manifest.scenario.paramsHash, first.manifest.scenario.paramsHash],
      ['seed', manifest.seed, first.manifest.seed],
      ['ensemble size', manifest.runs, first.manifest.runs],
    ] as const) {
      if (mine !== theirs) fail(dir, `expected the ${what} of ${first.dir} (${theirs}), found ${mine}`);
    }
  }
  shards.sort((a, b) => a.manifest.runIndices.from - b.manifest.runIndices.from);
  let next = 0;
  for (const { dir, manifest } of shards) {
    const { from, to } = manifest.runIndices;
    if (from !== next) fail(dir, from > next ? `runs ${next}–${from - 1} are in none of the folders` : `runs ${from}–${Math.min(to, next) - 1} are in two folders`);
    next = to;
  }
  if (next !== first.manifest.runs) fail('brink merge', `runs ${next}–${first.manifest.runs - 1} are in none of the folders`);
  return shards;
}

/** Copies a shard's outcomes.csv rows (without its header) in chunks: memory stays flat. */
export function copyRows(file: string, header: string, write: (text: string) => void): void {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    let skipped = false;
    let pending = '';
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      let text = pending + buffer.subarray(0, read).toString('utf8');
      pending = '';
      if (!skipped) {
        const end = text.indexOf('\n');
        if (end < 0) {
          pending = text;
          continue;
        }
        if (text.slice(0, end + 1) !== header) fail(file, 'expected the same outcomes.csv columns in every shard');
        text = text.slice(end + 1);
        skipped = true;
      }
      // Keep a partial UTF-8 line for the next chunk (ids are ASCII, so lines split cleanly).
      const last = text.lastIndexOf('\n');
      write(text.slice(0, last + 1));
      pending = text.slice(last + 1);
    }
    if (pending !== '') write(pending);
  } finally {
    closeSync(fd);
  }
}

