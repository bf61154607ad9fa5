/**
 * What makes a parameter a dyad's shared one in `brink calibrate --cases`: it is written in the
 * dyad file all bouts extend, and no bout file sets it (a bout's own value would win the merge,
 * so the calibrated dyad file would not give the values the search scored).
 */
import { InputError, loadScenario, type LoadedScenario, type Problem } from '../../scenarios/index.js';
import { casesMessages, extendsMessages } from '../../scenarios/messages.js';
import { readScenarioText } from '../../scenarios/source.js';
import { parseScenarioText, positionOf } from '../../scenarios/yamlDocument.js';
import type { SweepParameter } from '../../sim/design/sweepParameter.js';
import type { LoadedBout } from '../cases/bouts.js';

/** The one file every bout extends directly. */
export function dyadFileOf(bouts: readonly LoadedBout[]): string {
  const problems: Problem[] = [];
  const bases = bouts.map((b) => {
    const base = b.scenario.chain[1]?.file;
    if (base === undefined) problems.push({ source: b.files.scenario, path: '', message: casesMessages.noDyadFile(b.files.scenario) });
    return base;
  });
  if (problems.length > 0) throw new InputError(problems);
  const first = bases[0]!;
  const other = bouts.findIndex((_, n) => bases[n] !== first);
  if (other >= 0) throw new InputError([{ source: bouts[other]!.files.scenario, path: 'extends', message: casesMessages.mixedDyadFiles(first, bases[other]!) }]);
  return first;
}

const isMapping = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The prefix of `path` a file's data sets (the whole path, or a list or value above it), or undefined. */
function setPrefix(data: unknown, path: readonly (string | number)[]): (string | number)[] | undefined {
  let node = data;
  for (let n = 0; n < path.length; n += 1) {
    if (!isMapping(node)) return n === 0 ? undefined : path.slice(0, n);
    node = node[String(path[n])];
    if (node === undefined) return undefined;
  }
  return [...path];
}

/** InputError at each bout file's line:column that sets a searched path itself. */
export function refuseBoutSetParameters(bouts: readonly LoadedBout[], parameters: readonly SweepParameter[]): void {
  const problems: Problem[] = [];
  for (const bout of bouts) {
    const parsed = parseScenarioText(readScenarioText(bout.files.scenario), bout.files.scenario);
    for (const parameter of parameters) {
      const prefix = setPrefix(parsed.data, parameter.segments);
      if (prefix === undefined) continue;
      problems.push({ source: bout.files.scenario, ...positionOf(parsed, prefix), path: prefix.join('.'), message: extendsMessages.boutSetsParameter(parameter.path) });
    }
  }
  if (problems.length > 0) throw new InputError(problems);
}

/**
 * Every bout loaded on the calibrated dyad text (in place of the dyad file) must give the
 * parameters the search scored: otherwise the written file would not reproduce the result.
 */
export function boutsWithDyad(bouts: readonly LoadedBout[], dyadFile: string, dyadText: string, scored: (n: number) => LoadedScenario): LoadedScenario[] {
  return bouts.map((bout, n) => {
    const expected = scored(n);
    const again = loadScenario(bout.files.scenario, { resolveBase: (file) => (file === dyadFile ? dyadText : readScenarioText(file)) });
    if (again.paramsHash !== expected.paramsHash) throw new Error(`the calibrated dyad file does not reproduce the parameters checked for ${bout.files.scenario}`);
    return expected;
  });
}
