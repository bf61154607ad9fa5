/**
 * `extends:` (scenarios/extendsChain.ts): a file applied onto its base as a JSON Merge Patch,
 * chains, refusals, problems located in the file that wrote the value, the manifest's chain and
 * replay of a folder made from an extending file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, loadScenario, loadScenarioText, MAX_EXTENDS_DEPTH } from '../../src/scenarios/index.js';
import { resolveRelative } from '../../src/scenarios/extendsChain.js';
import { replayPipeline, runPipeline } from '../../src/index.js';

const DYAD = readFileSync('test/fixtures/cases/alpha-beta.yaml', 'utf8');
const root = mkdtempSync(join(tmpdir(), 'brink-extends-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let folderCount = 0;
/** Writes files (path → text) into a fresh folder; returns its path. */
function files(entries: Record<string, string>): string {
  const dir = join(root, `f${(folderCount += 1)}`);
  for (const [name, text] of Object.entries(entries)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function problemsOf(file: string, set: string[] = []): string[] {
  try {
    loadScenario(file, { set });
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.source}${p.line === undefined ? '' : `:${p.line}:${p.column}`} ${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('extends: merge semantics (RFC 7386)', () => {
  it('mappings merge key by key, the extending file winning', () => {
    const bout = loadScenario('test/fixtures/cases/alpha-beta/2021-06-second.yaml');
    const dyad = loadScenario('test/fixtures/cases/alpha-beta.yaml', {
      set: ['name=second', 'thirdParties.broker.offerAfterDays=9', 'events.0.spoilerAttack.deaths=40'],
    });
    expect(bout.params).toEqual(dyad.params);
    expect(bout.params.thirdParties[0]!.leverage).toEqual(dyad.params.thirdParties[0]!.leverage);
  });

  it('a list replaces the base list wholesale', () => {
    const dir = files({
      'dyad.yaml': DYAD.replace('events:\n', 'events:\n  - day: 3\n    spoilerAttack: { spoiler: militants, deaths: 2 }\n'),
      'bout.yaml': 'extends: dyad.yaml\nevents:\n  - day: 1\n    spoilerAttack: { spoiler: militants, deaths: 7 }\n',
    });
    expect(loadScenario(join(dir, 'dyad.yaml')).params.events).toHaveLength(2);
    const events = loadScenario(join(dir, 'bout.yaml')).params.events;
    expect(events).toHaveLength(1);
    expect(events[0]!.day).toBe(1);
  });

  it('an explicit null removes the key', () => {
    const dir = files({ 'dyad.yaml': DYAD, 'bout.yaml': 'extends: dyad.yaml\nthirdParties:\n  broker: null\nstates:\n  alpha:\n    tolerance: null\n' });
    const bout = loadScenario(join(dir, 'bout.yaml'));
    expect(bout.params.thirdParties).toEqual([]);
    // tolerance removed: the profile's default, as if the dyad file had not set it.
    const withoutTolerance = loadScenarioText(DYAD.replace('    tolerance: 4.6 # evidence: the record of alpha\'s restraint\n', ''), 'x.yaml');
    expect(bout.params.states[0]!.tolerance).toBe(withoutTolerance.params.states[0]!.tolerance);
    expect(bout.params.states[0]!.tolerance).not.toBe(4.6);
  });

  it('a base may extend another: the chain merges from the deepest base up', () => {
    const dir = files({
      'a.yaml': DYAD,
      'sub/b.yaml': 'extends: ../a.yaml\ndays: 20\nstates: { alpha: { tolerance: 3.3 } }\n',
      'sub/deeper/c.yaml': 'extends: ../b.yaml\nname: c\nstates: { beta: { capability: 0.5 } }\n',
    });
    const c = loadScenario(join(dir, 'sub/deeper/c.yaml'));
    expect(c.info.name).toBe('c');
    expect(c.params.days).toBe(20);
    expect(c.params.states.map((s) => [s.tolerance === 3.3, s.capability])).toEqual([
      [true, c.params.states[0]!.capability],
      [false, 0.5],
    ]);
    expect(c.chain.map((f) => f.file)).toEqual([join(dir, 'sub/deeper/c.yaml'), join(dir, 'sub/b.yaml'), join(dir, 'a.yaml')]);
  });

  it('--set and --days apply after the merge', () => {
    const bout = loadScenario('test/fixtures/cases/alpha-beta/2021-06-second.yaml', { set: ['thirdParties.broker.offerAfterDays=3'], days: 25 });
    expect(bout.params.thirdParties[0]!.offerAfterDays).toBe(3);
    expect(bout.params.days).toBe(25);
  });

  it('resolves paths against the extending file\'s folder', () => {
    expect(resolveRelative('scenarios/cases/a/b.yaml', '../a.yaml')).toBe('scenarios/cases/a.yaml');
    expect(resolveRelative('b.yaml', './a.yaml')).toBe('a.yaml');
    expect(resolveRelative('/x/y/b.yaml', '../../a.yaml')).toBe('/a.yaml');
    expect(resolveRelative('x/b.yaml', '/abs/a.yaml')).toBe('/abs/a.yaml');
    expect(resolveRelative('b.yaml', '../a.yaml')).toBe('../a.yaml');
  });
});

describe('extends: refusals', () => {
  it('a cycle is refused at the extends that closes it', () => {
    const dir = files({ 'a.yaml': `extends: b.yaml\n${DYAD}`, 'b.yaml': 'extends: a.yaml\nname: b\n' });
    const [a, b] = [join(dir, 'a.yaml'), join(dir, 'b.yaml')];
    expect(problemsOf(a)).toEqual([`${b}:1:10 extends: extends makes a cycle: ${a} → ${b} → ${a}`]);
  });

  it(`a chain deeper than ${MAX_EXTENDS_DEPTH} files is refused`, () => {
    const entries: Record<string, string> = { 'f0.yaml': DYAD };
    for (let n = 1; n <= MAX_EXTENDS_DEPTH; n += 1) entries[`f${n}.yaml`] = `extends: f${n - 1}.yaml\ndays: ${n + 10}\n`;
    const dir = files(entries);
    expect(loadScenario(join(dir, `f${MAX_EXTENDS_DEPTH - 1}.yaml`)).params.days).toBe(MAX_EXTENDS_DEPTH + 9);
    const problems = problemsOf(join(dir, `f${MAX_EXTENDS_DEPTH}.yaml`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${join(dir, 'f1.yaml')}:1:10 extends: extends chains at most 8 files deep, found a longer chain: `));
  });

  it('a missing base names the extends value\'s position and the path tried', () => {
    const dir = files({ 'cases/bout.yaml': '# a bout\nname: bout\nextends:   ../nowhere.yaml\n' });
    expect(problemsOf(join(dir, 'cases/bout.yaml'))).toEqual([
      `${join(dir, 'cases/bout.yaml')}:3:12 extends: cannot read the base scenario ${join(dir, 'nowhere.yaml')}: cannot read the file: no such file`,
    ]);
  });

  it('extends must be a string', () => {
    const dir = files({ 'bout.yaml': 'name: bout\nextends: [a.yaml]\n' });
    expect(problemsOf(join(dir, 'bout.yaml'))).toEqual([
      `${join(dir, 'bout.yaml')}:2:10 extends: expected the path of a base scenario file (a string, relative to this file's folder), found a list of 1`,
    ]);
  });

  it('text without a resolver (the library, the browser) refuses extends with a message', () => {
    expect(() => loadScenarioText('extends: dyad.yaml\nname: x\n', 'bout.yaml')).toThrow(/bout\.yaml:1:10 extends: extends needs the base file/);
    const withResolver = loadScenarioText('extends: ../alpha-beta.yaml\nname: x\n', 'test/fixtures/cases/alpha-beta/x.yaml', {
      resolveBase: (file) => readFileSync(file, 'utf8'),
    });
    expect(withResolver.info.name).toBe('x');
  });
});

describe('extends: problems located in the file that wrote the value', () => {
  const badDyad = DYAD.replace('tolerance: 4.6', 'tolerance: -2');
  const bout = '# a bout\nextends: ../dyad.yaml\nname: bout\nstates:\n  beta:\n    capability: -1\n';
  const dir = files({ 'dyad.yaml': badDyad, 'cases/bout.yaml': bout });
  const [dyadFile, boutFile] = [join(dir, 'dyad.yaml'), join(dir, 'cases/bout.yaml')];

  it('an inherited value at the base file\'s line:column, the bout\'s own at the bout\'s', () => {
    const problems = problemsOf(boutFile);
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${boutFile}:6:17 states\\.beta\\.capability: expected a number`)),
      expect.stringMatching(new RegExp(`^${dyadFile}:${lineOf(badDyad, 'tolerance: -2')}:16 states\\.alpha\\.tolerance: expected a number`)),
    ]);
  });

  it('an unknown key at the key, in the file that has it; a --set at the flag', () => {
    const d = files({ 'dyad.yaml': DYAD, 'bout.yaml': 'extends: dyad.yaml\nstates:\n  alpha:\n    tolerence: 3\n' });
    expect(problemsOf(join(d, 'bout.yaml'), ['states.beta.capability=-1'])).toEqual([
      expect.stringMatching(/^--set states\.beta\.capability=-1 states\.beta\.capability: expected a number/),
      expect.stringMatching(new RegExp(`^${join(d, 'bout.yaml')}:4:5 states\\.alpha\\.tolerence: unknown key "tolerence" \\(did you mean "tolerance"\\?\\)`)),
    ]);
  });

  it('a value the bout replaced wholesale is the bout\'s, even below the base\'s lines', () => {
    const d = files({ 'dyad.yaml': DYAD, 'bout.yaml': 'extends: dyad.yaml\nevents:\n  - day: 99\n    spoilerAttack: { spoiler: militants, deaths: 2 }\n' });
    expect(problemsOf(join(d, 'bout.yaml'))).toEqual([expect.stringMatching(new RegExp(`^${join(d, 'bout.yaml')}:3:10 events\\[0\\]\\.day: expected a day from 0 to 39`))]);
  });
});

describe('extends: outputs', () => {
  it('the manifest lists every file of the chain with its sha256, and replay verifies the folder', async () => {
    const out = join(root, 'reports');
    const { folder, scenario } = await runPipeline({ scenario: 'test/fixtures/cases/alpha-beta/2021-06-second.yaml', seed: 'chain', out, charts: false });
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest.scenario.chain).toEqual([
      { file: 'test/fixtures/cases/alpha-beta/2021-06-second.yaml', sha256: scenario.fileHash },
      { file: 'test/fixtures/cases/alpha-beta.yaml', sha256: loadScenario('test/fixtures/cases/alpha-beta.yaml').fileHash },
    ]);
    const replay = await replayPipeline({ dir: folder, workers: 1 });
    expect(replay.firstDifference).toBeUndefined();
    expect(replay.files.length).toBeGreaterThan(2);
  });

  it('a file that extends none records no chain (manifests of plain files unchanged)', async () => {
    const out = join(root, 'reports-plain');
    const { folder } = await runPipeline({ scenario: 'test/fixtures/cases/alpha-beta.yaml', seed: 'plain', out, charts: false });
    expect(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')).scenario.chain).toBeUndefined();
  });
});

describe('extends: the explorer page', () => {
  it('gets the merged chain as one document, which loads without files to the same parameters', async () => {
    const { flattenedText } = await import('../../src/commands/explore/pipeline.js');
    const file = 'test/fixtures/cases/alpha-beta/2021-06-second.yaml';
    const scenario = loadScenario(file);
    const text = flattenedText(file, scenario);
    expect(text).not.toMatch(/^extends:/m);
    expect(loadScenarioText(text, 'page.yaml').paramsHash).toBe(scenario.paramsHash);
  });
});
