/**
 * `brink explore`: the model live in the browser. Writes one self-contained HTML page that runs
 * the scenario in Web Workers with the code `brink run` and `brink ensemble` use.
 *
 * Phases:
 *   1. load and validate the scenario (`--set`, `--days` applied) as `brink run` does; choose the seed
 *   2. bundle the page and worker scripts with esbuild                  (bundle.ts)
 *   3. compose the page: vega, scripts and the scenario text inline   (page.ts)
 *   4. write `<out>/explore/<scenario>.html` (a temporary file renamed into place: never half a page)
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { provenance } from '../../report/provenance.js';
import { stringify as stringifyYaml } from 'yaml';
import { loadScenario, prepareScenario, type LoadedScenario } from '../../scenarios/index.js';
import { readScenarioText } from '../../scenarios/source.js';
import { loadOptions, type PipelineHooks, type ScenarioSource } from '../shared/hooks.js';
import { chooseSeed, type ChosenSeed } from '../shared/seed.js';
import { exploreBundles } from './bundle.js';
import { explorePageHtml, type ExploreData } from './page.js';

export interface ExplorePipelineInput extends ScenarioSource {
  readonly seed?: string;
  /** The run the page opens on (default 0). */
  readonly runIndex?: number;
  /** Root folder (the CLI's `--out`, default `reports`). */
  readonly out: string;
  readonly hooks?: PipelineHooks;
}

export interface ExplorePipelineResult extends ChosenSeed {
  readonly scenario: LoadedScenario;
  /** The page written. */
  readonly file: string;
  readonly html: string;
}

/**
 * A scenario that extends another, as one document: the page loads text without files (it
 * refuses `extends`), so it gets the merged chain, and its YAML export is that whole scenario.
 */
export function flattenedText(file: string, scenario: LoadedScenario): string {
  const chain = scenario.chain.map((f) => f.file).join(' ← ');
  return `# ${scenario.info.name}: the merge of ${chain} (extends), written out whole by brink explore\n${stringifyYaml(prepareScenario(file).data, { lineWidth: 0 })}`;
}

/** The page as text, without writing it (`--serve`). */
export async function explorePage(input: Omit<ExplorePipelineInput, 'out'>): Promise<Omit<ExplorePipelineResult, 'file'>> {
  const options = loadOptions(input);
  // Validated here, so a bad file or --set fails in the terminal with the CLI's message.
  const scenario = loadScenario(input.scenario, options);
  const chosen = chooseSeed(input.seed, scenario);
  if (chosen.source === 'generated') input.hooks?.onSeedGenerated?.(chosen.seed);
  const bundles = await exploreBundles();
  const data: ExploreData = {
    file: input.scenario,
    text: scenario.chain.length > 1 ? flattenedText(input.scenario, scenario) : readScenarioText(input.scenario),
    seed: chosen.seed,
    runIndex: input.runIndex ?? 0,
    // The page keeps --days as the override it is: `days` is one of its parameters.
    set: [...options.set, ...(options.days === undefined ? [] : [`days=${options.days}`])],
    version: provenance().version,
    workerCode: bundles.worker,
  };
  return { ...chosen, scenario, html: explorePageHtml(`brink explore: ${scenario.info.name}`, data, bundles) };
}

/**
 * @example
 * const { file } = await explorePipeline({ scenario: 'scenarios/durand-line-2025.yaml', out: 'reports' });
 */
export async function explorePipeline(input: ExplorePipelineInput): Promise<ExplorePipelineResult> {
  const page = await explorePage(input);
  const file = join(input.out, 'explore', `${page.scenario.info.name}.html`);
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  writeFileSync(partial, page.html);
  renameSync(partial, file);
  return { ...page, file };
}
