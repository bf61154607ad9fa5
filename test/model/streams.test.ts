/** Stream independence (docs/model.md §7.1): entities and file order never shift another process's draws. */
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DailyDraws, simulateRun, Stream, streamKey, type DayRecords, type ModelParams } from '../../src/model/index.js';
import { PrefilledDraws, RunStreamOpener } from '../../src/model/rng.js';
import { loadScenarioText } from '../../src/scenarios/index.js';
import { DURAND } from '../helpers/scenarios.js';

const durandDoc = () => parse(readFileSync(DURAND, 'utf8')) as Record<string, any>;
const load = (doc: Record<string, unknown>) => loadScenarioText(stringify(doc), 'test.yaml');

const STATE_COLUMNS = [
  'rung', 'goldstein', 'grievance', 'hostility', 'audienceCost', 'resolve', 'pressure', 'econPain', 'mhs',
  'militaryDeaths', 'civilianDeaths', 'spoilerDeaths', 'claimedEnemyDeaths', 'admittedDeaths',
] as const;
const DYAD_COLUMNS = ['ceasefire', 'borderClosed', 'talksHost', 'monitoring', 'strain', 'spoilerAttacks', 'spoilerAttackDeaths'] as const;

/** One state's series for one column, by state index. */
function series(records: DayRecords, column: (typeof STATE_COLUMNS)[number], i: number): number[] {
  return Array.from({ length: records.days }, (_, day) => records[column][day * 2 + i]!);
}

describe('stream keys', () => {
  it('are built by one function from seed, run, purpose and owner', () => {
    expect(streamKey('golden', 3, 'decide', 'pakistan')).toBe('golden/run/3/decide/pakistan');
  });
});

describe('stream independence', () => {
  it('adding a third party with leverage 0 leaves every state and spoiler record unchanged', () => {
    const base = durandDoc();
    const withParty = durandDoc();
    withParty.thirdParties['aardvark-league'] = { leverage: {}, canHost: true, offerAfterDays: 0, appealThreshold: 1 };
    const a = load(base);
    const b = load(withParty);
    let partyEvents = 0;
    for (let run = 0; run < 20; run += 1) {
      const ra = simulateRun(a.params, 'indep', run);
      const rb = simulateRun(b.params, 'indep', run);
      for (const column of STATE_COLUMNS) expect(Array.from(rb.records[column])).toEqual(Array.from(ra.records[column]));
      for (const column of DYAD_COLUMNS) {
        if (column === 'talksHost') continue; // party indices shift when a party is added
        expect(Array.from(rb.records[column])).toEqual(Array.from(ra.records[column]));
      }
      const withoutNewParty = rb.events.filter((e) => e.actor !== 'aardvark-league');
      expect(withoutNewParty).toEqual(ra.events);
      partyEvents += rb.events.length - withoutNewParty.length;
    }
    // The new party did act (appeals, offers): only the event log shows it.
    expect(partyEvents).toBeGreaterThan(0);
  });

  it('listing the two states in the other order gives the same per-state records', () => {
    const doc = durandDoc();
    const swapped = { ...doc, states: { afghanistan: doc.states.afghanistan, pakistan: doc.states.pakistan } };
    const original = { ...doc, states: { pakistan: doc.states.pakistan, afghanistan: doc.states.afghanistan } };
    const a = load(original);
    const b = load(swapped);
    for (let run = 0; run < 10; run += 1) {
      expect(simulateRun(b.params, 'order', run).records).toEqual(simulateRun(a.params, 'order', run).records);
    }
  });

  it('the model itself is symmetric: states given in either index order give the same records per state id', () => {
    // Bypasses the loader's canonical (sorted) order, so this checks the model, not the sorting.
    const { params } = load(durandDoc());
    const flip = (i: number) => (i === 0 ? 1 : 0);
    const flipped: ModelParams = {
      ...params,
      states: [params.states[1], params.states[0]],
      spoilers: params.spoilers.map((s) => ({ ...s, host: flip(s.host), target: flip(s.target) })),
      thirdParties: params.thirdParties.map((k) => ({
        ...k,
        leverage: [k.leverage[1], k.leverage[0]],
        credibility: [k.credibility[1], k.credibility[0]],
      })),
      events: params.events.map((e) =>
        e.action.kind === 'setRung' ? { ...e, action: { ...e.action, state: flip(e.action.state) } } : e,
      ),
    };
    for (let run = 0; run < 10; run += 1) {
      const a = simulateRun(params, 'sym', run);
      const b = simulateRun(flipped, 'sym', run);
      for (const column of STATE_COLUMNS) {
        expect(series(b.records, column, 1)).toEqual(series(a.records, column, 0));
        expect(series(b.records, column, 0)).toEqual(series(a.records, column, 1));
      }
      expect(b.outcome.bouts).toEqual(a.outcome.bouts);
    }
  });

  it('a run does not depend on which runs were simulated before it', () => {
    const { params } = load(durandDoc());
    const alone = simulateRun(params, 'order', 7);
    for (let run = 0; run < 7; run += 1) simulateRun(params, 'order', run);
    expect(simulateRun(params, 'order', 7)).toEqual(alone);
  });
});

