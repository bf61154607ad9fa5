/**
 * The corpus of bad scenario files (test/fixtures/bad/, expectations in expected.json): each
 * gets its message at the right file:line:column, exit 2, no stack trace, and nothing written.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, loadScenario } from '../../src/scenarios/index.js';
import { brink, tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/scenarios.js';

const BAD = join(ROOT, 'test', 'fixtures', 'bad');
const expected = JSON.parse(readFileSync(join(BAD, 'expected.json'), 'utf8')) as Record<string, { message: string; position: string | null }>;
const fixtures = readdirSync(BAD).filter((name) => name !== 'expected.json').sort();

describe('the bad-file corpus', () => {
  it('has at least 25 files, each with an expectation', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
    expect(fixtures).toEqual(Object.keys(expected).sort());
  });

  it.each(fixtures)('%s: rejected with its message at its position', (name) => {
    const file = join(BAD, name);
    const { message, position } = expected[name]!;
    let error: unknown;
    try {
      loadScenario(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    const text = (error as InputError).message;
    expect(text).toContain(message);
    const prefix = position === null ? `${file}:` : `${file}:${position}`;
    expect(text.split('\n').some((line) => line.startsWith(prefix) && line.includes(message))).toBe(true);
  });

  it.concurrent.each(fixtures)('%s: `brink run` exits 2, prints no stack trace and writes nothing', async (name) => {
    const out = tempDir();
    const result = await brink(['run', join(BAD, name), '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(expected[name]!.message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
    expect(readdirSync(out)).toEqual([]);
    expect(existsSync(join(out, 'bad-case'))).toBe(false);
  });
});

describe('validation reports every problem at once', () => {
  it('lists each problem of a file with several, in file order', () => {
    const dir = tempDir();
    const file = join(dir, 'many.yaml');
    const text = [
      'name: many',
      'days: 0',
      'states:',
      '  a: { profile: strong, capabilty: 2, tremble: 2 }',
      '  b: { profile: weak }',
      'spoilers:',
      '  s: { host: c, target: a }',
      'events:',
      '  - { day: 3, appeal: { party: nobody } }',
    ].join('\n');
    writeFileSync(file, text);
    let error: InputError | undefined;
    try {
      loadScenario(file);
    } catch (caught) {
      error = caught as InputError;
    }
    const lines = error!.message.split('\n');
    expect(lines).toEqual([
      `${file}:2:7 days: expected a whole number from 1 to 3650, found 0`,
      `${file}:4:25 states.a.capabilty: unknown key "capabilty" (did you mean "capability"?)`,
      `${file}:4:48 states.a.tremble: expected a number in [0, 1], found 2`,
      `${file}:7:14 spoilers.s.host: expected the id of a state (a, b), found "c"`,
      `${file}:9:32 events[0].appeal.party: expected the id of a third party (none defined), found "nobody"`,
    ]);
  });
});
