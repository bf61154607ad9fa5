/**
 * Every message brink shows a person about bad input lives here, so wording stays consistent
 * and one file shows what users can be told. A problem says where (file:line:column, or the
 * `--set` it came from), which path, what was expected and what was found.
 */

export interface Problem {
  /** A file path, or a description of a command-line source such as `--set a.b=1`. */
  readonly source: string;
  /** 1-based; absent when the source has no lines (command-line flags). */
  readonly line?: number;
  readonly column?: number;
  /** Dotted path into the scenario, `events[2].day`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
}

/** Bad input: the CLI prints the problems and exits 2, having written nothing. */
export class InputError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}

export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.source : `${problem.source}:${problem.line}:${problem.column ?? 1}`;
  return escapeBidi(problem.path === '' ? `${where}: ${problem.message}` : `${where} ${problem.path}: ${problem.message}`);
}

/** Unicode bidirectional controls (LRM/RLM, ALM, embeddings, overrides, isolates). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Bidi controls shown as `\u{202E}`: echoed raw, one from a file name, key or value would
 * reorder the rest of the line in the terminal, so a message could read as something else.
 */
export function escapeBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** Renders a path as `states.pakistan.capability` or `events[3].day`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** How a found value is shown: short, quoted when a string, type-named when a structure. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

