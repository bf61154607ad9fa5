/**
 * The rungs whose reaching an ensemble summary and a comparison report (`reached:<rung>` rows):
 * the ladder's kinetic threshold, the rung below deep strikes (limited cross-border strikes on
 * the default ladder), deep strikes, and war. On the default ladder: 4, 6, 7, 8.
 */
import type { Ladder } from '../model/types.js';

export function reachedRungs(ladder: Ladder): number[] {
  const { kinetic, deepStrike, war } = ladder.thresholds;
  // Thresholds may coincide on a short ladder: each rung gets one row, in ascending order.
  return [...new Set([kinetic, Math.max(kinetic, deepStrike - 1), deepStrike, war])].sort((a, b) => a - b);
}
