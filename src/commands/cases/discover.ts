/**
 * A case library on disk: which bouts a `--cases <dir>` names. A bout is `<name>.yaml` with a
 * sibling `<name>.targets.yaml`; its dyad is its folder's name. `<dir>` is either one dyad's
 * folder (it holds targets files itself) or the library's root (its sub-folders are the
 * dyads; the `.yaml` files beside them, the dyad files, are not bouts). Sorted by dyad, then
 * bout, so every output is in the same order whatever the file system lists first.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError, type Problem } from '../../scenarios/index.js';
import { casesMessages } from '../../scenarios/messages.js';

export interface BoutFiles {
  /** The dyad: the bout's folder name (`pakistan-afghanistan`). */
  readonly dyad: string;
  /** The bout: its file name without `.yaml` (`2024-03-mir-ali`). */
  readonly bout: string;
  readonly scenario: string;
  readonly targets: string;
}

const TARGETS_SUFFIX = '.targets.yaml';

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function listing(dir: string): { files: string[]; folders: string[] } {
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => !e.name.startsWith('.'));
  return {
    files: entries.filter((e) => e.isFile() && e.name.endsWith('.yaml')).map((e) => e.name).sort(byName),
    folders: entries.filter((e) => e.isDirectory()).map((e) => e.name).sort(byName),
  };
}

/** The bouts of one dyad folder; a bout without targets (or targets without a bout) is a problem. */
function dyadBouts(dir: string, problems: Problem[]): BoutFiles[] {
  const { files } = listing(dir);
  const dyad = basename(dir);
  const targets = new Set(files.filter((f) => f.endsWith(TARGETS_SUFFIX)));
  const bouts: BoutFiles[] = [];
  for (const file of files.filter((f) => !f.endsWith(TARGETS_SUFFIX))) {
    const bout = file.slice(0, -'.yaml'.length);
    const targetsFile = `${bout}${TARGETS_SUFFIX}`;
    if (!targets.delete(targetsFile)) {
      problems.push({ source: join(dir, file), path: '', message: casesMessages.boutWithoutTargets(join(dir, targetsFile)) });
      continue;
    }
    bouts.push({ dyad, bout, scenario: join(dir, file), targets: join(dir, targetsFile) });
  }
  for (const orphan of targets) problems.push({ source: join(dir, orphan), path: '', message: casesMessages.targetsWithoutBout(join(dir, orphan.slice(0, -TARGETS_SUFFIX.length) + '.yaml')) });
  return bouts;
}

/**
 * The bouts under `dir`, or InputError naming what is wrong (not a folder, no bouts, a bout
 * without targets) before anything is loaded or run.
 */
export function discoverBouts(dir: string): BoutFiles[] {
  const fail = (message: string): never => {
    throw new InputError([{ source: dir, path: '', message }]);
  };
  if (!existsSync(dir)) fail(casesMessages.notAFolder('no such folder'));
  if (!statSync(dir).isDirectory()) fail(casesMessages.notAFolder('it is a file'));
  const problems: Problem[] = [];
  const { files, folders } = listing(dir);
  const isDyad = files.some((f) => f.endsWith(TARGETS_SUFFIX));
  const bouts = isDyad ? dyadBouts(dir, problems) : folders.flatMap((folder) => dyadBouts(join(dir, folder), problems));
  if (problems.length > 0) throw new InputError(problems);
  if (bouts.length === 0) fail(casesMessages.noBouts());
  return bouts;
}