export const messages = {
  expectedFound: (expected: string, found: unknown) => `expected ${expected}, found ${describeValue(found)}`,
  sizeLimit: (bound: 'at most' | 'at least', limit: number, unit: 'character' | 'item', found: number) =>
    `expected ${bound} ${limit} ${unit}${limit === 1 ? '' : 's'}, found ${found}`,
  missing: (expected: string) => `missing: expected ${expected}`,
  unknownKey: (key: string, suggestion: string | undefined) =>
    suggestion === undefined ? `unknown key ${JSON.stringify(key)}` : `unknown key ${JSON.stringify(key)} (did you mean ${JSON.stringify(suggestion)}?)`,
  forbiddenKey: (key: string) => `key ${JSON.stringify(key)} is not allowed (it could tamper with object prototypes)`,
  nonFinite: (text: string) => `expected a finite number, found ${text}`,
  emptyFile: () => 'the file is empty: expected a scenario mapping (name, states, ...)',
  notText: () => 'expected a UTF-8 text file (YAML or JSON), found binary data',
  tooLarge: (bytes: number, limit: number) => `the file is ${bytes} bytes; scenario files are limited to ${limit} bytes (1 MiB)`,
  unreadable: (reason: string) => `cannot read the file: ${reason}`,
  notAMapping: (found: unknown, kind = 'scenario') => `expected a ${kind} mapping at the top level, found ${describeValue(found)}`,
  aliasBomb: (limit: number) => `too many YAML alias expansions (more than ${limit}): refusing a possible alias bomb`,
  undefinedAlias: (name: string) => `alias *${name} refers to no anchor: define &${name} before it is used`,
  yamlSyntax: (detail: string) => `invalid YAML: ${detail}`,
  yamlVersion: (directive: string) =>
    `unsupported YAML directive ${directive}: brink reads YAML 1.2 (where yes/no are strings, 010 is ten and dates are plain text): remove the line`,
  yamlDirective: (directive: string) => `unsupported YAML directive ${directive}: brink reads %YAML 1.2 and %TAG only: remove the line`,
  timestampTag: (tag: string) => `unsupported tag ${tag}: write dates as plain YYYY-MM-DD, without a tag`,
  unsupportedTag: (tag: string) =>
    `unsupported tag ${tag}: brink reads plain values (strings, numbers, true/false, null, mappings and lists): remove the tag`,
  exactlyTwoStates: (ids: readonly string[]) =>
    `expected exactly two states, found ${ids.length}${ids.length > 0 ? ` (${ids.join(', ')})` : ''}`,
  unknownReference: (kind: string, id: unknown, known: readonly string[], suggestion: string | undefined) =>
    `expected the id of a ${kind} (${known.length > 0 ? known.join(', ') : 'none defined'}), found ${describeValue(id)}` +
    (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`),
  sameHostAndTarget: (id: string) => `expected host and target to be different states, found ${JSON.stringify(id)} for both`,
  dayBeyondHorizon: (day: number, days: number) => `expected a day from 0 to ${days - 1} (the horizon is ${days} days), found ${day}`,
  oneAction: (found: readonly string[], allowed: readonly string[]) =>
    found.length === 0
      ? `expected exactly one action (${allowed.join(', ')}), found none`
      : `expected exactly one action, found ${found.length} (${found.join(', ')})`,
  historyAfterFirstDay: (since: number, firstDay: number) =>
    `expected a day at or before the first simulated day (${firstDay}: the earliest event day, or 0), found ${since}`,
  truceNeedsUntil: () => 'a truce in the history needs its last day: expected until (a day at or after the first simulated day)',
  untilOnlyForTruce: (kind: string, until: unknown) => `until is the last day of a truce: expected no until for a ${kind}, found ${describeValue(until)}`,
  truceEndsBeforeRun: (until: number, firstDay: number) =>
    `expected the truce to last into the run: a day at or after the first simulated day (${firstDay}), found ${until}`,
  roundsOnlyForCeasefire: (key: string, kind: string, found: unknown) =>
    `${key} belongs to follow-up rounds, which only a ceasefire has: expected no ${key} for a ${kind}, found ${describeValue(found)}`,
  hostCannotHost: (id: string) => `expected a third party that can host talks (canHost: true), found ${JSON.stringify(id)}, which cannot`,
  leansTowardNeeded: (bias: number) => `expected leansToward (a state id) since bias is ${bias}`,
  rungAboveMax: (rung: number, maxRung: number, state: string) =>
    `expected a rung from 0 to ${maxRung} (the maxRung of ${state}), found ${rung}`,
  severityRange: (min: number, max: number) => `expected severityMax ≥ severityMin (${min}), found ${max}`,
  zeroKineticIntensity: (kinetic: number) =>
    `expected the intensity of the kinetic rung ${kinetic} to be > 0 (lower rungs scale by it), found 0`,
  rungAboveTop: (rung: number, top: number) => `expected a rung from 0 to ${top} (the top of the ladder), found ${rung}`,
  thresholdsNeeded: () => 'a ladder of its own needs thresholds: expected ladder.thresholds { kinetic, audience, deepStrike, war }',
  thresholdOrder: (name: string, previous: string, previousRung: number, rung: number) =>
    `expected ${name} ≥ ${previous} (${previousRung}): thresholds go kinetic ≤ audience ≤ deepStrike ≤ war, found ${rung}`,
  unthinkableAboveWar: (war: number, rung: number) => `expected the unthinkable rung above war (${war}), found ${rung}`,
  flagRepeated: (values: readonly string[]) => `expected one value, found ${values.length} (${values.map((v) => JSON.stringify(v)).join(', ')}): give it once`,
  setSyntax: (raw: string) => `expected path=value (for example states.pakistan.capability=0.5), found ${JSON.stringify(raw)}`,
  setListIndex: (list: string, length: number, found: string | number) =>
    `${list} is a list: expected an index from 0 to ${length} (${length} adds an item) written as a plain whole number, found ${JSON.stringify(String(found))}`,
  setThroughValue: (prefix: string, found: unknown) => `cannot set inside ${prefix}: it is ${describeValue(found)}, not a mapping or list`,
  duplicateId: (id: string) => `expected a unique id, found ${JSON.stringify(id)} a second time`,
  seedFormat: (seed: string) => `expected a seed of 1–64 letters, digits, . _ : or -, found ${JSON.stringify(seed)}`,
  seedNeeded: () => 'expected a seed: pass { seed } or give the scenario a seed (bare parameters carry none)',
  scenarioName: (name: string) =>
    `expected a scenario name: up to 64 lower-case letters, digits, - or _, starting with a letter or digit (it names output folders), found ${JSON.stringify(name)}`,
  fileExists: () => 'the file exists already: brink init never overwrites a file unless given --force (or choose another name or --out)',
  notAFolder: (found: string) => `expected a folder to write into, found ${found}`,
  runsNeeded: () => 'expected the ensemble size { runs } (bare parameters carry no default)',
  // Two scenarios side by side (brink compare, brink diff).
  pairStates: (other: string, expected: readonly string[], found: readonly string[]) =>
    `expected the same two states as ${other} (${expected.join(', ')}) so runs can be paired, found ${found.join(', ')}`,
  pairDays: (other: string, expected: number, found: number) =>
    `expected the same horizon as ${other} (${expected} days) so days can be paired, found ${found} days (--days sets both)`,
  diffRunCount: (flag: string, count: number) => `expected ${flag} once or twice (one value per side), found ${count} values`,
  diffNothingToCompare: () =>
    'nothing tells the two runs apart: give two seeds (--seed a --seed b), two run indices (--run-index j --run-index k) or a change to B (--set-b path=value)',
  diffNotAFolder: () =>
    'expected an output folder (brink diff <dirA> <dirB>), found a file; for two scenario files use brink compare <a> <b> (ensembles), or brink diff <scenario> --set-b path=value (one run each)',
  diffOneFolder: () => 'expected a scenario file, or two output folders to compare; found one folder',
  diffMissingPath: () => 'no such file or folder',
  diffFolderFlags: (flags: readonly string[]) => `${flags.join(', ')} ${flags.length === 1 ? 'applies' : 'apply'} to runs of a scenario, not to comparing two output folders`,
  // brink sweep
  paramSyntax: (raw: string) =>
    `expected path=from:to:steps (for example spoilers.ttp.hazard=0.02:0.3:6; path=from:to with --design lhs or sobol), found ${JSON.stringify(raw)}`,
  paramNumber: (what: string, text: string) => `expected ${what} to be a finite number, found ${JSON.stringify(text)}`,
  paramSteps: (text: string) => `expected steps to be a whole number from 1 to 10000, found ${JSON.stringify(text)}`,
  paramOneStep: (from: number, to: number) => `1 step gives one value: expected from = to, found ${from}:${to} (use 2 steps or more for a range)`,
  paramStepsNeeded: (path: string) => `--design grid needs a number of steps: expected ${path}=from:to:steps`,
  paramStepsIgnored: (raw: string, design: string) => `note: --design ${design} draws --samples points over the range; the steps of --param ${raw} are not used`,
  paramUnknownPath: (path: string, closest: readonly string[]) =>
    `expected the path of a numeric parameter of this scenario, found ${JSON.stringify(path)}` +
    (closest.length === 0 ? '' : `; closest valid paths: ${closest.join(', ')}`),
  paramNotNumeric: (path: string, expected: string) => `${path} expects ${expected}, not a number: only numeric parameters can be swept (vary others with --set, one run at a time)`,
  paramOutOfRange: (path: string, value: number, expected: string) => `${value} is outside the valid range of ${path}: expected ${expected}`,
  paramNotWhole: (path: string, value: number) => `${path} takes whole numbers: expected whole range ends, found ${value}`,
  paramDuplicate: (path: string) => `${path} is given twice: expected each parameter at most once`,
  candidateInvalid: (assignment: string) => `the candidate ${assignment} is not a valid scenario: see the problem above`,
  pointInvalid: (point: number, assignment: string) => `sweep point ${point} (${assignment}) is not a valid scenario: see the problem above`,
  paramNeeded: () => 'expected at least one --param path=from:to:steps',
  samplesNeeded: (design: string) => `--design ${design} needs --samples K (the number of ${design === 'sobol' ? 'base samples N; it runs N·(k+2) points' : 'points'})`,
  samplesPowerOfTwo: (samples: number) =>
    `note: --samples ${samples} is not a power of two; the Sobol' sequence is balanced at powers of two (${2 ** Math.floor(Math.log2(samples))} or ${2 ** Math.ceil(Math.log2(samples))} would estimate the indices better)`,
  samplesNotForGrid: () => '--samples applies to --design lhs and sobol; a grid has the points its steps give',
  tooManyPoints: (points: number, limit: number) => `the design has ${points.toLocaleString('en-US')} points; a sweep is limited to ${limit.toLocaleString('en-US')} (fewer steps, samples or parameters)`,
  sobolParameters: (count: number, limit: number) => `--design sobol supports 1 to ${limit} parameters, found ${count}`,
  unknownOutcome: (name: string, known: readonly string[], suggestion: string | undefined) =>
    `expected one of ${known.join(', ')}, found ${JSON.stringify(name)}` + (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`),
  outcomeNotForChart: (name: string) => `${name} has no value at some points (it is undefined where no run had a ceasefire): choose another outcome`,
  mergeMixedCommands: (_dir: string, command: string, first: string) =>
    `expected ${first} folders only, found ${/^[aeiou]/.test(command) ? 'an' : 'a'} ${command} folder`,
  mergeSweepMismatch: (what: string, first: string, mine: string, theirs: string) => `expected the ${what} of ${first} (${theirs}), found ${mine}`,
  mergeSweepPoints: (missing: readonly number[], total: number) =>
    `points ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''} of ${total} are in none of the folders`,
  mergeSweepTwice: (point: number) => `point ${point} is in two folders`,
  recordedParamsShape: () =>
    'expected the resolved parameters of a scenario as brink records them, found values no scenario file resolves to: the manifest was edited',
  fileChanged: () => "its bytes differ from the sha256 its folder's manifest records: it was changed after brink wrote it",
  foreignIndex: () =>
    'this index.html was not written by brink, and brink writes its list of reports there: choose another --out, or pass --overwrite-index to replace it',
} as const;

/** Messages of `extends:` (a scenario file applied onto a base file: scenarios/extendsChain.ts). */
export const extendsMessages = {
  notAPath: (found: unknown) => `expected the path of a base scenario file (a string, relative to this file's folder), found ${describeValue(found)}`,
  unreadable: (tried: string, reason: string) => `cannot read the base scenario ${tried}: ${reason}`,
  cycle: (files: readonly string[]) => `extends makes a cycle: ${files.join(' → ')}`,
  tooDeep: (limit: number, files: readonly string[]) => `extends chains at most ${limit} files deep, found a longer chain: ${files.join(' → ')} → …`,
  noResolver: () => 'extends needs the base file, and this scenario was given as text without a way to read files: load it from a file (loadScenario) or pass resolveBase',
  boutSetsParameter: (path: string) =>
    `--param ${path}: this bout file sets it itself, so the dyad file's value would not reach this bout: a shared parameter must live only in the dyad file (remove it here, or search another path)`,
} as const;

/** Messages of `brink check --cases` and `brink calibrate --cases` about a case library (commands/cases/discover.ts). */
export const casesMessages = {
  notAFolder: (reason: string) => `expected a folder of cases (scenarios/cases, or one dyad's folder in it), found ${reason}`,
  noBouts: () => 'expected bouts: <dyad>/<bout>.yaml files each with a <bout>.targets.yaml beside it, found none',
  boutWithoutTargets: (targets: string) => `a bout without targets: expected ${targets} beside it`,
  targetsWithoutBout: (scenario: string) => `targets without a bout: expected ${scenario} beside it`,
  oneDyad: (dyads: readonly string[]) => `brink calibrate --cases takes one dyad's folder, found bouts of ${dyads.length} dyads (${dyads.join(', ')})`,
  noDyadFile: (bout: string) => `expected the bout to extend its dyad file (extends: ../<dyad>.yaml), found no extends in ${bout}`,
  mixedDyadFiles: (first: string, other: string) => `expected every bout of the dyad to extend the same dyad file, found ${first} and ${other}`,
} as const;
