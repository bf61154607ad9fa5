/**
 * Scenario file → validated, resolved scenario. The entry point of `src/scenarios`.
 *
 * Phases:
 *   1. read the file, refusing oversize, empty and binary input  (source.ts)
 *   2. parse YAML/JSON keeping positions; refuse alias bombs, prototype keys, non-finite numbers
 *                                                                  (yamlDocument.ts)
 *   3. `extends:` read and parse each base, merge the chain as JSON Merge Patches keeping the
 *      file of every value                                         (extendsChain.ts)
 *   4. apply `--set` / `--days` overrides to the plain data        (overrides.ts)
 *   5. validate against the zod schema and cross-references, every problem at once
 *                                                                  (validate.ts)
 *   6. resolve defaults, indices and canonical order; hash         (resolve.ts, hash.ts)
 */
import { parseScenarioChain, type BaseResolver, type ChainFile } from './extendsChain.js';
import { contentHash } from './hash.js';
import { InputError, type Problem } from './messages.js';
import { applyOverrides, parseOverride, type Override } from './overrides.js';
import { resolveScenario, type ResolvedScenario } from './resolve.js';
import { readScenarioText } from './source.js';
import { validateScenario } from './validate.js';

export interface LoadOptions {
  /** `--set path=value` flags, as typed. */
  readonly set?: readonly string[];
  /** `--set-b path=value`: overrides of the second scenario of a pair, applied after `set`. */
  readonly setB?: readonly string[];
  /** `--days N`: the horizon, overriding the file's. */
  readonly days?: number;
  /**
   * Reads the base file of an `extends:` (its path already resolved against the extending
   * file's folder). loadScenario passes a file reader; without one, `extends` is refused.
   */
  readonly resolveBase?: BaseResolver;
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
  /** Every file that went into the scenario: the file itself, then the base it extends, …. */
  readonly chain: readonly ChainFile[];
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
  return loadScenarioText(readScenarioText(file), file, withFileResolver(options));
}

/** Bases of `extends:` read from the file system, as the file itself is. */
function withFileResolver(options: LoadOptions): LoadOptions {
  return options.resolveBase === undefined ? { ...options, resolveBase: readScenarioText } : options;
}

/** The same as `loadScenario` for text already in memory (tests, the library API). */
export function loadScenarioText(text: string, source: string, options: LoadOptions = {}): LoadedScenario {
  return prepareScenarioText(text, source, options).base;
}

/**
 * A scenario parsed once and loadable with further overrides: `brink sweep` validates and
 * resolves one variant per design point without re-reading or re-parsing the file.
 */
export interface PreparedScenario {
  /** The scenario with the `--set`/`--days` overrides of the options. */
  readonly base: LoadedScenario;
  /** The file's data after those overrides, before validation (for listing parameter paths). */
  readonly data: unknown;
  /** The scenario with more overrides applied after the options' ones, validated like the file. */
  withOverrides(extra: readonly Override[]): LoadedScenario;
}

export function prepareScenario(file: string, options: LoadOptions = {}): PreparedScenario {
  return prepareScenarioText(readScenarioText(file), file, withFileResolver(options));
}

export function prepareScenarioText(text: string, source: string, options: LoadOptions = {}): PreparedScenario {
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
  const { parsed, data, files: chain, problems: parseProblems } = parseScenarioChain(text, source, options.resolveBase);
  problems.push(...parseProblems);
  if (problems.length > 0) throw new InputError(problems);
  const fileHash = chain[0]!.sha256;
  const load = (all: readonly Override[]): LoadedScenario => {
    const resolved = resolveScenario(validateScenario(parsed, applyOverrides(data, all), all));
    return { ...resolved, file: source, fileHash, paramsHash: contentHash(resolved.params), overrides: all.map((o) => o.source), chain };
  };
  const base = load(overrides);
  return {
    base,
    data: applyOverrides(data, overrides),
    withOverrides: (extra) => load([...overrides, ...extra]),
  };
}
