/**
 * Where an output came from: brink's version, the model version, the git commit of the checkout
 * it ran from (if any), and the Node version. Read once per process.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    gitCommit: gitCommit(),
    node: process.version,
  };
  return cached;
}

function gitCommit(): string | null {
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: PACKAGE_ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    const commit = out.toString().trim();
    return /^[0-9a-f]{40}$/.test(commit) ? commit : null;
  } catch {
    return null;
  }
}
