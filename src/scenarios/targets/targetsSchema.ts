/**
 * The targets file format (`brink check --targets`): stylized facts as measurable targets on an
 * ensemble. Each target has one or more criteria; a criterion names a measure (see
 * measureCatalogue.ts), its options, the observed value and the acceptance band. A target is met
 * when every one of its criteria is.
 */
import { z } from 'zod';
import { identifier, whole } from '../schema/numbers.js';
import { PARSE_ONCE } from '../schema/parseOnce.js';
import { MEASURE_NAMES, MEASURES, type MeasureDefinition, type MeasureName } from './measureCatalogue.js';

const acceptSchema = z
  .strictObject({
    min: z.number().optional().meta({ description: 'lowest accepted value (inclusive)' }),
    max: z.number().optional().meta({ description: 'highest accepted value (inclusive)' }),
  })
  .refine((band) => band.min !== undefined || band.max !== undefined, 'a band with min, max or both')
  .refine((band) => band.min === undefined || band.max === undefined || band.min <= band.max, 'min ≤ max')
  .meta({ description: 'the acceptance band of the simulated value' });

export function criterionSchema<N extends MeasureName>(name: N) {
  const measure: MeasureDefinition = MEASURES[name];
  const options = measure.options as z.ZodObject;
  return z.strictObject({
    measure: z.literal(name).meta({ description: measure.description }),
    // Options with a default for every field may be left out; others (claimRatio.side) may not.
    options: options.safeParse({}, PARSE_ONCE).success ? options.default(options.parse({}, PARSE_ONCE) as never) : options,
    observed: z.number().nullable().default(null).meta({ description: 'the observed value, or null where the record is qualitative' }),
    accept: acceptSchema,
    note: z.string().max(2000).optional().meta({ description: 'where the observed value and band come from' }),
  });
}

const criteria = MEASURE_NAMES.map((name) => criterionSchema(name));
export const criterionUnion = z.discriminatedUnion('measure', criteria as unknown as [ReturnType<typeof criterionSchema>, ...ReturnType<typeof criterionSchema>[]]);

export const targetSchema = z.strictObject({
  id: identifier().meta({ description: 'short id, used in tables and check.json' }),
  fact: whole(1, 1000).optional().meta({ description: 'number of the stylized fact in the calibration record' }),
  title: z.string().min(1).max(200).meta({ description: 'what the target says, in a few words' }),
  evidence: z.string().max(4000).optional().meta({ description: 'the observations behind it' }),
  criteria: z.array(criterionUnion).min(1).max(10).meta({ description: 'all must pass for the target to be met' }),
});

/** A claim of enemy dead over what the enemy admitted (the fog-of-war chart draws it as a rule). */
const claimRatioSchema = z.strictObject({
  state: identifier().meta({ description: 'the state whose deaths were claimed (by the other side) and admitted (by itself)' }),
  claimed: z.number().positive().meta({ description: 'deaths the other side claimed to have inflicted' }),
  admitted: z.number().positive().meta({ description: 'deaths the state admitted' }),
  label: z.string().min(1).max(200).meta({ description: 'what the chart shows for it' }),
});

/** Observed values that charts mark for comparison; used only where a scenario's states have the ids named. */
const chartObservationsSchema = z
  .strictObject({
    claimRatios: z
      .strictObject({
        when: z.string().min(1).max(100).meta({ description: 'when they were observed, as the chart says it ("11–12 October 2025")' }),
        ratios: z.array(claimRatioSchema).min(1).max(20).meta({ description: 'one entry per state whose admitted deaths were observed' }),
      })
      .optional()
      .meta({ description: 'observed claims ÷ admissions, per state' }),
  })
  .meta({ description: 'observed values the charts of an ensemble mark for comparison' });

export const targetsSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'JSON Schema for editors (ignored by brink)' }),
    name: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'a name: lower-case letters, digits, - or _').meta({ description: 'short name of the target set' }),
    description: z.string().max(10_000).default('').meta({ description: 'what the target set stands for' }),
    source: z.string().max(1000).optional().meta({ description: 'the record the targets come from' }),
    runs: whole(1, 1_000_000).default(1000).meta({ description: 'default ensemble size of a check' }),
    targets: z.array(targetSchema).min(1).max(200).meta({ description: 'the targets, 1 to 200' }),
    // Optional, with no default: a targets document without it is recorded (in manifests) as it was.
    chartObservations: chartObservationsSchema.optional(),
  })
  .meta({ title: 'brink targets', description: 'Stylized facts as measurable targets on an ensemble' });

export type TargetsDocument = z.output<typeof targetsSchema>;
export type TargetDocument = z.output<typeof targetSchema>;
export type CriterionDocument = z.output<typeof criterionUnion>;
export type ChartObservations = z.output<typeof chartObservationsSchema>;

const listOf = (data: unknown, key: string): unknown[] | undefined => {
  const list = (data as Record<string, unknown> | null | undefined)?.[key];
  return Array.isArray(list) ? list : undefined;
};

/**
 * The schema of one targets document: each criterion checked against its own measure's schema
 * (a tuple), so a problem inside a criterion is described by that measure's options rather than
 * by the union of all of them. Measure names must already be known (loadTargets checks first).
 */
export function targetsSchemaFor(data: unknown): z.ZodType {
  const targets = listOf(data, 'targets');
  if (targets === undefined || targets.length === 0 || targets.length > 200) return targetsSchema;
  const perTarget = targets.map((target) => {
    const criteria = listOf(target, 'criteria');
    if (criteria === undefined || criteria.length === 0 || criteria.length > 10) return targetSchema;
    const measures = criteria.map((c) => (c as { measure: MeasureName }).measure);
    return targetSchema.extend({ criteria: z.tuple(measures.map((m) => criterionSchema(m)) as never) });
  });
  return targetsSchema.extend({ targets: z.tuple(perTarget as never) });
}

