/** The commit recorded in provenance: read from git's files, the same as `git rev-parse HEAD` gives. */
import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitHead } from '../../src/report/gitHead.js';

const root = mkdtempSync(join(tmpdir(), 'brink-githead-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();

describe('gitHead', () => {
  it('agrees with git on a branch, a packed branch, a detached HEAD and a linked worktree', () => {
    const repo = join(root, 'repo');
    mkdirSync(repo);
    git(repo, 'init', '-q');
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'one');
    expect(gitHead(join(repo))).toBe(git(repo, 'rev-parse', 'HEAD'));
    git(repo, 'pack-refs', '--all');
    expect(gitHead(repo)).toBe(git(repo, 'rev-parse', 'HEAD'));
    const linked = join(root, 'linked');
    git(repo, 'worktree', 'add', '-q', linked, '-b', 'other');
    git(linked, 'commit', '-q', '--allow-empty', '-m', 'two');
    mkdirSync(join(linked, 'sub'));
    expect(gitHead(join(linked, 'sub'))).toBe(git(linked, 'rev-parse', 'HEAD'));
    expect(gitHead(linked)).not.toBe(gitHead(repo));
    git(repo, 'checkout', '-q', '--detach', 'HEAD');
    expect(gitHead(repo)).toBe(git(repo, 'rev-parse', 'HEAD'));
  });

  it('gives null outside a checkout and in a repository without commits', () => {
    const plain = join(root, 'plain');
    mkdirSync(plain);
    // tmpdir() is not inside a checkout on any machine the suite runs on.
    expect(gitHead(plain)).toBeNull();
    const empty = join(root, 'empty');
    mkdirSync(empty);
    git(empty, 'init', '-q');
    expect(gitHead(empty)).toBeNull();
  });

  // Only root can give a folder to another user; git then refuses the checkout (dubious ownership)
  // unless safe.directory allows it, and gitHead must say what git says either way.
  it.skipIf(process.getuid?.() !== 0)('leaves a checkout whose folder another user owns to git', () => {
    const repo = join(root, 'owned');
    mkdirSync(repo);
    git(repo, 'init', '-q');
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'one');
    chownSync(repo, 12345, 12345);
    let byGit: string | null;
    try {
      byGit = git(repo, 'rev-parse', 'HEAD');
    } catch {
      byGit = null;
    }
    expect(gitHead(repo)).toBe(byGit);
  });
});
