/**
 * Finished results kept between runs of a command, one small JSON file each under
 * `<out>/<scenario>/.cache/<kind>/<key>.json`, written atomically as each result is finished:
 * an interrupted sweep or calibration keeps what it finished, and a rerun with the same
 * arguments reads it back instead of recomputing.
 *
 * An entry's key is a content hash of everything the result depends on and the cache format
 * (what records such as points.ndjson cite); its file is named by that key together with the
 * fingerprint of the code that computed it (codeFingerprint.ts: every code file, not the
 * package version, which stays 0.1.0 across commits), so an entry is never used for a different
 * input nor by other code: after a model change and a rebuild nothing old is found. An
 * entry is also checked before use: its format, its key, and the shape and internal
 * consistency of its value (the validator each cache is given; e.g. final-state counts that
 * add up to the runs). One that does not check out is recomputed, never trusted. `reuse: false`
 * (`--no-cache`) reads nothing and recomputes everything, refreshing the entries.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../scenarios/index.js';
import { provenance } from './provenance.js';
import { writeFileAtomically } from './atomicFolder.js';
import { codeFingerprint } from './codeFingerprint.js';

export type CacheValidator<T> = (value: unknown) => value is T;

export class ResultCache<T> {
  constructor(
    readonly folder: string,
    /** Bumped whenever what an entry keeps changes. */
    readonly format: string,
    private readonly isValid: CacheValidator<T>,
    /** false: never read an entry (recompute everything), still write fresh ones. */
    readonly reuse = true,
  ) {}

  static under<T>(outRoot: string, scenarioName: string, kind: string, format: string, isValid: CacheValidator<T>, reuse = true): ResultCache<T> {
    return new ResultCache(join(outRoot, scenarioName, '.cache', kind), format, isValid, reuse);
  }

  /** sha256 of the format, the tool version and `inputs` (everything the result depends on). */
  key(inputs: object): string {
    return contentHash({ format: this.format, tool: provenance().version, inputs });
  }

  /** The entry's file: named by its key and the code that computes it. */
  file(key: string): string {
    return join(this.folder, `${contentHash({ key, code: codeFingerprint() })}.json`);
  }

  /** The entry's value if it exists and checks out (by `isValid`, or this cache's validator). */
  get(key: string, isValid: CacheValidator<T> = this.isValid): T | undefined {
    if (!this.reuse) return undefined;
    const file = this.file(key);
    if (!existsSync(file)) return undefined;
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; key?: unknown; code?: unknown; value?: unknown };
      const mine = entry.format === this.format && entry.key === key && entry.code === codeFingerprint();
      return mine && isValid(entry.value) ? entry.value : undefined;
    } catch {
      // A damaged entry (disk full, a manual edit) is recomputed.
      return undefined;
    }
  }

  set(key: string, value: T): void {
    writeFileAtomically(this.file(key), `${JSON.stringify({ format: this.format, key, code: codeFingerprint(), value })}\n`);
  }
}
