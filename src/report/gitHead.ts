/**
 * The commit checked out in the git repository around a folder, as `git rev-parse HEAD` run
 * there prints it, or null outside a checkout. Read from the repository's files: starting git
 * cost a short command a twentieth of its wall time. Whatever this does not read with
 * certainty (git settings in the environment, another user's repository, a reference it
 * cannot find, another reference storage) is left to git itself.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const COMMIT = /^[0-9a-f]{40}$/;

/** Environment variables that change which repository git finds, or how it reads it. */
const GIT_SETTINGS = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_COMMON_DIR',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_NAMESPACE',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  'GIT_CONFIG_GLOBAL',
  'GIT_CONFIG_SYSTEM',
];

export function gitHead(folder: string): string | null {
  try {
    const fromFiles = readHead(folder);
    return fromFiles === undefined ? askGit(folder) : fromFiles;
  } catch {
    return askGit(folder);
  }
}

/** The commit, null outside a checkout, undefined when only git can tell. */
function readHead(folder: string): string | null | undefined {
  if (GIT_SETTINGS.some((name) => process.env[name] !== undefined)) return undefined;
  const found = findGitDir(resolve(folder));
  if (found === null || found === undefined) return found;
  const { gitDir, top } = found;
  // git refuses a repository whose folder, .git or git folder another user owns, unless
  // safe.directory allows it: only git knows.
  const uid = process.getuid?.();
  if (uid !== undefined && [gitDir, top, join(top, '.git')].some((path) => statSync(path).uid !== uid)) return undefined;
  const commonDir = existsSync(join(gitDir, 'commondir')) ? resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim()) : gitDir;
  let ref = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
  // A symbolic reference names another (rarely more than one step); a commit ends the chain.
  for (let step = 0; step < 5; step += 1) {
    if (COMMIT.test(ref)) return ref;
    const name = /^ref: (refs\/\S+)$/.exec(ref)?.[1];
    if (name === undefined) return undefined;
    const target = readRef(gitDir, commonDir, name);
    if (target === undefined) return undefined;
    ref = target;
  }
  return undefined;
}

/**
 * The `.git` folder of the checkout holding `folder` (searched upwards, as git does), or the
 * folder a `.git` file points to (worktrees, submodules), with the checkout's top folder; null
 * outside a checkout; undefined when the search would cross into another file system, where git
 * stops unless told otherwise.
 */
function findGitDir(folder: string): { gitDir: string; top: string } | null | undefined {
  const device = statSync(folder).dev;
  for (let at = folder; ; at = dirname(at)) {
    if (statSync(at).dev !== device) return undefined;
    const dotGit = join(at, '.git');
    if (existsSync(dotGit)) {
      if (statSync(dotGit).isDirectory()) return { gitDir: dotGit, top: at };
      const pointer = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1];
      if (pointer === undefined) throw new Error(`${dotGit}: not a gitdir pointer`);
      return { gitDir: resolve(at, pointer.trim()), top: at };
    }
    if (dirname(at) === at) return null;
  }
}

/** References each worktree keeps for itself; all others are shared by the worktrees. */
const PER_WORKTREE = /^refs\/(bisect|worktree|rewritten)\//;

/** A reference's content: its loose file, else its line in packed-refs. */
function readRef(gitDir: string, commonDir: string, name: string): string | undefined {
  const loose = join(PER_WORKTREE.test(name) ? gitDir : commonDir, name);
  if (existsSync(loose) && statSync(loose).isFile()) return readFileSync(loose, 'utf8').trim();
  const packed = join(commonDir, 'packed-refs');
  if (!existsSync(packed)) return undefined;
  for (const line of readFileSync(packed, 'utf8').split('\n')) {
    const [commit, packedName] = line.split(' ');
    if (packedName === name && commit !== undefined && COMMIT.test(commit)) return commit;
  }
  return undefined;
}

function askGit(folder: string): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: folder, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    return COMMIT.test(commit) ? commit : null;
  } catch {
    return null;
  }
}
