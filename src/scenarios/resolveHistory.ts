/** The scenario's `history:` block → the model's History (party ids to indices, defaults applied). */
import { meanLeverage } from '../model/ceasefire.js';
import type { History, ThirdPartyParams } from '../model/types.js';
import type { ScenarioDocument } from './schema/scenarioSchema.js';

export function resolveHistory(history: ScenarioDocument['history'], thirdParties: readonly ThirdPartyParams[]): History {
  const resolved: { ceasefire?: History['ceasefire']; borderClosedSince?: number } = {};
  if (history?.border !== undefined) resolved.borderClosedSince = history.border.since;
  const ceasefire = history?.ceasefire;
  if (ceasefire !== undefined) {
    resolved.ceasefire = {
      kind: ceasefire.kind,
      since: ceasefire.since,
      host: ceasefire.host === undefined ? -1 : thirdParties.findIndex((party) => party.id === ceasefire.host),
      // Without a figure, everyone who could press for it is taken to stand behind it.
      leverage: ceasefire.leverage ?? thirdParties.reduce((sum, party) => sum + meanLeverage(party.leverage), 0),
      roundsHeld: ceasefire.roundsHeld,
      until: ceasefire.until ?? -1,
    };
  }
  return resolved;
}
