/** Scenario files → validated, resolved parameters. */
export { loadScenario, loadScenarioText, prepareScenario, prepareScenarioText, type LoadOptions, type LoadedScenario, type PreparedScenario } from './load.js';
export { numericParameter, numericParameterPaths, closestPaths, inRange, describeParameter, nonNumericField, type NumericParameter } from './parameterPaths.js';
export type { Override } from './overrides.js';
export { InputError, formatProblem, type Problem } from './messages.js';
export { scenarioJsonSchema, scenarioJsonSchemaText } from './jsonSchema.js';
export { canonicalJson, contentHash, sha256 } from './hash.js';
export type { ResolvedScenario, ScenarioInfo } from './resolve.js';
export { scenarioSchema, SEED_PATTERN, type ScenarioInput } from './schema/scenarioSchema.js';
