/**
 * Scenario file → validated, resolved scenario. The entry point of `src/scenarios`.
 *
 * Phases:
 *   1. read the file, refusing oversize, empty and binary input  (source.ts)
 *   2. parse YAML/JSON keeping positions; refuse alias bombs, prototype keys, non-finite numbers
 *                                                                  (yamlDocument.ts)
 *   3. apply `--set` / `--days` overrides to the plain data        (overrides.ts)
 *   4. validate against the zod schema and cross-references, every problem at once
 *                                                                  (validate.ts)
 *   5. resolve defaults, indices and canonical order; hash         (resolve.ts, hash.ts)
 */
import { sha256, contentHash } from './hash.js';
import { InputError, type Problem } from './messages.js';
import { applyOverrides, parseOverride, type Override } from './overrides.js';
import { resolveScenario, type ResolvedScenario } from './resolve.js';
import { readScenarioText } from './source.js';
import { validateScenario } from './validate.js';
import { parseScenarioText } from './yamlDocument.js';

export interface LoadOptions {
  /** `--set path=value` flags, as typed. */
  readonly set?: readonly string[];
  /** `--set-b path=value`: overrides of the second scenario of a pair, applied after `set`. */
  readonly setB?: readonly string[];
  /** `--days N`: the horizon, overriding the file's. */
  readonly days?: number;
}

export interface LoadedScenario extends ResolvedScenario {
  /** The file as given (for messages and manifests). */
  readonly file: string;
  /** sha256 of the file's bytes. */
  readonly fileHash: string;
  /** sha256 of the resolved parameters: what a run depends on besides its seed. */
  readonly paramsHash: string;
  /** The overrides applied, as typed. */
  readonly overrides: readonly string[];
}

/**
 * Reads, validates and resolves a scenario file (YAML or JSON).
 *
 * @example
 * const scenario = loadScenario('scenarios/durand-line-2025.yaml', { set: ['spoilers.ttp.hazard=0.3'] });
 * scenario.params.states.map((s) => s.id); // ['afghanistan', 'pakistan']: sorted by id
 *
 * @throws InputError listing every problem as `file:line:column path: expected …, found …`.
 */
export function loadScenario(file: string, options: LoadOptions = {}): LoadedScenario {
  return loadScenarioText(readScenarioText(file), file, options);
}

/** The same as `loadScenario` for text already in memory (tests, the library API). */
export function loadScenarioText(text: string, source: string, options: LoadOptions = {}): LoadedScenario {
  const problems: Problem[] = [];
  const overrides: Override[] = [];
  const flagged = [...(options.set ?? []).map((raw) => [raw, '--set'] as const), ...(options.setB ?? []).map((raw) => [raw, '--set-b'] as const)];
  for (const [raw, flag] of flagged) {
    try {
      overrides.push(parseOverride(raw, flag));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (options.days !== undefined) overrides.push({ source: `--days ${options.days}`, path: ['days'], value: options.days });
  const parsed = parseScenarioText(text, source);
  problems.push(...parsed.problems);
  if (problems.length > 0) throw new InputError(problems);
  const data = applyOverrides(parsed.data, overrides);
  const resolved = resolveScenario(validateScenario(parsed, data, overrides));
  return {
    ...resolved,
    file: source,
    fileHash: sha256(text),
    paramsHash: contentHash(resolved.params),
    overrides: overrides.map((o) => o.source),
  };
}
