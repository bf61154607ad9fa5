/** Messages about YAML itself that name the real cause (issue 12, item 8). */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { InputError, loadScenario, loadScenarioText } from '../../src/scenarios/index.js';
import { brink, tempDir } from '../helpers/cli.js';
import { DURAND } from '../helpers/scenarios.js';

function problemsOf(text: string): string[] {
  try {
    loadScenarioText(text, 'f.yaml');
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    throw error;
  }
  return [];
}

describe('YAML messages', () => {
  it('an alias with no anchor is a typo at its line, not an alias bomb', () => {
    const problems = problemsOf('name: x\ndescription: y\ndays: *horizon\n');
    expect(problems).toEqual(['3:7 alias *horizon refers to no anchor: define &horizon before it is used']);
  });

  it('yaml library warnings do not reach stderr: a collection key is a problem of the file', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      expect(problemsOf('name: x\ndescription: y\ndays: 10\n? [a]\n: 1\n')).toContain('1:1 unknown key "[ a ]"');
      expect(problemsOf('name: x\ndescription: y\ndays: 10\n').length).toBeGreaterThan(0);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

describe('YAML 1.1 and tags', () => {
  const durand = readFileSync(DURAND, 'utf8');
  const STATES = 'states:\n  a: { profile: strong }\n  b: { profile: weak }\n';

  it('%YAML 1.1 is refused at its line, not read as 1.1 (startDate a timestamp, "found a mapping")', () => {
    expect(problemsOf(`%YAML 1.1\n---\n${durand}`)).toEqual([
      '1:1 unsupported YAML directive %YAML 1.1: brink reads YAML 1.2 (where yes/no are strings, 010 is ten and dates are plain text): remove the line',
    ]);
    expect(problemsOf(`%YAML 2.0\n---\n${durand}`)).toEqual([expect.stringMatching(/^1:1 unsupported YAML directive %YAML 2\.0: /)]);
    expect(problemsOf(`%FOO bar\n---\n${durand}`)).toEqual([expect.stringMatching(/^1:1 unsupported YAML directive %FOO bar: /)]);
  });

  it('%YAML 1.2, %TAG and the plain tags (!!str, !!int, !) are accepted', () => {
    expect(problemsOf(`%YAML 1.2\n%TAG !e! tag:example.com,2000:\n---\nname: !!str x\ndays: !!int 10\ndescription: ! y\n${STATES}`)).toEqual([]);
  });

  it('!!timestamp is refused at the tag, with how to write a date', () => {
    expect(problemsOf(`name: x\nstartDate: !!timestamp 2025-10-09\n${STATES}`)).toEqual([
      '2:12 unsupported tag !!timestamp: write dates as plain YYYY-MM-DD, without a tag',
    ]);
  });

  it('!!binary, !!set, !!omap and custom tags are refused at the tag, not as yaml\'s consequences', () => {
    const message = (tag: string) => `unsupported tag ${tag}: brink reads plain values (strings, numbers, true/false, null, mappings and lists): remove the tag`;
    expect(problemsOf(`name: !!binary aGVsbG8=\n${STATES}`)).toEqual([`1:7 ${message('!!binary')}`]);
    expect(problemsOf(`name: x\nstates: !!set\n  a: { profile: strong }\n  b: { profile: weak }\n`)).toEqual([`2:9 ${message('!!set')}`]);
    expect(problemsOf(`name: x\nstates: !!omap\n  - a: { profile: strong }\n  - b: { profile: weak }\n`)).toEqual([`2:9 ${message('!!omap')}`]);
    expect(problemsOf(`name: x\nseed: !foo bar\n${STATES}`)).toEqual([`2:7 ${message('!foo')}`]);
  });

  it('a tag in a --set value is refused naming the flag', () => {
    try {
      loadScenario(DURAND, { set: ['startDate=!!timestamp 2025-10-09'] });
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).message).toBe('--set startDate=!!timestamp 2025-10-09: unsupported tag !!timestamp: write dates as plain YYYY-MM-DD, without a tag');
    }
  });

  it('a file nested 20,000 deep is an InputError (tags are looked for without recursion), not an internal error', () => {
    const problems = problemsOf(`a: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatch(/invalid YAML|expected/);
  });

  it('brink run: exit 2 at file:line:column, nothing written', async () => {
    const dir = tempDir();
    const file = join(dir, 'y11.yaml');
    writeFileSync(file, durand.replace('startDate: 2025-10-09', 'startDate: !!timestamp 2025-10-09'));
    const result = await brink(['run', file, '--out', join(dir, 'out')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${file}:17:12: unsupported tag !!timestamp: write dates as plain YYYY-MM-DD, without a tag\n`);
    expect(readdirSync(dir)).toEqual(['y11.yaml']);
  });
});
