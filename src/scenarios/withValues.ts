/**
 * A scenario file's text with some values replaced, keeping its comments and layout: how
 * `brink calibrate` writes the best parameter set as a scenario a person can read and edit.
 * Each changed value carries a comment saying what it was and why it changed.
 *
 * @example scenarioTextWithValues(text, [{ path: ['states', 'pakistan', 'tolerance'], value: 4, comment: 'calibrated: was 5' }])
 */
import { isScalar, parseDocument } from 'yaml';

export interface ValueChange {
  readonly path: readonly (string | number)[];
  readonly value: unknown;
  readonly comment: string;
}

export function scenarioTextWithValues(text: string, changes: readonly ValueChange[]): string {
  const document = parseDocument(text);
  for (const change of changes) {
    // Missing parents become mappings (yaml would make a list for a number key: `ladder.5`).
    for (let n = 1; n < change.path.length; n += 1) {
      const parent = change.path.slice(0, n);
      if (!document.hasIn(parent)) document.setIn(parent, document.createNode({}));
    }
    // A value the file left to its default gets a node of its own, to carry the comment.
    document.setIn(change.path, document.hasIn(change.path) ? change.value : document.createNode(change.value));
    const node = document.getIn(change.path, true);
    // The value's own comment (its evidence) stays, after the note of the change.
    if (isScalar(node)) node.comment = node.comment === undefined || node.comment === null ? ` ${change.comment}` : ` ${change.comment}; ${node.comment.trim()}`;
  }
  return document.toString({ lineWidth: 0 });
}
