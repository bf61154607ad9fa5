/**
 * Finished evaluations of a search, one small JSON file each under
 * `<out>/<scenario>/.cache/<kind>/<key>.json`, written atomically: an interrupted calibration
 * keeps what it finished, and a rerun with the same arguments reads it back instead of
 * recomputing. Keys are content hashes of everything an evaluation depends on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from './atomicFolder.js';

export class JsonCache<T> {
  constructor(readonly folder: string) {}

  static under(outRoot: string, scenarioName: string, kind: string): JsonCache<never> {
    return new JsonCache(join(outRoot, scenarioName, '.cache', kind));
  }

  get(key: string): T | undefined {
    const file = join(this.folder, `${key}.json`);
    if (!existsSync(file)) return undefined;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as T;
    } catch {
      // A damaged entry (disk full, manual edit) is recomputed, not trusted.
      return undefined;
    }
  }

  set(key: string, value: T): void {
    writeFileAtomically(join(this.folder, `${key}.json`), JSON.stringify(value));
  }
}
