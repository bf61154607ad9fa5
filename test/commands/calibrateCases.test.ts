/**
 * `brink calibrate --cases` (commands/calibrate/casesPipeline.ts): the joint search's score is
 * the sum over bouts, the calibrated dyad file keeps its comments and gives the searched
 * values, the cache resumes per candidate × bout, and a parameter a bout sets is refused.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTargets } from '../../src/calibration/checkTargets.js';
import { scoreCheck } from '../../src/calibration/score.js';
import { calibrateCasesPipeline } from '../../src/commands/calibrate/casesPipeline.js';
import { InputError, loadScenario, loadScenarioText, loadTargets } from '../../src/index.js';

const DYAD = 'test/fixtures/cases/alpha-beta';
const BOUTS = ['2020-01-first', '2021-06-second'];
const root = mkdtempSync(join(tmpdir(), 'brink-calibrate-cases-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PARAMS = ['states.alpha.tolerance=2:8', 'spoilers.militants.hazard=0.005:0.05'];
const input = { cases: DYAD, params: PARAMS, seed: 'joint', budget: 6, runs: 6, checkRuns: 6, charts: false, out: join(root, 'reports') };

describe('calibrateCasesPipeline', async () => {
  const first = await calibrateCasesPipeline(input);

  it('scores a candidate by the sum of the bouts\' scores, each bout on the same seed', async () => {
    for (const candidate of [first.search.evaluations[0]!, first.search.best]) {
      const scores = await Promise.all(
        BOUTS.map(async (bout) => {
          const scenario = loadScenario(`${DYAD}/${bout}.yaml`, { set: candidate.detail.set });
          return scoreCheck(await checkTargets(scenario.params, loadTargets(`${DYAD}/${bout}.targets.yaml`), { seed: 'joint', runs: 6, bootstrap: false }));
        }),
      );
      expect(candidate.score.passed).toBe(scores[0]!.passed + scores[1]!.passed);
      expect(candidate.score.bandDistance).toBeCloseTo(scores[0]!.bandDistance + scores[1]!.bandDistance, 12);
      expect(candidate.score.closeness).toBeCloseTo(scores[0]!.closeness + scores[1]!.closeness, 12);
    }
  });

  it('writes the calibrated dyad file: every comment kept, the searched values in place', () => {
    const text = readFileSync(join(first.folder, first.calibratedFile), 'utf8');
    const original = readFileSync(`${DYAD}.yaml`, 'utf8');
    for (const comment of original.split('\n').filter((l) => l.trimStart().startsWith('#'))) expect(text).toContain(comment);
    // Trailing comments gain the calibration note before them (scenarios/withValues.ts), the evidence kept word for word.
    expect(text).toMatch(/tolerance: [0-9.]+ # calibrated by brink .* was 4.6; evidence: the record of alpha's restraint\n/);
    expect(text).toContain('evidence: one attack in a hundred days\n');
    const [tolerance, hazard] = first.search.best.detail.values;
    const calibrated = loadScenarioText(text, 'alpha-beta-calibrated.yaml');
    expect(calibrated.params.states.find((s) => s.id === 'alpha')!.tolerance).toBe(tolerance);
    expect(calibrated.params.spoilers[0]!.hazard).toBe(hazard);
  });

  it('checks every bout with the best values, as check --cases does', () => {
    expect(first.bouts.map((b) => b.files.bout)).toEqual(BOUTS);
    expect(first.bouts.every((b) => b.result.runs === 6 && b.seed === 'joint')).toBe(true);
    expect(first.tally.total).toBe(6);
    const csv = readFileSync(join(first.folder, 'candidates.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('candidate,generation,states.alpha.tolerance,spoilers.militants.hazard,targetsMet,bandDistance,closeness,2020-01-first.targetsMet,2021-06-second.targetsMet,best');
    const manifest = JSON.parse(readFileSync(join(first.folder, 'manifest.json'), 'utf8'));
    expect(manifest.calibration.dyadFile.file).toBe(`${DYAD}.yaml`);
    expect(manifest.bouts).toHaveLength(2);
  });

  it('resumes from the cache (one entry per candidate × bout); --no-cache recomputes the same', async () => {
    const again = await calibrateCasesPipeline(input);
    expect(again.search.reused).toBe(6 * 2);
    expect(again.search.best.detail.set).toEqual(first.search.best.detail.set);
    const fresh = await calibrateCasesPipeline({ ...input, cache: false });
    expect(fresh.search.reused).toBe(0);
    expect(fresh.search.evaluations.map((e) => e.score)).toEqual(first.search.evaluations.map((e) => e.score));
  });

  it('refuses a --param a bout file sets itself, at that file\'s line:column, nothing written', async () => {
    const out = join(root, 'refused');
    const run = calibrateCasesPipeline({ ...input, params: ['thirdParties.broker.offerAfterDays=3:12'], out });
    await expect(run).rejects.toThrow(InputError);
    await expect(run).rejects.toThrow(
      `${DYAD}/2021-06-second.yaml:6:21 thirdParties.broker.offerAfterDays: --param thirdParties.broker.offerAfterDays: this bout file sets it itself`,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('brink calibrate of one bout (a file that extends its dyad file)', () => {
  it('writes the bout with the best values; it loads, from the bout\'s folder, to the parameters checked', async () => {
    const { calibratePipeline } = await import('../../src/index.js');
    const bout = `${DYAD}/2021-06-second.yaml`;
    const result = await calibratePipeline({ scenario: bout, targets: `${DYAD}/2021-06-second.targets.yaml`, params: ['states.alpha.tolerance=2:8'], seed: 'one', budget: 3, runs: 3, checkRuns: 3, charts: false, out: join(root, 'one') });
    const text = readFileSync(join(result.folder, 'second-calibrated.yaml'), 'utf8');
    expect(text).toMatch(/^extends: \.\.\/alpha-beta\.yaml$/m);
    const again = loadScenarioText(text, bout, { resolveBase: (file) => readFileSync(file, 'utf8') });
    expect(again.params.states.find((s) => s.id === 'alpha')!.tolerance).toBe(result.search.best.detail.values[0]);
  });
});
