/**
 * A problem that a `--set` caused names the flag, not a line of the file that does not say it
 * (issue 12, item 8): keys and mappings the flag added, and values it changed.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, loadScenario, loadScenarioText } from '../../src/scenarios/index.js';
import { brink, tempDir } from '../helpers/cli.js';
import { DURAND } from '../helpers/scenarios.js';

function problemsOf(set: string[], load = (s: string[]) => loadScenario(DURAND, { set: s })): string[] {
  try {
    load(set);
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.line === undefined ? p.source : `line ${p.line}`} ${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('problems caused by --set', () => {
  it('an unknown key the flag adds to a mapping of the file names the flag', () => {
    expect(problemsOf(['states.pakistan.bogus=1'])).toEqual(['--set states.pakistan.bogus=1 states.pakistan.bogus: unknown key "bogus"']);
  });

  it('an unknown key inside a mapping the flag created (the file has no history) names the flag', () => {
    expect(problemsOf(['history.0.bogus=1'])).toEqual(['--set history.0.bogus=1 history.0: unknown key "0"']);
  });

  it("the missing fields of a state or spoiler the flag created name the flag, not the file's states: line", () => {
    const india = problemsOf(['states.india.capability=1']);
    expect(india.length).toBeGreaterThan(0);
    for (const problem of india) expect(problem).toMatch(/^--set states\.india\.capability=1 states/);
    expect(india).toContain('--set states.india.capability=1 states: expected exactly two states, found 3 (afghanistan, india, pakistan)');
    const spoiler = problemsOf(['spoilers.newone.hazard=0.3']);
    expect(spoiler).toContain('--set spoilers.newone.hazard=0.3 spoilers.newone.host: missing: expected a string');
    for (const problem of spoiler) expect(problem).toMatch(/^--set spoilers\.newone\.hazard=0\.3 /);
  });

  it('an invalid value the flag sets names the flag, also for a reference checked across the file', () => {
    expect(problemsOf(['thirdParties.qatar.leverage.bogus=1'])).toEqual([
      '--set thirdParties.qatar.leverage.bogus=1 thirdParties.qatar.leverage.bogus: expected the id of a state (afghanistan, pakistan), found "bogus"',
    ]);
    expect(problemsOf(['states.pakistan={bogus: 1}'])).toContain('--set states.pakistan={bogus: 1} states.pakistan.bogus: unknown key "bogus"');
  });

  it('a default the file does not give, in conflict with a value the flag set beside it, names the flag', () => {
    expect(problemsOf(['spoilers.ttp.severityMin=9000', 'spoilers.ttp.severityMax=0.5'])).toContain(
      '--set spoilers.ttp.severityMax=0.5 spoilers.ttp.severityMax: expected severityMax ≥ severityMin (9000), found 0.5',
    );
    const text = 'name: x\nstates:\n  a: { profile: strong }\n  b: { profile: weak }\nspoilers:\n  s: { host: b, target: a }\n';
    // The file's own severityMax stays at its line, whatever flag sets a value beside it.
    expect(problemsOf(['spoilers.s.severityMin=10000', 'spoilers.s.hazard=0.3'], (set) => loadScenarioText(text.replace('target: a', 'target: a, severityMax: 5'), 'f.yaml', { set }))).toEqual([
      'line 6 spoilers.s.severityMax: expected severityMax ≥ severityMin (10000), found 5',
    ]);
    expect(problemsOf(['spoilers.s.hazard=0.3', 'spoilers.s.severityMin=10001'], (set) => loadScenarioText(text, 'f.yaml', { set }))).toEqual([
      '--set spoilers.s.severityMin=10001 spoilers.s.severityMin: expected a number in [0, 10000], found 10001',
      // severityMax is left at its default (10000): the flag that brings the conflict about is named, not the first beside it.
      '--set spoilers.s.severityMin=10001 spoilers.s.severityMax: expected severityMax ≥ severityMin (10001), found 10000',
    ]);
  });

  it("the file's own problems stay at their lines beside a --set elsewhere", () => {
    const text = 'name: x\ndays: 10\nstates:\n  a: { profile: strong, capability: -1 }\n  b: { profile: weak }\n';
    expect(problemsOf(['states.b.capability=2'], (set) => loadScenarioText(text, 'f.yaml', { set }))).toEqual([
      'line 4 states.a.capability: expected a number in (0, 10], found -1',
    ]);
    // A field the file lacks is the file's, even with a --set adding an unrelated top-level key.
    expect(problemsOf(['bogus=1'], (set) => loadScenarioText('days: 10\nstates:\n  a: { profile: strong }\n  b: { profile: weak }\n', 'f.yaml', { set }))).toEqual([
      '--set bogus=1 bogus: unknown key "bogus"',
      'line 1 name: missing: expected a string',
    ]);
  });

  it('brink run names the --set that added an unknown key, exit 2, nothing written', async () => {
    const out = tempDir();
    const result = await brink(['run', 'scenarios/durand-line-2025.yaml', '--set', 'states.india.capability=1', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('durand-line-2025.yaml:');
    expect(result.stderr).toContain('--set states.india.capability=1 states.india.profile: missing');
    expect(readdirSync(out)).toEqual([]);
  });
});
