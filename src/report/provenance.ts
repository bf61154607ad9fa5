/**
 * Where an output came from: brink's version, the model version, the git commit of the checkout
 * it ran from (if any), and the Node version. Read once per process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitHead } from './gitHead.js';
import { MODEL_VERSION } from '../model/index.js';
import { PACKAGE_ROOT } from '../scenarios/packageFiles.js';

export interface Provenance {
  readonly tool: string;
  readonly version: string;
  /** The model the numbers come from (docs/model.md); replay refuses another model's folder. */
  readonly modelVersion: number;
  readonly gitCommit: string | null;
  readonly node: string;
}

let cached: Provenance | undefined;

export function provenance(): Provenance {
  cached ??= {
    tool: 'brink',
    version: (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    modelVersion: MODEL_VERSION,
    gitCommit: gitHead(PACKAGE_ROOT),
    node: process.version,
  };
  return cached;
}
