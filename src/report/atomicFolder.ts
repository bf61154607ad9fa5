/**
 * Writing an output folder atomically: every file goes into a temporary sibling folder, which is
 * renamed into place only when complete. A crash or Ctrl-C leaves no half-written folder; an
 * existing folder of the same name is replaced as a whole.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type FileContents = ReadonlyMap<string, string | Uint8Array>;

/** Temporary folders in progress, removed on interruption by the CLI. */
const inProgress = new Set<string>();

export function temporaryFolders(): ReadonlySet<string> {
  return inProgress;
}

export function writeFolderAtomically(target: string, files: FileContents): void {
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temporary = join(parent, `.${basename(target)}.tmp-${suffix}`);
  inProgress.add(temporary);
  try {
    mkdirSync(temporary);
    for (const [name, contents] of files) {
      const path = join(temporary, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, contents);
    }
    if (existsSync(target)) {
      const old = join(parent, `.${basename(target)}.old-${suffix}`);
      renameSync(target, old);
      renameSync(temporary, target);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(temporary, target);
    }
  } finally {
    rmSync(temporary, { recursive: true, force: true });
    inProgress.delete(temporary);
  }
}

/** Writes one file atomically (temporary file, then rename). */
export function writeFileAtomically(target: string, contents: string | Uint8Array): void {
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    writeFileSync(temporary, contents);
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
}
