/**
 * The scenario file format: the single source of truth for what a scenario may say. The JSON
 * Schema in `schema/scenario.schema.json` and docs/scenario-reference.md are generated from it.
 */
import { z } from 'zod';
import { boutsSchema } from './boutsSchema.js';
import { constantsSchema } from './constantsSchema.js';
import { eventSchema } from './eventSchema.js';
import { historySchema } from './historySchema.js';
import { ladderSchema } from './ladderSchema.js';
import { identifier, whole, MAX_DAYS, MAX_RUNS } from './numbers.js';
import { PARSE_ONCE } from './parseOnce.js';
import { spoilerSchema } from './spoilerSchema.js';
import { stateSchema } from './stateSchema.js';
import { thirdPartySchema } from './thirdPartySchema.js';

/** Scenario names appear in output folder names. */
export const SCENARIO_NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** Seeds appear in stream keys and folder names: keep them to safe characters. */
export const SEED_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;

export const seedSchema = z
  .union([z.string().regex(SEED_PATTERN, 'a seed: 1–64 letters, digits, . _ : -'), whole(0, Number.MAX_SAFE_INTEGER)])
  .meta({ description: 'the seed of run 0…N−1; a number is read as its decimal string' });

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'JSON Schema for editors (ignored by brink)' }),
    // Consumed while loading (extendsChain.ts merges the chain and drops it): listed here so the
    // JSON Schema and the reference document it.
    extends: z
      .string()
      .optional()
      .meta({ description: "a base scenario file (path relative to this file's folder) that this file is applied onto as a JSON Merge Patch" }),
    name: z
      .string()
      .regex(SCENARIO_NAME_PATTERN, 'a name: lower-case letters, digits, - or _ (used in folder names)')
      .meta({ description: 'short name, used in output folder names' }),
    description: z.string().max(10_000).default('').meta({ description: 'what the scenario represents' }),
    startDate: z.iso
      .date()
      .optional()
      .meta({ description: 'calendar date of day 0 (YYYY-MM-DD); outputs then carry dates' }),
    days: whole(1, MAX_DAYS).default(365).meta({ description: 'horizon in days' }),
    seed: seedSchema.optional(),
    runs: whole(1, MAX_RUNS).default(1000).meta({ description: 'default ensemble size' }),
    states: z
      .record(identifier(), stateSchema)
      .meta({ description: 'exactly two states, by id' }),
    spoilers: z.record(identifier(), spoilerSchema).default({}).meta({ description: 'spoilers by id' }),
    thirdParties: z.record(identifier(), thirdPartySchema).default({}).meta({ description: 'third parties by id' }),
    events: z.array(eventSchema).max(100_000).default([]).meta({ description: 'scripted events' }),
    history: historySchema.optional(),
    constants: constantsSchema.default(constantsSchema.parse({}, PARSE_ONCE)),
    ladder: ladderSchema.optional(),
    bouts: boutsSchema.optional(),
  })
  .meta({ title: 'brink scenario', description: 'A brink scenario: two states, spoilers, third parties, scripted events' });

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioDocument = z.output<typeof scenarioSchema>;
