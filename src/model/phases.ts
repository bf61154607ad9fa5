/**
 * The phases of one day, in the order `step.ts` runs them (docs/model.md §3), with what each is
 * made of: its files, the functions `step.ts` calls for it, the record columns whose values it
 * decides (records.ts) and the random stream families it draws from (streams.ts, rng.ts).
 *
 * The model owns this table so that its readers agree with the code: `step.ts` marks each phase
 * as it enters it (the event log tags every event with the phase that logged it), `brink diff`
 * attributes a divergence to the phase whose columns or events differ first
 * (stats/runDivergence.ts), and docs/model.md §3 shows it (test/model/phases.test.ts checks
 * the table against step.ts, the record columns and the docs).
 */
import type { DyadColumnName, StateColumnName } from './records.js';
import type { StreamPurpose } from './rng.js';

/** Who a stream family's streams belong to: one stream per state, spoiler, third party, or the dyad's one. */
export type StreamOwner = 'state' | 'state as attacker' | 'spoiler' | 'third party' | 'dyad';

export interface StreamFamily {
  readonly purpose: StreamPurpose;
  readonly owner: StreamOwner;
  /**
   * Holds only the draws beyond what another family of the phase draws each day (a spoiler's
   * attacks past the daily budget): a divergence is reported on that family, not on this one.
   */
  readonly overflow?: true;
}

export interface Phase {
  /** Its number in docs/model.md §3. */
  readonly step: number;
  readonly name: string;
  /** What it does, in a few words. */
  readonly does: string;
  /** Its files under src/model. */
  readonly files: readonly string[];
  /** The functions step.ts calls for it, in order. */
  readonly calls: readonly string[];
  /** Per-state record columns whose day's value this phase decides. */
  readonly stateColumns: readonly StateColumnName[];
  /** Dyad record columns whose day's value this phase decides. */
  readonly dyadColumns: readonly DyadColumnName[];
  readonly streams: readonly StreamFamily[];
}

export const PHASES = [
  {
    step: 0,
    name: 'morning',
    does: "reset today's flows (both states, dyad counters)",
    files: ['step.ts'],
    calls: ['startDay'],
    stateColumns: [],
    dyadColumns: [],
    streams: [],
  },
  {
    step: 1,
    name: 'scripted events',
    does: "today's scripted events, in file order",
    files: ['scripted.ts'],
    calls: ['applyScriptedEvents'],
    stateColumns: [],
    dyadColumns: [],
    streams: [{ purpose: 'spoiler-scripted', owner: 'spoiler' }],
  },
  {
    step: 2,
    name: 'spoiler attacks',
    does: "each spoiler's attacks; blamed harm adds to the perceived harm of its target",
    files: ['spoilers.ts'],
    calls: ['applySpoilerAttacks'],
    stateColumns: ['spoilerDeaths'],
    dyadColumns: ['spoilerAttacks', 'spoilerAttackDeaths'],
    streams: [
      { purpose: 'spoiler', owner: 'spoiler' },
      { purpose: 'spoiler-overflow', owner: 'spoiler', overflow: true },
    ],
  },
  {
    step: 4,
    name: 'decisions',
    does: 'both states choose a rung, same-day reactions, commit; then bout tracking',
    files: ['decide.ts', 'rungCost.ts', 'halts.ts', 'responseTiming.ts', 'escalationDominance.ts', 'bouts.ts'],
    calls: ['decideRungs', 'trackBouts'],
    stateColumns: ['rung', 'goldstein'],
    dyadColumns: ['strain', 'boutDay'],
    streams: [{ purpose: 'decide', owner: 'state' }],
  },
  {
    step: 5,
    name: 'outcomes',
    does: "deaths and claims of today's kinetic rungs, admissions; spoilers' capacity responds",
    files: ['outcomes.ts', 'spoilerResponse.ts'],
    calls: ['resolveOutcomes', 'updateSpoilerCapacity'],
    stateColumns: ['militaryDeaths', 'civilianDeaths', 'claimedEnemyDeaths', 'admittedDeaths'],
    dyadColumns: [],
    streams: [{ purpose: 'outcome', owner: 'state as attacker' }],
  },
  {
    step: 6,
    name: 'perception',
    does: 'point made, received harm, grievance, hostility, audience cost; narrative; rivalry stock',
    files: ['perception.ts', 'pointMade.ts', 'narrative.ts', 'rivalry.ts'],
    calls: ['updatePerception', 'updateNarrative', 'updateRivalry'],
    stateColumns: ['grievance', 'hostility', 'audienceCost'],
    dyadColumns: [],
    streams: [{ purpose: 'perceive', owner: 'state' }],
  },
  {
    step: 7,
    name: 'third parties',
    does: 'appeals, stalemate, sessions, pauses and hotline, offers, follow-up rounds',
    files: ['thirdParties.ts', 'pauses.ts'],
    calls: ['actThirdParties'],
    stateColumns: ['pressure', 'mhs'],
    dyadColumns: ['talksHost', 'monitoring'],
    streams: [
      { purpose: 'talks', owner: 'third party' },
      { purpose: 'hotline', owner: 'dyad' },
    ],
  },
  {
    step: 8,
    name: 'ceasefire and border',
    does: 'ceasefire expiry or collapse; border closure and reopening; economic pain and resolve',
    files: ['ceasefire.ts', 'border.ts'],
    calls: ['updateCeasefire', 'updateBorder', 'updateResolve'],
    stateColumns: ['resolve', 'econPain'],
    dyadColumns: ['ceasefire', 'borderClosed'],
    streams: [{ purpose: 'border', owner: 'dyad' }],
  },
  {
    step: 9,
    name: 'record',
    does: "write the day's columns",
    files: ['recordDay.ts'],
    calls: ['recordDay'],
    stateColumns: [],
    dyadColumns: [],
    streams: [],
  },
] as const satisfies readonly Phase[];

export type PhaseName = (typeof PHASES)[number]['name'];

/** The index of a phase in PHASES, by name: what step.ts sets and each logged event carries. */
export const PHASE_INDEX = Object.fromEntries(PHASES.map((phase, i) => [phase.name, i])) as Readonly<Record<PhaseName, number>>;

/**
 * Marks the phase now running (step.ts, before each phase's calls). Only the event log reads the
 * mark, so without one (ensembles) nothing is looked up: ten names through one lookup site make
 * it a megamorphic keyed load, about 4% of an ensemble's run time.
 */
export function enterPhase(ctx: { phase: number; readonly eventPhases: readonly number[] | null }, name: PhaseName): void {
  if (ctx.eventPhases !== null) ctx.phase = PHASE_INDEX[name];
}
