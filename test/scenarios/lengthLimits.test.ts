/**
 * A string or list past its length limit is reported with the limit and its length (issue 12,
 * item 8), not as "expected a string" with the value cut short.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, loadScenarioText } from '../../src/scenarios/index.js';
import { loadTargetsText } from '../../src/scenarios/targets/loadTargets.js';
import { brink, tempDir } from '../helpers/cli.js';
import { DURAND, ROOT } from '../helpers/scenarios.js';

function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

const durand = readFileSync(DURAND, 'utf8');

describe('length limits', () => {
  it('a description of 12,000 characters: the limit and its length, at its line', () => {
    const text = durand.replace(/^description: >-\n(  .*\n)+/m, `description: ${'a'.repeat(12_000)}\n`);
    expect(problemsOf(() => loadScenarioText(text, 'f.yaml'))).toEqual(['14:14 description: expected at most 10000 characters, found 12000']);
  });

  it('an empty rung name and a list of too few items say "at least"', () => {
    const ladder = 'ladder:\n  rungs:\n    - { name: "", cameo: "01", intensity: 0 }\n';
    const problems = problemsOf(() => loadScenarioText(`name: x\nstates:\n  a: { profile: strong }\n  b: { profile: weak }\n${ladder}`, 'f.yaml'));
    expect(problems).toContainEqual(expect.stringMatching(/ladder\.rungs\[0\]\.name: expected at least 1 character, found 0$/));
    expect(problems).toContainEqual(expect.stringMatching(/ladder\.rungs: expected at least 2 items, found 1$/));
  });

  it('a targets file: a title too long', () => {
    const targets = readFileSync(join(ROOT, 'scenarios', 'targets', 'oct-2025.yaml'), 'utf8').replace(
      'title: Spoiler-triggered onset',
      `title: ${'t'.repeat(201)}`,
    );
    expect(problemsOf(() => loadTargetsText(targets, 't.yaml'))).toEqual([expect.stringMatching(/^\d+:\d+ targets\[0\]\.title: expected at most 200 characters, found 201$/)]);
  });

  it('brink run: exit 2, file:line:column, nothing written', async () => {
    const dir = tempDir();
    const file = join(dir, 'long.yaml');
    writeFileSync(file, durand.replace(/^description: >-\n(  .*\n)+/m, `description: ${'a'.repeat(12_000)}\n`));
    const out = join(dir, 'out');
    const result = await brink(['run', file, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${file}:14:14 description: expected at most 10000 characters, found 12000\n`);
    expect(readdirSync(dir)).toEqual(['long.yaml']);
  });
});
