/**
 * What a manifest read back must hold before replay or merge trusts it: every field they use,
 * with its type and range. A manifest missing `scenario` or `results`, or with `results: {}`,
 * would otherwise end in an internal error or "all 0 data files match".
 */
import { z } from 'zod';
import { describeValue, InputError, MAX_RUNS, SEED_PATTERN, type Problem } from '../scenarios/index.js';

const sha = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 (64 hex digits)');
const runIndex = z.number().int().gte(0).lt(MAX_RUNS);

/**
 * A data file's name as brink writes it: one plain name in the folder. Anything else (`../x`,
 * `/etc/passwd`, `charts/a.svg`) would make replay or merge read outside what it verifies.
 */
export const DATA_FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,200}$/;

export const scenarioRecordSchema = z.object({
  file: z.string(),
  name: z.string(),
  description: z.string(),
  fileHash: z.string(),
  paramsHash: sha,
  overrides: z.array(z.string()),
  chain: z.array(z.object({ file: z.string(), sha256: sha })).min(2).optional(),
  startDate: z.string().nullable(),
  params: z.record(z.string(), z.unknown()),
});

export const resultsSchema = z
  .record(z.string().regex(DATA_FILE_NAME, 'a file name in the folder'), sha)
  .refine((results) => Object.keys(results).some((name) => name !== 'manifest.json'), 'the sha256 of at least one data file: with none there is nothing to verify');

export const seedSchema = z.string().regex(SEED_PATTERN, 'a seed: 1–64 letters, digits, . _ : -');
export const seedSourceSchema = z.enum(['flag', 'scenario', 'generated', 'manifest']);
const range = z.object({ from: runIndex, to: z.number().int().gte(1).lte(MAX_RUNS) }).refine((r) => r.from < r.to, 'from < to');

export const singleManifestSchema = z.object({
  command: z.enum(['run', 'ensemble', 'sweep', 'check', 'calibrate']),
  scenario: scenarioRecordSchema,
  seed: seedSchema,
  seedSource: seedSourceSchema,
  runs: z.number().int().gte(1).lte(MAX_RUNS),
  // A single run records runs: 1 and its own index (run k: {from: k, to: k + 1}).
  runIndices: range,
  shard: z.object({ index: z.number().int().gte(0), count: z.number().int().gte(1) }).nullable(),
  results: resultsSchema,
});

const pairRun = z.object({ seed: seedSchema, runIndex });

export const pairManifestSchema = z.object({
  command: z.enum(['compare', 'diff']),
  scenarios: z.object({ a: scenarioRecordSchema, b: scenarioRecordSchema }),
  seedSource: seedSourceSchema,
  results: resultsSchema,
  // compare records one seed and size; diff the two runs.
  seed: seedSchema.optional(),
  runs: z.union([z.number().int().gte(1).lte(MAX_RUNS), z.object({ a: pairRun, b: pairRun })]),
  runIndices: range.optional(),
});

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const part of path) node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[part] : undefined;
  return node;
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'object' || issue.expected === 'record' ? 'a mapping' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`;
    case 'invalid_key':
      return issue.issues[0]?.message ?? 'a valid key';
    case 'invalid_value':
      return `one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
    case 'too_big':
      return `a number ${issue.code === 'too_small' ? '≥' : '≤'} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)}`;
    default:
      return issue.message;
  }
}

/** Throws InputError naming the manifest file, each bad field and what it holds. */
export function checkManifestShape(file: string, schema: z.ZodType, manifest: unknown): void {
  const result = schema.safeParse(manifest);
  if (result.success) return;
  const problems: Problem[] = result.error.issues.slice(0, 20).map((issue) => {
    const path = issue.path.map(String).join('.');
    // A bad key is reported as the key itself, not the value it maps to.
    const found = issue.code === 'invalid_key' ? issue.path.at(-1) : valueAt(manifest, issue.path);
    return {
      source: file,
      path,
      message: found === undefined ? `incomplete manifest: missing, expected ${expectedOf(issue)}` : `expected ${expectedOf(issue)}, found ${describeValue(found)}`,
    };
  });
  throw new InputError(problems);
}
