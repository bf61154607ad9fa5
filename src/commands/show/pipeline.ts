/**
 * `brink show <scenario>`: the parameters a run would use, resolved, without running anything
 * or writing a file. What an analyst checks before a long ensemble: that a `--set` landed where
 * meant and what the profile defaults filled in.
 *
 * Phases:
 *   1. load and validate the scenario (`--set`, `--days` applied), as `brink run` does
 *   2. write the resolved parameters back as the scenario document that gives them, every
 *      default written out                                  (scenarios/recordedParams.ts)
 */
import { loadScenario, type LoadedScenario } from '../../scenarios/index.js';
import { documentFromParams } from '../../scenarios/recordedParams.js';
import { loadOptions, type ScenarioSource } from '../shared/hooks.js';

export interface ShowPipelineResult {
  readonly scenario: LoadedScenario;
  /**
   * A scenario document that validates and resolves to the same parameters: entities in
   * canonical order (by id), every default explicit, the file's seed and runs kept.
   */
  readonly document: Record<string, unknown>;
}

/**
 * @example
 * const { document } = showPipeline({ scenario: 'scenarios/quiet-border.yaml', set: ['days=30'] });
 */
export function showPipeline(input: ScenarioSource): ShowPipelineResult {
  const scenario = loadScenario(input.scenario, loadOptions(input));
  const { info, params } = scenario;
  const full = documentFromParams(params, { name: info.name, description: info.description, startDate: info.startDate ?? null });
  const { name, description, startDate, ...rest } = full;
  // The file's seed and runs are not model parameters but are what `brink run`/`ensemble` use by default.
  const document = {
    name,
    description,
    ...(startDate === undefined ? {} : { startDate }),
    ...(info.seed === undefined ? {} : { seed: info.seed }),
    runs: info.runs,
    ...rest,
  };
  return { scenario, document };
}
