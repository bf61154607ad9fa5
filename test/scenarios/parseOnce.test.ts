/**
 * Validation parses with zod's compiled fast path off (schema/parseOnce.ts: compiling a parser
 * per object schema cost more than a one-off validation). Off or on, zod must produce the same
 * document: checked on every scenario, bout, targets file and template brink ships.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PARSE_ONCE } from '../../src/scenarios/schema/parseOnce.js';
import { scenarioSchema } from '../../src/scenarios/schema/scenarioSchema.js';
import { targetsSchema } from '../../src/scenarios/targets/targetsSchema.js';
import { ROOT } from '../helpers/scenarios.js';

const shipped = ['scenarios', 'templates'].flatMap((folder) =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => join(folder, file))
    .sort(),
);

describe('zod without its compiled fast path', () => {
  it('ships files to check', () => {
    expect(shipped.filter((file) => file.endsWith('.targets.yaml') || file.includes('targets/')).length).toBeGreaterThan(3);
    expect(shipped.length).toBeGreaterThan(15);
    // Most parse whole (a bout file that extends its dyad's file is only a part, and fails alone).
    const whole = shipped.filter((file) => !file.includes('targets') && scenarioSchema.safeParse(parse(readFileSync(join(ROOT, file), 'utf8'))).success);
    expect(whole).toEqual(expect.arrayContaining(['scenarios/durand-line-2025.yaml', 'scenarios/cases/india-pakistan.yaml', 'templates/blank.yaml']));
  });

  it.each(shipped)('%s parses to the same document either way', (file) => {
    const data: unknown = parse(readFileSync(join(ROOT, file), 'utf8'));
    const schema = file.endsWith('.targets.yaml') || file.includes('targets/') ? targetsSchema : scenarioSchema;
    const compiled = schema.safeParse(data);
    const interpreted = schema.safeParse(data, PARSE_ONCE);
    expect(interpreted.success).toBe(compiled.success);
    if (compiled.success && interpreted.success) expect(interpreted.data).toStrictEqual(compiled.data);
    else expect(interpreted.error?.issues).toStrictEqual(compiled.error?.issues);
  });
});
