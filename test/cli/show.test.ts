/** `brink scenarios` and `brink show`: what an analyst looks at before running anything. */
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { firstSentence, scenariosPipeline, scenariosText } from '../../src/commands/scenarios/pipeline.js';
import { loadScenario, loadScenarioText } from '../../src/scenarios/index.js';
import { bundledScenarioNames } from '../../src/scenarios/packageFiles.js';
import { brink, brinkProcess, tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/scenarios.js';

const QUIET = 'scenarios/quiet-border.yaml';

describe('brink scenarios', () => {
  it('lists every bundled scenario on one line: name, first sentence, path', async () => {
    const result = await brink(['scenarios']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    // The scenarios come first; the case library, if any, follows after a blank line.
    const lines = result.stdout.split('\n\n')[0]!.trimEnd().split('\n');
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(bundledScenarioNames());
    for (const [i, name] of bundledScenarioNames().entries()) {
      const file = `scenarios/${name}.yaml`;
      expect(lines[i]).toContain(`  ${firstSentence(loadScenario(file).info.description)}  (${file})`);
    }
  });

  it('--json gives the same list for programs', async () => {
    const result = await brink(['scenarios', '--json']);
    const list = JSON.parse(result.stdout) as { path: string; kind: string }[];
    expect(list.filter((s) => s.kind === 'scenario').map((s) => s.path)).toEqual(bundledScenarioNames().map((n) => `scenarios/${n}.yaml`));
  });

  it('lists the case library grouped by dyad: the dyad file, then its bouts indented', () => {
    const folder = tempDir();
    cpSync('scenarios/quiet-border.yaml', join(folder, 'quiet-border.yaml'));
    cpSync('test/fixtures/cases', join(folder, 'cases'), { recursive: true });
    const list = scenariosPipeline(folder, folder);
    expect(list.map((s) => [s.kind, s.name, s.path])).toEqual([
      ['scenario', 'quiet-border', 'quiet-border.yaml'],
      ['dyad', 'alpha-beta', 'cases/alpha-beta.yaml'],
      ['bout', '2020-01-first', 'cases/alpha-beta/2020-01-first.yaml'],
      ['bout', '2021-06-second', 'cases/alpha-beta/2021-06-second.yaml'],
    ]);
    const text = scenariosText(list).split('\n');
    expect(text[2]).toBe('case library (brink check --cases scenarios/cases; each bout extends its dyad file):');
    expect(text[3]).toMatch(/^alpha-beta \(dyad file\)  Two small states/);
    expect(text[4]).toMatch(/^  2020-01-first {9}Two small states/);
  });

  it('cuts a description at its first sentence, not at a colon or a decimal point', () => {
    expect(firstSentence('A quiet border: one bout,\n  then 0.5 of a fade. Then more.')).toBe('A quiet border: one bout, then 0.5 of a fade.');
    expect(firstSentence('No full stop')).toBe('No full stop');
  });
});

describe('brink show', () => {
  it('prints YAML that is itself a scenario resolving to the same parameters', async () => {
    const result = await brink(['show', QUIET]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(loadScenarioText(result.stdout, 'shown.yaml').paramsHash).toBe(loadScenario(QUIET).paramsHash);
  });

  it('applies --set and --days, names them in the header, and --json gives the same document', async () => {
    const flags = ['--set', 'spoilers.ttp.hazard=0.3', '--days', '30'];
    const yaml = await brink(['show', QUIET, ...flags]);
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toContain('#   --set spoilers.ttp.hazard=0.3\n');
    const doc = parse(yaml.stdout);
    expect(doc.days).toBe(30);
    expect(doc.spoilers.ttp.hazard).toBe(0.3);
    expect(loadScenarioText(yaml.stdout, 'shown.yaml').paramsHash).toBe(loadScenario(QUIET, { set: ['spoilers.ttp.hazard=0.3'], days: 30 }).paramsHash);
    const json = await brink(['show', QUIET, ...flags, '--json']);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('refuses what brink run refuses, with the same message (file:line:column), exit 2', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'name: bad\ndescription: x\ndays: 0\nstates: {}\n');
    for (const args of [[file], [QUIET, '--set', 'states.pakistan.capability=abc'], [QUIET, '--days', 'abc'], [QUIET, '--set', 'nope=1']]) {
      const shown = await brink(['show', ...args]);
      const ran = await brink(['run', ...args, '--out', join(dir, 'reports')]);
      expect(shown.code, args.join(' ')).toBe(2);
      expect(shown.stdout).toBe('');
      expect(shown.stderr).toBe(ran.stderr);
    }
    expect((await brink(['show', file])).stderr).toMatch(/bad\.yaml:3:7 days: /);
  });

  it('writes nothing: no reports folder in the working folder', async () => {
    const dir = tempDir();
    const result = await brinkProcess(['show', join(ROOT, QUIET)], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });
});
