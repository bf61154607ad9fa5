/**
 * The edited scenario as a file: the original text with each edited value replaced in place
 * (comments and layout kept, a note on each change), by the function `brink calibrate` writes
 * its calibrated scenario with. `brink validate` accepts it: the page only keeps edits its
 * loader accepted.
 */
import { parseOverride } from '../../scenarios/overrides.js';
import { scenarioTextWithValues } from '../../scenarios/withValues.js';
import type { ScenarioSession } from './session.js';

export function editedScenarioText(session: ScenarioSession): string {
  const changes = session.set.map((raw) => {
    const override = parseOverride(raw);
    const parameter = session.parameters.find((p) => p.path === raw.slice(0, raw.indexOf('=')));
    const was = parameter === undefined ? undefined : session.fileValue(parameter);
    return { path: override.path, value: override.value, comment: `brink explore: was ${was ?? 'unset'}` };
  });
  return changes.length === 0 ? session.text : scenarioTextWithValues(session.text, changes);
}
