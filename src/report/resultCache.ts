/**
 * Finished results kept between runs of a command, one small JSON file each under
 * `<out>/<scenario>/.cache/<kind>/<key>.json`, written atomically as each result is finished:
 * an interrupted sweep or calibration keeps what it finished, and a rerun with the same
 * arguments reads it back instead of recomputing. The key is a content hash of everything the
 * result depends on plus the cache format and the tool version, so an entry is never used for
 * a different input or by a brink that might compute it differently; an entry whose format,
 * key or shape does not check out is recomputed, never trusted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../scenarios/index.js';
import { writeFileAtomically } from './atomicFolder.js';
import { provenance } from './provenance.js';

export class ResultCache<T> {
  constructor(
    readonly folder: string,
    /** Bumped whenever what an entry keeps, or how it is computed, changes. */
    readonly format: string,
    private readonly isValid: (value: unknown) => value is T,
  ) {}

  static under<T>(outRoot: string, scenarioName: string, kind: string, format: string, isValid: (value: unknown) => value is T): ResultCache<T> {
    return new ResultCache(join(outRoot, scenarioName, '.cache', kind), format, isValid);
  }

  /** sha256 of the format, the tool version and `inputs` (everything the result depends on). */
  key(inputs: object): string {
    return contentHash({ format: this.format, tool: provenance().version, inputs });
  }

  get(key: string): T | undefined {
    const file = join(this.folder, `${key}.json`);
    if (!existsSync(file)) return undefined;
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; key?: unknown; value?: unknown };
      return entry.format === this.format && entry.key === key && this.isValid(entry.value) ? entry.value : undefined;
    } catch {
      // A damaged entry (disk full, a manual edit) is recomputed.
      return undefined;
    }
  }

  set(key: string, value: T): void {
    writeFileAtomically(join(this.folder, `${key}.json`), `${JSON.stringify({ format: this.format, key, value })}\n`);
  }
}
