/** YAML merge keys (`<<:`): accepted, aliases still capped, problems still located in the file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, loadScenarioText } from '../../src/scenarios/index.js';
import { MAX_ALIAS_COUNT } from '../../src/scenarios/yamlDocument.js';

const QUIET = readFileSync('scenarios/quiet-border.yaml', 'utf8');

/** quiet-border with Saudi Arabia's settings merged from Qatar's, its own values overriding. */
const MERGED = QUIET.replace('  qatar:\n', '  qatar: &mediator\n').replace(
  /  saudi-arabia:\n(?:    .*\n)+/,
  '  saudi-arabia:\n    <<: *mediator\n    leverage: { pakistan: 0.7, afghanistan: 0.3 }\n    bias: 0.5\n    leansToward: pakistan\n    offerAfterDays: 14\n',
);

function problemsOf(text: string): string[] {
  try {
    loadScenarioText(text, 'merge.yaml');
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('YAML merge keys', () => {
  it('<<: *anchor gives the same parameters as writing the keys out', () => {
    expect(MERGED).toContain('<<: *mediator');
    expect(loadScenarioText(MERGED, 'merge.yaml').paramsHash).toBe(loadScenarioText(QUIET, 'quiet.yaml').paramsHash);
  });

  it('a bad value reached through a merge is reported at its line in the anchored mapping', () => {
    const bad = MERGED.replace('    canHost: true\n    offerAfterDays: 5\n', '    canHost: maybe\n    offerAfterDays: 5\n');
    const line = bad.split('\n').findIndex((l) => l.includes('canHost: maybe')) + 1;
    const problems = problemsOf(bad);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${line}:14 thirdParties\\.saudi-arabia\\.canHost: `))]));
  });

  it('merges still count against the alias cap', () => {
    const anchors = ['a0: &a0 { x: 1 }', ...Array.from({ length: 12 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)];
    const bomb = `${anchors.join('\n')}\nb: { <<: *a0 }\n`;
    expect(MAX_ALIAS_COUNT).toBeLessThan(120);
    expect(problemsOf(bomb).join('\n')).toMatch(/alias bomb/);
  });
});
