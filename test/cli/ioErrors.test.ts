/**
 * File-system failures are the environment's, not bugs: a full disk, a non-folder or over-long
 * `--out`, an unreadable scenario each give one line naming the path and the cause, exit 2, no
 * stack trace, and leave nothing behind (not even an empty scenario folder). A full disk and an
 * unreadable file are simulated by making node:fs fail on chosen paths (we run as root in CI,
 * where permissions do not bite, and a tiny tmpfs needs mount rights).
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { brink, tempDir } from '../helpers/cli.js';

const failing = vi.hoisted(() => ({ write: undefined as RegExp | undefined, read: undefined as RegExp | undefined, mkdir: undefined as RegExp | undefined }));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const systemError = (code: string, syscall: string, path: string, message: string) =>
    Object.assign(new Error(`${code}: ${message}, ${syscall} '${path}'`), { code, syscall, path, errno: -28 });
  const mocked = {
    ...real,
    writeFileSync: (path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (typeof path === 'string' && failing.write?.test(path)) throw systemError('ENOSPC', 'write', path, 'no space left on device');
      return (real.writeFileSync as (...args: unknown[]) => void)(path, ...rest);
    },
    mkdirSync: (path: fs.PathLike, ...rest: unknown[]) => {
      // A read-only --out: the folder cannot be made (EACCES as a user; root needs a read-only mount, EROFS).
      if (typeof path === 'string' && failing.mkdir?.test(path)) throw systemError('EACCES', 'mkdir', path, 'permission denied');
      return (real.mkdirSync as (...args: unknown[]) => unknown)(path, ...rest);
    },
    readFileSync: (path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (typeof path === 'string' && failing.read?.test(path)) throw systemError('EACCES', 'open', path, 'permission denied');
      return (real.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
    },
  };
  return { ...mocked, default: mocked };
});

const QUIET = 'scenarios/quiet-border.yaml';

afterEach(() => {
  failing.write = undefined;
  failing.read = undefined;
  failing.mkdir = undefined;
});

function expectClear(result: { code: number; stderr: string }, ...fragments: string[]): void {
  expect(result.code).toBe(2);
  for (const fragment of fragments) expect(result.stderr).toContain(fragment);
  expect(result.stderr).not.toContain('internal error');
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('file-system failures', () => {
  it('a full disk: the file and ENOSPC named, nothing left behind (no empty scenario folder)', async () => {
    const out = tempDir();
    failing.write = /\.tmp-.*[/\\]days\.csv$/;
    const result = await brink(['run', QUIET, '--seed', 'full', '--out', out, '--quiet']);
    expectClear(result, 'brink: cannot write ', 'days.csv: no space left on the device (ENOSPC)');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('a full disk while an ensemble streams its results: the same, nothing left', async () => {
    const out = tempDir();
    failing.write = /\.tmp-.*[/\\]bands\.csv$/;
    const result = await brink(['ensemble', QUIET, '--seed', 'full', '--runs', '4', '--workers', '1', '--out', out, '--quiet', '--no-charts']);
    expectClear(result, 'bands.csv: no space left on the device (ENOSPC)');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('a read-only --out: the folder and EACCES named, nothing written, no internal error', async () => {
    const out = join(tempDir(), 'read-only');
    failing.mkdir = /read-only/;
    const result = await brink(['run', QUIET, '--seed', 'ro', '--out', out, '--quiet']);
    expectClear(result, `${out}`, 'permission denied (EACCES)');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('an unreadable scenario file: its path and the cause', async () => {
    failing.read = /quiet-border\.yaml$/;
    const result = await brink(['run', QUIET, '--out', tempDir()]);
    expectClear(result, `${QUIET}:1:1: cannot read the file: permission denied`);
  });

  it('--out that is a file, and --out with an over-long name: the path and the cause', async () => {
    const file = join(tempDir(), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const notFolder = await brink(['run', QUIET, '--out', file, '--quiet']);
    expectClear(notFolder, `${file}`, 'part of the path is a file, not a folder (ENOTDIR)');
    const long = join(tempDir(), 'x'.repeat(300));
    const tooLong = await brink(['run', QUIET, '--out', long, '--quiet']);
    expectClear(tooLong, 'the name is too long for the file system (ENAMETOOLONG)');
  });
});
