/**
 * runDivergence: where two runs part. Checked against the run files themselves (days.csv,
 * dyad.csv, events.ndjson compared line by line with plain code), and on parameter changes whose
 * first effect is known: each one lands in the phase that uses the parameter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateRun, type RunResult } from '../../src/model/index.js';
import { daysCsv, dyadCsv, eventsNdjson } from '../../src/commands/run/files.js';
import { loadScenario, type LoadedScenario } from '../../src/scenarios/index.js';
import { runDivergence } from '../../src/stats/index.js';
import { DURAND } from '../helpers/scenarios.js';
import { assertProperty } from '../helpers/property.js';

const A = loadScenario(DURAND, { days: 90 });
const withB = (...setB: string[]) => loadScenario(DURAND, { days: 90, setB });

/** The first day on which any line of the run's files differs, by plain text comparison. */
function firstDifferingDayByFiles(scenario: LoadedScenario, b: LoadedScenario, runA: RunResult, runB: RunResult): number | null {
  const byDay = (text: string) => {
    const days = new Map<number, string>();
    for (const line of text.trimEnd().split('\n').slice(text.startsWith('{') ? 0 : 1)) {
      if (line === '') continue;
      const day = line.startsWith('{') ? (JSON.parse(line) as { day: number }).day : Number(line.split(',')[0]);
      days.set(day, `${days.get(day) ?? ''}${line}\n`);
    }
    return days;
  };
  const files = (s: LoadedScenario, run: RunResult) => [daysCsv(s.params, run, undefined), dyadCsv(s.params, run, undefined), eventsNdjson(run, undefined)].map(byDay);
  const [fa, fb] = [files(scenario, runA), files(b, runB)];
  for (let day = 0; day < scenario.params.days; day += 1) {
    if (fa.some((file, n) => file.get(day) !== fb[n]!.get(day))) return day;
  }
  return null;
}

describe('runDivergence', () => {
  it('finds nothing between a run and itself', () => {
    const run = simulateRun(A.params, 'same', 3);
    const d = runDivergence(A.params, run, simulateRun(A.params, 'same', 3));
    expect(d.identical).toBe(true);
    expect(d.first).toBeNull();
    expect(d.phaseByDay).toEqual(new Array(90).fill(null));
  });

  it('two seeds of the 2025 case part on day 0 in the casualties of Pakistan\'s strike', () => {
    // Two seeds whose run 0 both strike on day 0 (about half of all runs do): seeds chosen for it.
    const [a, b] = [simulateRun(A.params, 'g', 0), simulateRun(A.params, 'l', 0)];
    const d = runDivergence(A.params, a, b);
    expect(d.first).toMatchObject({ day: 0, phase: 'outcomes', streams: ['outcome/pakistan'] });
    // Everything before the outcomes phase agrees: the scripted attack and both decisions.
    expect(Array.from(a.records.rung.subarray(0, 2))).toEqual(Array.from(b.records.rung.subarray(0, 2)));
    expect(a.records.spoilerDeaths[1]).toBe(b.records.spoilerDeaths[1]);
    // And the fields reported are exactly the differing outcome columns.
    for (const f of d.first!.fields) {
      const i = f.state === 'afghanistan' ? 0 : 1;
      const column = a.records[f.field as 'militaryDeaths'];
      expect([column[i], b.records[f.field as 'militaryDeaths'][i]]).toEqual([f.a, f.b]);
      expect(f.a).not.toBe(f.b);
    }
  });

  it('the first day it reports is the first day the run files differ (any seeds, any runs)', () => {
    assertProperty(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.nat(50), fc.nat(50), (s1, s2, k1, k2) => {
        const [a, b] = [simulateRun(A.params, s1, k1), simulateRun(A.params, s2, k2)];
        expect(runDivergence(A.params, a, b).first?.day ?? null).toBe(firstDifferingDayByFiles(A, A, a, b));
      }),
      { numRuns: 25 },
    );
  });

  it('a change to one parameter first shows in the phase that uses it', () => {
    const cases: [string, string, string[]][] = [
      ['spoilers.ttp.hazard=0.4', 'spoiler attacks', ['spoiler/ttp']],
      ['states.afghanistan.misreadProb=0.9', 'perception', ['perceive/afghanistan']],
      ['states.afghanistan.tremble=0.5', 'decisions', ['decide/afghanistan']],
      ['thirdParties.qatar.offerAfterDays=1', 'third parties', ['talks/qatar']],
    ];
    for (const [set, phase, streams] of cases) {
      const b = withB(set);
      const [runA, runB] = [simulateRun(A.params, 'param', 0), simulateRun(b.params, 'param', 0)];
      const d = runDivergence(A.params, runA, runB);
      expect(d.first, set).not.toBeNull();
      expect(d.first!.phase, set).toBe(phase);
      expect(d.first!.streams, set).toEqual(streams);
      expect(d.first!.day, set).toBe(firstDifferingDayByFiles(A, b, runA, runB));
    }
  });

  it('marks every later day that differs, with its earliest differing phase', () => {
    const b = withB('spoilers.ttp.hazard=0.4');
    const [runA, runB] = [simulateRun(A.params, 'later', 1), simulateRun(b.params, 'later', 1)];
    const d = runDivergence(A.params, runA, runB);
    const first = d.first!.day;
    expect(d.phaseByDay.slice(0, first).every((p) => p === null)).toBe(true);
    expect(d.phaseByDay[first]).toBe('spoiler attacks');
    const rungsDiffer = (day: number) => runA.records.rung[day * 2] !== runB.records.rung[day * 2] || runA.records.rung[day * 2 + 1] !== runB.records.rung[day * 2 + 1];
    for (let day = 0; day < 90; day += 1) if (rungsDiffer(day)) expect(d.phaseByDay[day], `day ${day}`).not.toBeNull();
  });
});
