/**
 * The model's table of phases (src/model/phases.ts) against what it describes: step.ts runs
 * exactly the table's calls under each phase, in order; every recorded column is decided by one
 * phase; every stream purpose is drawn in one phase; the event log tags each event with a
 * phase; and docs/model.md §3 shows the table (regenerate with UPDATE_GOLDEN=1).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STREAM_FAMILIES } from '../../src/model/rng.js';
import { simulateRun } from '../../src/model/index.js';
import { PHASES, type StreamOwner } from '../../src/model/phases.js';
import { DYAD_RECORD_COLUMNS, STATE_RECORD_COLUMNS } from '../../src/model/records.js';
import { loadScenario } from '../../src/scenarios/index.js';
import { DURAND, ROOT } from '../helpers/scenarios.js';

const MODEL = join(ROOT, 'src', 'model');
const DOCS = join(ROOT, 'docs', 'model.md');
const BEGIN = '<!-- phases: generated from src/model/phases.ts; test/model/phases.test.ts checks it (UPDATE_GOLDEN=1 rewrites it) -->';
const END = '<!-- /phases -->';

/** stepDay's body as [phase, calls] in order, from its `enterPhase` marks. */
function stepDayPhases(): [string, string[]][] {
  const source = readFileSync(join(MODEL, 'step.ts'), 'utf8');
  const body = source.slice(source.indexOf('export function stepDay'), source.indexOf('\n}\n', source.indexOf('export function stepDay')));
  const phases: [string, string[]][] = [];
  for (const line of body.split('\n').slice(1)) {
    const mark = /enterPhase\(ctx, '([^']+)'\)/.exec(line);
    if (mark !== null) phases.push([mark[1]!, []]);
    else {
      const call = /(\w+)\(ctx\b/.exec(line);
      if (call !== null) phases.at(-1)![1].push(call[1]!);
    }
  }
  return phases;
}

const OWNER: Record<StreamOwner, string> = { state: '<state>', 'state as attacker': '<attacking state>', spoiler: '<spoiler>', 'third party': '<party>', dyad: 'dyad' };

/** The table as docs/model.md shows it. */
function phasesMarkdown(): string {
  const code = (xs: readonly string[]) => xs.map((x) => `\`${x}\``).join(', ');
  const rows = PHASES.map((p) =>
    `| ${p.step} | ${p.name} | ${p.does} | ${code(p.files)} | ${code([...p.stateColumns, ...p.dyadColumns])} | ${code(p.streams.map((s) => `${s.purpose}/${OWNER[s.owner]}`))} |`,
  );
  return [BEGIN, '', '| § | phase | does | files | record columns it decides | streams it draws |', '|---|---|---|---|---|---|', ...rows, '', END].join('\n');
}

describe('the table of phases', () => {
  it('is what step.ts runs: the same phases in order, each with its calls', () => {
    expect(stepDayPhases()).toEqual(PHASES.map((p) => [p.name, [...p.calls]]));
  });

  it('names files that exist, steps in increasing order', () => {
    for (const phase of PHASES) for (const file of phase.files) expect(existsSync(join(MODEL, file)), `${phase.name}: ${file}`).toBe(true);
    const steps = PHASES.map((p) => p.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('gives every recorded column to exactly one phase', () => {
    const state = PHASES.flatMap((p) => p.stateColumns as readonly string[]);
    const dyad = PHASES.flatMap((p) => p.dyadColumns as readonly string[]);
    expect([...state].sort()).toEqual(STATE_RECORD_COLUMNS.map((c) => c.name).sort());
    expect([...dyad].sort()).toEqual(DYAD_RECORD_COLUMNS.map((c) => c.name).sort());
  });

  it('gives every stream purpose of rng.ts to exactly one phase', () => {
    // The families are the keys of STREAM_FAMILIES (StreamPurpose is keyof it).
    const purposes = Object.keys(STREAM_FAMILIES);
    expect(purposes.length).toBeGreaterThan(5);
    expect(PHASES.flatMap((p) => p.streams.map((s) => s.purpose)).sort()).toEqual(purposes.sort());
  });

  it('tags every logged event with the phase that logged it', () => {
    const { params } = loadScenario(DURAND, { days: 120 });
    const run = simulateRun(params, 'phases', 0);
    expect(run.events.length).toBeGreaterThan(20);
    expect(run.eventPhases.length).toBe(run.events.length);
    const phaseOf = (n: number) => PHASES[run.eventPhases[n]!]!.name;
    const states = new Set(params.states.map((s) => s.id));
    run.events.forEach((event, n) => {
      // The states act in the decisions (or by script); spoilers attack in phase 2 (or by script).
      if (states.has(event.actor)) expect(['decisions', 'scripted events'], JSON.stringify(event)).toContain(phaseOf(n));
      if (params.spoilers.some((s) => s.id === event.actor)) expect(['spoiler attacks', 'scripted events'], JSON.stringify(event)).toContain(phaseOf(n));
      expect(['morning', 'record']).not.toContain(phaseOf(n));
    });
    // Within a day, events come in the phases' order.
    for (let n = 1; n < run.events.length; n += 1) {
      if (run.events[n]!.day === run.events[n - 1]!.day) expect(run.eventPhases[n]!).toBeGreaterThanOrEqual(run.eventPhases[n - 1]!);
    }
  });

  it('is shown in docs/model.md §3', () => {
    const docs = readFileSync(DOCS, 'utf8');
    const [from, to] = [docs.indexOf(BEGIN), docs.indexOf(END)];
    if (process.env.UPDATE_GOLDEN === '1' && from >= 0 && to > from) {
      writeFileSync(DOCS, docs.slice(0, from) + phasesMarkdown() + docs.slice(to + END.length));
      return;
    }
    expect(from, 'docs/model.md has no generated table of phases').toBeGreaterThanOrEqual(0);
    expect(docs.slice(from, to + END.length)).toBe(phasesMarkdown());
  });
});
