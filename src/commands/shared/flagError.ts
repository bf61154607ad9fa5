/** A bad option (a CLI flag, or the same field of a pipeline's input), as an input error naming it. */
import { InputError } from '../../scenarios/index.js';

export function flagError(flag: string, message: string): InputError {
  return new InputError([{ source: flag, path: '', message }]);
}
