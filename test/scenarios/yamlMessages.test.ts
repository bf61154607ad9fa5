/** Messages about YAML itself that name the real cause (issue 12, item 8). */
import { describe, expect, it, vi } from 'vitest';
import { InputError, loadScenarioText } from '../../src/scenarios/index.js';

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
