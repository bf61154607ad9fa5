/** Building scenarios in tests: plain objects through the real loader, so tests see what users get. */
import { stringify } from 'yaml';
import { loadScenarioText, type LoadedScenario } from '../../src/scenarios/index.js';
import { simulateRun, type RunResult } from '../../src/model/index.js';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DURAND = `${ROOT}scenarios/durand-line-2025.yaml`;

export function scenarioFrom(doc: Record<string, unknown>, set: string[] = []): LoadedScenario {
  return loadScenarioText(stringify(doc), 'test.yaml', { set });
}

/** Two states with defaults but no noise and no standing grievance: a quiet baseline. */
export function quietStates(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const state = (profile: string) => ({ profile, tremble: 0, misreadProb: 0, grievanceBase: 0, ...extra });
  return { strongland: state('strong'), weakland: state('weak') };
}

export function runs(scenario: LoadedScenario, seed: string, count: number): RunResult[] {
  return Array.from({ length: count }, (_, i) => simulateRun(scenario.params, seed, i, { recordEvents: false }));
}