describe('Stream and DailyDraws', () => {
  it('a Stream is exactly seedrandom.alea of its key', async () => {
    const seedrandom = (await import('seedrandom')).default;
    const reference = seedrandom.alea('golden/run/3/decide/pakistan');
    const stream = new Stream('golden/run/3/decide/pakistan');
    for (let n = 0; n < 1000; n += 1) expect(stream.next()).toBe(reference());
  });

  it('is seeded exactly as seedrandom.alea seeds, for keys of every kind', async () => {
    const seedrandom = (await import('seedrandom')).default;
    const keys = ['', ' ', 'k', 'durand/run/0/talks/saudi-arabia', 'é/ü/日本/🙂', 'x'.repeat(500)];
    for (let n = 0; n < 300; n += 1) keys.push(`s${n * 7919}/run/${n}/spoiler-scripted/ttp/day/${n % 9 - 3}/0`);
    for (const key of keys) {
      const reference = seedrandom.alea(key);
      const stream = new Stream(key);
      for (let n = 0; n < 5; n += 1) expect(stream.next()).toBe(reference());
    }
  });

  it("a run's opener gives the stream of the full key (its prefix hashed once)", () => {
    for (const [seed, run] of [['golden', 3], ['', 0], ['a/run/1', 12345]] as const) {
      const opener = new RunStreamOpener(seed, run);
      for (const owner of ['pakistan', 'dyad', 'ttp/day/-2/0']) {
        const opened = opener.open('decide', owner);
        const direct = new Stream(streamKey(seed, run, 'decide', owner));
        for (let n = 0; n < 5; n += 1) expect(opened.next()).toBe(direct.next());
      }
    }
  });

  it('fill, fillTogether and prefilled draws give the sequence next gives, and go on past the values drawn', () => {
    const reference = (key: string) => {
      const stream = new Stream(key);
      return Array.from({ length: 40 }, () => stream.next());
    };
    const out = new Float64Array(64);
    const a = new Stream('a');
    const b = new Stream('b');
    Stream.fillTogether(a, b, out, 0, 30, 20);
    const prefilled = new PrefilledDraws(a, out, 0, 20);
    expect(Array.from({ length: 40 }, () => prefilled.next())).toEqual(reference('a'));
    expect(Array.from(out.subarray(30, 50))).toEqual(reference('b').slice(0, 20));
    const c = new Stream('c');
    c.fill(out, 5, 10);
    expect(Array.from(out.subarray(5, 15))).toEqual(reference('c').slice(0, 10));
    expect(c.next()).toBe(reference('c')[10]);
  });

  it('skip(n) lands where n calls to next would', () => {
    const a = new Stream('k');
    const b = new Stream('k');
    for (let n = 0; n < 37; n += 1) a.next();
    b.skip(37);
    expect(b.next()).toBe(a.next());
  });

  it('DailyDraws gives each day the values it would get if every day drew', () => {
    const every = new Stream('daily');
    const expected = Array.from({ length: 30 }, () => [every.next(), every.next(), every.next()]);
    const lazy = new DailyDraws(() => new Stream('daily'), 3);
    for (const day of [2, 3, 3, 11, 29]) expect(Array.from(lazy.on(day))).toEqual(expected[day]);
  });
});
