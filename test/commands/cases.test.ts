/**
 * `brink check --cases` in-process (commands/cases/pipeline.ts): discovery, each bout's check
 * equal to `brink check`'s, the tallies per dyad, the folder's files, refusals with nothing
 * written, and replay of the folder.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTargets } from '../../src/calibration/checkTargets.js';
import { discoverBouts } from '../../src/commands/cases/discover.js';
import { checkCasesPipeline, InputError, loadScenario, loadTargets, replayPipeline } from '../../src/index.js';

const FIXTURE = 'test/fixtures/cases';
const root = mkdtempSync(join(tmpdir(), 'brink-cases-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The fixture library with a second dyad, gamma-delta, a copy of alpha-beta's first bout. */
function twoDyads(): string {
  const dir = join(root, 'library');
  if (existsSync(dir)) return dir;
  cpSync(FIXTURE, dir, { recursive: true });
  cpSync(join(FIXTURE, 'alpha-beta.yaml'), join(dir, 'gamma-delta.yaml'));
  cpSync(join(FIXTURE, 'alpha-beta/2020-01-first.yaml'), join(dir, 'gamma-delta/2019-05-only.yaml'));
  const only = join(dir, 'gamma-delta/2019-05-only.yaml');
  writeFileSync(only, readFileSync(only, 'utf8').replace('../alpha-beta.yaml', '../gamma-delta.yaml').replace('deaths: 5', 'deaths: 30'));
  cpSync(join(FIXTURE, 'alpha-beta/2020-01-first.targets.yaml'), join(dir, 'gamma-delta/2019-05-only.targets.yaml'));
  return dir;
}

function problemsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.source}${p.line === undefined ? '' : `:${p.line}:${p.column}`} ${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('discovering bouts', () => {
  it('the root gives every dyad, a dyad folder its own bouts, sorted', () => {
    const library = twoDyads();
    expect(discoverBouts(library).map((b) => `${b.dyad}/${b.bout}`)).toEqual(['alpha-beta/2020-01-first', 'alpha-beta/2021-06-second', 'gamma-delta/2019-05-only']);
    expect(discoverBouts(join(library, 'gamma-delta'))).toEqual([
      { dyad: 'gamma-delta', bout: '2019-05-only', scenario: join(library, 'gamma-delta/2019-05-only.yaml'), targets: join(library, 'gamma-delta/2019-05-only.targets.yaml') },
    ]);
  });

  it('refuses a bout without targets, targets without a bout, no bouts, no folder', () => {
    const dir = join(root, 'orphans');
    cpSync(FIXTURE, dir, { recursive: true });
    rmSync(join(dir, 'alpha-beta/2021-06-second.targets.yaml'));
    cpSync(join(FIXTURE, 'alpha-beta/2020-01-first.targets.yaml'), join(dir, 'alpha-beta/2022-01-third.targets.yaml'));
    expect(problemsOf(() => discoverBouts(dir))).toEqual([
      `${join(dir, 'alpha-beta/2021-06-second.yaml')} : a bout without targets: expected ${join(dir, 'alpha-beta/2021-06-second.targets.yaml')} beside it`,
      `${join(dir, 'alpha-beta/2022-01-third.targets.yaml')} : targets without a bout: expected ${join(dir, 'alpha-beta/2022-01-third.yaml')} beside it`,
    ]);
    expect(problemsOf(() => discoverBouts(join(root, 'none')))).toEqual([`${join(root, 'none')} : expected a folder of cases (scenarios/cases, or one dyad's folder in it), found no such folder`]);
    expect(problemsOf(() => discoverBouts('test/fixtures/ladders'))[0]).toMatch(/expected bouts: .* found none$/);
  });
});

describe('checkCasesPipeline', async () => {
  const out = join(root, 'reports');
  const library = twoDyads();
  const checked = await checkCasesPipeline({ cases: library, seed: 'cases', runs: 8, out, charts: false });

  it('checks each bout as brink check does, on the same seed and runs', async () => {
    expect(checked.bouts.map((b) => `${b.files.dyad}/${b.files.bout}`)).toEqual(['alpha-beta/2020-01-first', 'alpha-beta/2021-06-second', 'gamma-delta/2019-05-only']);
    for (const bout of checked.bouts) {
      const own = await checkTargets(loadScenario(bout.files.scenario).params, loadTargets(bout.files.targets), { seed: 'cases', runs: 8 });
      expect(bout.result).toEqual(own);
    }
  });

  it('tallies targets met per dyad, with its worst bout, and overall', () => {
    const [first, second, only] = checked.bouts.map((b) => b.result);
    const ab = checked.tally.dyads[0]!;
    expect(ab.dyad).toBe('alpha-beta');
    expect([ab.passed, ab.total]).toEqual([first!.passed + second!.passed, first!.total + second!.total]);
    const worst = first!.passed / first!.total <= second!.passed / second!.total ? '2020-01-first' : '2021-06-second';
    expect(ab.worst.bout).toBe(worst);
    expect(checked.tally.dyads.map((d) => d.dyad)).toEqual(['alpha-beta', 'gamma-delta']);
    expect([checked.tally.passed, checked.tally.total]).toEqual([first!.passed + second!.passed + only!.passed, 9]);
  });

  it('writes check.csv (a row per criterion), check.json and a manifest of every bout\'s files', () => {
    expect(checked.folder).toMatch(/cases\/check-cases-n8-[0-9a-f]{8}$/);
    const csv = readFileSync(join(checked.folder, 'check.csv'), 'utf8').trimEnd().split('\n');
    expect(csv[0]).toBe('dyad,bout,target,targetPass,measure,options,unit,observed,acceptMin,acceptMax,estimate,lower,upper,n,pass');
    expect(csv).toHaveLength(1 + 9);
    expect(csv[1]).toMatch(/^alpha-beta,2020-01-first,retaliation-lag,/);
    const manifest = JSON.parse(readFileSync(join(checked.folder, 'manifest.json'), 'utf8'));
    expect(manifest.command).toBe('check-cases');
    expect(manifest.bouts.map((b: { scenario: { chain: { file: string }[] } }) => b.scenario.chain.map((f) => f.file))).toEqual([
      [join(library, 'alpha-beta/2020-01-first.yaml'), join(library, 'alpha-beta.yaml')],
      [join(library, 'alpha-beta/2021-06-second.yaml'), join(library, 'alpha-beta.yaml')],
      [join(library, 'gamma-delta/2019-05-only.yaml'), join(library, 'gamma-delta.yaml')],
    ]);
    expect(manifest.bouts[0].targets.fileHash).toBe(loadTargets(join(library, 'alpha-beta/2020-01-first.targets.yaml')).fileHash);
    expect(Object.keys(manifest.results).sort()).toEqual(['check.csv', 'check.json']);
  });

  it('the same inputs give the same bytes; replay verifies the folder', async () => {
    const again = await checkCasesPipeline({ cases: library, seed: 'cases', runs: 8, out: join(root, 'again'), charts: false });
    for (const name of ['check.csv', 'check.json']) expect(readFileSync(join(again.folder, name), 'utf8')).toBe(readFileSync(join(checked.folder, name), 'utf8'));
    const replay = await replayPipeline({ dir: checked.folder });
    expect(replay.files).toEqual(['check.csv', 'check.json']);
    expect(replay.firstDifference).toBeUndefined();
  });

  it('bad input: every bout\'s problems at their file:line:column, nothing written', async () => {
    const dir = join(root, 'bad');
    cpSync(FIXTURE, dir, { recursive: true });
    const bout = join(dir, 'alpha-beta/2021-06-second.yaml');
    writeFileSync(bout, readFileSync(bout, 'utf8').replace('offerAfterDays: 9', 'offerAfterDays: soon'));
    const badOut = join(root, 'bad-out');
    await expect(checkCasesPipeline({ cases: dir, runs: 4, out: badOut })).rejects.toThrow(
      new RegExp(`^${bout}:6:21 thirdParties\\.broker\\.offerAfterDays: expected a whole number`),
    );
    expect(existsSync(badOut) ? readdirSync(badOut) : []).toEqual([]);
  });
});
