/**
 * The bundled case library meets issue 14's floor: at least 80% of all targets and at least 70%
 * of each bout's, here at one of the five seeds of docs/calibration.md with its 1,000 runs per
 * bout. A change to a mechanism or a shared parameter that loses a bout's fit fails here, naming
 * the bout and the targets it misses.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCasesPipeline } from '../../src/index.js';

describe('the case library (scenarios/cases)', async () => {
  const out = mkdtempSync(join(tmpdir(), 'brink-library-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const checked = await checkCasesPipeline({ cases: 'scenarios/cases', seed: 'durand', runs: 1000, out, charts: false });

  it('meets at least 80% of all targets', () => {
    expect(checked.tally.passed / checked.tally.total).toBeGreaterThanOrEqual(0.8);
  });

  it('meets at least 70% of each bout\'s targets', () => {
    const short = checked.bouts
      .filter((b) => b.result.passed / b.result.total < 0.7)
      .map((b) => `${b.files.dyad}/${b.files.bout}: ${b.result.passed} of ${b.result.total}`);
    expect(short).toEqual([]);
  });
});
