/** Stream independence (docs/model.md §7.1): entities and file order never shift another process's draws. */
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DailyDraws, runKey, simulateRun, Stream, STREAM_FAMILIES, type DayRecords, type ModelParams } from '../../src/model/index.js';
import { DayDraws, ownerHash, RunStreamRoot } from '../../src/model/rng.js';
import { loadScenarioText } from '../../src/scenarios/index.js';
import { DURAND } from '../helpers/scenarios.js';
import { differingColumns } from '../helpers/bytes.js';

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
  it('a run hashes one key, built by one function from seed and run index', () => {
    expect(runKey('golden', 3)).toBe('golden/run/3');
  });

  it('family numbers are distinct (each is part of every stream of its family)', () => {
    const numbers = Object.values(STREAM_FAMILIES);
    expect(new Set(numbers).size).toBe(numbers.length);
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
      expect(differingColumns(simulateRun(b.params, 'order', run).records, simulateRun(a.params, 'order', run).records), `run ${run}`).toEqual([]);
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

  it("a run's root is seedrandom.alea's starting state for the run key, and each stream is seedrandom.alea from the state derived from it", async () => {
    const seedrandom = (await import('seedrandom')).default;
    for (const [seed, run] of [['golden', 3], ['', 0], ['a/run/1', 12345]] as const) {
      const rootState = seedrandom.alea(runKey(seed, run), { state: true }).state();
      const root = new RunStreamRoot(seed, run);
      for (const owner of ['pakistan', 'dyad', 'ttp']) {
        const opened = root.open('decide', ownerHash(owner), -2, 1);
        const state = opened.state();
        // The derivation, written out independently: MurmurHash3 of (family, owner, a, b), seeded by each root word.
        const words = [rootState.s0, rootState.s1, rootState.s2].map((s) => murmur3([STREAM_FAMILIES.decide, ownerHash(owner), -2, 1], s * 2 ** 32));
        expect([state.c, state.s0, state.s1, state.s2]).toEqual([1, ...words.map((w) => w / 2 ** 32)]);
        const reference = seedrandom.alea('', { state: { ...state } });
        for (let n = 0; n < 50; n += 1) expect(opened.next()).toBe(reference());
      }
    }
  });

  it('owner hashes are pinned (Mash of the id: changing them would change every run)', () => {
    expect(['pakistan', 'dyad', 'é-日本'].map(ownerHash)).toEqual([2552289111, 2770780351, 4223479344]);
  });

  it('streams of one run with different coordinates start apart; the same coordinates give the same stream', () => {
    const root = new RunStreamRoot('golden', 3);
    const firsts = new Set<number>();
    const families = Object.keys(STREAM_FAMILIES) as (keyof typeof STREAM_FAMILIES)[];
    for (const family of families) for (const owner of ['pakistan', 'afghanistan', 'dyad']) for (let day = -3; day < 30; day += 1) firsts.add(root.open(family, ownerHash(owner), day).next());
    expect(firsts.size).toBe(families.length * 3 * 33);
    expect(root.open('talks', ownerHash('qatar')).next()).toBe(new RunStreamRoot('golden', 3).open('talks', ownerHash('qatar')).next());
  });

  it('fill, fillTogether and day draws give the sequence next gives, day by day', () => {
    const reference = (key: string) => {
      const stream = new Stream(key);
      return Array.from({ length: 40 }, () => stream.next());
    };
    const out = new Float64Array(64);
    const a = new Stream('a');
    const b = new Stream('b');
    Stream.fillTogether(a, b, out, 0, 30, 20);
    expect(a.next()).toBe(reference('a')[20]);
    // Four values a day from day −2 on (a run that starts mid-history), from index 30 of the buffer.
    const daily = new DayDraws(out, 30, 4, -2);
    const byDay = Array.from({ length: 5 }, (_, d) => Array.from({ length: 4 }, (_, k) => out[daily.at(d - 2) + k]));
    expect(byDay.flat()).toEqual(reference('b').slice(0, 20));
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

/** MurmurHash3_x86_32 of 32-bit words (little-endian), as in Appleby's reference code. */
function murmur3(words: readonly number[], seed: number): number {
  let h = seed >>> 0;
  for (const word of words) {
    let k = Math.imul(word >>> 0, 0xcc9e2d51);
    k = ((k << 15) | (k >>> 17)) >>> 0;
    k = Math.imul(k, 0x1b873593);
    h = (h ^ k) >>> 0;
    h = ((h << 13) | (h >>> 19)) >>> 0;
    h = (Math.imul(h, 5) + 0xe6546b64) >>> 0;
  }
  h ^= words.length * 4;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
