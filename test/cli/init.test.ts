/** `brink init`: every template gives a commented file that validates and runs; nothing is overwritten. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenarios/index.js';
import { bundledScenarioFile, bundledScenarioNames, templateNames } from '../../src/scenarios/packageFiles.js';
import { scenarioSchema } from '../../src/scenarios/schema/scenarioSchema.js';
import { brink, tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/scenarios.js';

const TEMPLATES = [...templateNames(), ...bundledScenarioNames()];

/** The schema path a file's first line names, resolved from the file's folder. */
function schemaOf(file: string): string {
  const match = /^# yaml-language-server: \$schema=(\S+)\n/.exec(readFileSync(file, 'utf8'));
  expect(match, `first line of ${file}`).not.toBeNull();
  return resolve(dirname(file), match![1]!);
}

describe('brink init', () => {
  it('offers the blank template and every bundled scenario', () => {
    expect(TEMPLATES).toEqual(expect.arrayContaining(['blank', 'durand-line-2025', 'quiet-border']));
  });

  it.each(TEMPLATES)('--from %s writes a file that points at the schema, validates and runs', async (template) => {
    const dir = tempDir();
    const name = `new-${template}`;
    const made = await brink(['init', name, '--from', template, '--out', join(dir, 'scenarios')]);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const file = join(dir, 'scenarios', `${name}.yaml`);
    expect(made.stdout).toContain(`wrote ${file}`);
    expect(schemaOf(file)).toBe(join(ROOT, 'schema', 'scenario.schema.json'));

    const validated = await brink(['validate', file]);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain(`ok  ${file}  (${name}:`);

    const out = join(dir, 'reports');
    const run = await brink(['run', file, '--out', out, '--days', '30', '--no-charts', '--quiet']);
    expect(run.code).toBe(0);
    expect(readdirSync(join(out, name))).toEqual([expect.stringMatching(/^run-/)]);
  });

  it('a copy of a bundled scenario is that scenario renamed: same parameters, comments kept', async () => {
    const dir = tempDir();
    expect((await brink(['init', 'border-2026', '--from', 'durand-line-2025', '--out', dir])).code).toBe(0);
    const copy = loadScenario(join(dir, 'border-2026.yaml'));
    const original = loadScenario(bundledScenarioFile('durand-line-2025'));
    expect(copy.info.name).toBe('border-2026');
    expect(copy.paramsHash).toBe(original.paramsHash);
    const text = readFileSync(join(dir, 'border-2026.yaml'), 'utf8');
    expect(text).toContain("# Started from brink's durand-line-2025.yaml by `brink init`.");
    expect(text).toContain('# The October 2025 Pakistan–Afghanistan bout along the Durand Line');
  });

  it('the blank template explains every section of a scenario in comments', async () => {
    const dir = tempDir();
    expect((await brink(['init', '--out', dir])).code).toBe(0);
    const lines = readFileSync(join(dir, 'my-scenario.yaml'), 'utf8').split('\n');
    const sections = Object.keys((scenarioSchema as unknown as { shape: Record<string, unknown> }).shape).filter((key) => key !== '$schema');
    for (const key of sections) {
      // Present as a key, or shown commented out for optional sections.
      const at = lines.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`# ${key}:`));
      expect(at, key).toBeGreaterThan(0);
      if (['states', 'spoilers', 'thirdParties', 'events', 'constants', 'ladder'].includes(key)) {
        expect(lines[at - 1], `comment above ${key}`).toMatch(/^# \S/);
      }
    }
  });

  it('writes my-scenario.yaml in the current folder by default', async () => {
    const dir = tempDir();
    const result = await brink(['init'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['my-scenario.yaml']);
    expect(loadScenario(join(dir, 'my-scenario.yaml')).info.name).toBe('my-scenario');
  });

  it('refuses to overwrite a file without --force: exit 2, a clear message, nothing written', async () => {
    const dir = tempDir();
    const file = join(dir, 'mine.yaml');
    writeFileSync(file, 'keep me\n');
    const refused = await brink(['init', 'mine', '--out', dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`${file}: the file exists already: brink init never overwrites a file unless given --force (or choose another name or --out)\n`);
    expect(refused.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('keep me\n');
    expect(readdirSync(dir)).toEqual(['mine.yaml']);

    const forced = await brink(['init', 'mine', '--out', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(loadScenario(file).info.name).toBe('mine');
  });

  it('refuses bad names, unknown templates and a file as --out: exit 2, nothing written', async () => {
    const dir = tempDir();
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    const cases: [string[], string][] = [
      [['init', 'Bad Name', '--out', dir], 'brink init: expected a scenario name'],
      [['init', 'x', '--from', 'nowhere', '--out', dir], 'Invalid values'],
      [['init', 'x', '--out', file], `--out: expected a folder to write into, found ${file}`],
    ];
    for (const [args, message] of cases) {
      const result = await brink(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
  });
});
