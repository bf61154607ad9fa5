/**
 * docs/targets-reference.md, generated from the targets schema and the measure catalogue: fresh,
 * complete (every measure with its unit, statistic and options with their defaults) and
 * following the catalogue by itself when a measure is added.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MEASURES, type MeasureDefinition } from '../../src/scenarios/targets/measureCatalogue.js';
import { loadTargetsText } from '../../src/scenarios/targets/loadTargets.js';
import { TARGETS_EXAMPLE, targetsReferenceMarkdown } from '../../src/scenarios/targets/targetsReference.js';
import { ROOT } from '../helpers/scenarios.js';

/** The Markdown of one measure's section: from its heading to the next. */
function section(markdown: string, name: string): string {
  const start = markdown.indexOf(`### \`${name}\`\n`);
  if (start < 0) throw new Error(`no section for ${name}`);
  const end = markdown.indexOf('\n### ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('docs/targets-reference.md', () => {
  const markdown = targetsReferenceMarkdown();

  it('is the reference generated from the catalogue (run `npm run docs` after changing a measure or the targets schema)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'targets-reference.md'), 'utf8')).toBe(markdown);
  });

  it('`npm run docs` writes it as well as the scenario reference', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.docs).toContain('schema --reference --out docs/scenario-reference.md');
    expect(scripts.docs).toContain('node scripts/docs-targets.mjs');
    expect(readFileSync(join(ROOT, 'scripts', 'docs-targets.mjs'), 'utf8')).toContain('targetsReferenceMarkdown');
  });

  it('documents every measure: what it measures, its unit, how runs are combined, each option with its default', () => {
    for (const [name, definition] of Object.entries(MEASURES) as [string, MeasureDefinition][]) {
      const own = section(markdown, name);
      expect(own.toLowerCase(), name).toContain(definition.description.toLowerCase());
      expect(own, name).toContain(`- **unit**: ${definition.unit}`);
      expect(own, name).toContain(`- **statistic**: [${definition.statistic}](#how-runs-become-one-number)`);
      const defaults = definition.options.partial().parse({}) as Record<string, unknown>;
      const shape = definition.options.shape as Record<string, z.ZodType>;
      for (const option of Object.keys(shape)) {
        const value = defaults[option];
        // Strings are shown quoted, as in the scenario reference ("poisson").
        const text = option in defaults && value !== undefined ? (typeof value === 'string' ? JSON.stringify(value) : String(value)) : 'required';
        expect(own, `${name}.${option}`).toMatch(new RegExp(`^\\| \`${option}\` \\| [^|]+ \\| ${text.replace(/[."]/g, (c) => (c === '.' ? '\\.' : c))} \\|`, 'm'));
      }
      if (Object.keys(shape).length === 0) expect(own, name).toContain('No options.');
      expect(markdown, name).toContain(`| [\`${name}\`](#${name.toLowerCase()}) | ${definition.unit} | ${definition.statistic} |`);
    }
    for (const statistic of new Set(Object.values(MEASURES).map((d) => d.statistic))) expect(markdown).toMatch(new RegExp(`^\\| ${statistic} \\| .+ \\|$`, 'm'));
  });

  it('picks up a measure added to the catalogue, with no change to the generator', () => {
    const catalogue = MEASURES as unknown as Record<string, MeasureDefinition>;
    catalogue.hypotheticalMeasure = {
      statistic: 'share',
      unit: 'share of things',
      description: 'things that happened within withinDays days',
      options: z.strictObject({ withinDays: z.number().int().min(0).max(9).default(4) }),
    };
    try {
      const own = section(targetsReferenceMarkdown(), 'hypotheticalMeasure');
      expect(own).toContain('Things that happened within withinDays days.');
      expect(own).toContain('| `withinDays` | whole number | 4 | 0–9 | see what it measures |');
    } finally {
      delete catalogue.hypotheticalMeasure;
    }
  });

  it("its example is a valid targets file, and the file format's fields are all described", () => {
    const loaded = loadTargetsText(TARGETS_EXAMPLE, 'example.yaml');
    expect(loaded.targets.map((t) => t.id)).toEqual(['spoiler-onset', 'time-to-peak']);
    const fileTable = markdown.slice(markdown.indexOf('## The file'), markdown.indexOf('## How runs become one number'));
    for (const line of fileTable.split('\n').filter((l) => l.startsWith('| `'))) expect(line).not.toMatch(/\| {1,2}\|$/);
  });
});
