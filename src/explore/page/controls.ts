/**
 * The seed and run index the page runs: checked as the CLI checks `--seed` and `--run-index`,
 * with the same messages.
 */
import { messages } from '../../scenarios/messages.js';
import { checkedSeed } from '../../commands/shared/seed.js';
import { InputError } from '../../scenarios/messages.js';

export interface RunChoice {
  readonly seed: string;
  readonly runIndex: number;
}

/** The choice, or the CLI's message for what is wrong with it. */
export function checkChoice(seedText: string, runIndexText: string): RunChoice | string {
  try {
    checkedSeed(seedText);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  if (!/^[0-9]+$/.test(runIndexText) || Number(runIndexText) > Number.MAX_SAFE_INTEGER) {
    return `--run-index: ${messages.expectedFound(`a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`, runIndexText)}`;
  }
  return { seed: seedText, runIndex: Number(runIndexText) };
}
