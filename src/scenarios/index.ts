/** Scenario files → validated, resolved parameters. */
export { loadScenario, loadScenarioText, prepareScenario, prepareScenarioText, type LoadOptions, type LoadedScenario, type PreparedScenario } from './load.js';
export { numericParameter, numericParameterPaths, closestPaths, inRange, describeParameter, nonNumericField, type NumericParameter } from './parameterPaths.js';
export type { Override } from './overrides.js';
export { MAX_EXTENDS_DEPTH, type BaseResolver, type ChainFile } from './extendsChain.js';
export { InputError, formatProblem, describeValue, type Problem } from './messages.js';
export { scenarioJsonSchema, scenarioJsonSchemaText } from './jsonSchema.js';
export { scenarioReferenceMarkdown } from './referenceMarkdown.js';
export { canonicalJson, contentHash, sha256 } from './hash.js';
export type { ResolvedScenario, ScenarioInfo } from './resolve.js';
export { scenarioSchema, SCENARIO_NAME_PATTERN, SEED_PATTERN, type ScenarioInput } from './schema/scenarioSchema.js';
export { newScenarioText, type NewScenarioOptions } from './newScenarioText.js';
export { loadTargets, loadTargetsText, type LoadedTargets } from './targets/loadTargets.js';
export { MEASURES, MEASURE_NAMES, type MeasureName, type MeasureStatistic } from './targets/measureCatalogue.js';
export { targetsSchema, type TargetsDocument, type TargetDocument, type CriterionDocument, type ChartObservations } from './targets/targetsSchema.js';
export { scenarioTextWithValues, type ValueChange } from './withValues.js';
export { MAX_DAYS, MAX_RUNS } from './schema/numbers.js';
export { checkRecordedParams } from './recordedParams.js';
