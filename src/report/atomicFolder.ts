/**
 * Writing an output folder atomically: every file goes into a temporary sibling folder, which is
 * renamed into place only when complete. A crash or Ctrl-C leaves no half-written folder; an
 * existing folder of the same name is replaced as a whole. Hashes of what was written are kept
 * for the manifest.
 */
import { createHash, randomBytes, type Hash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type FileContents = ReadonlyMap<string, string | Uint8Array>;

/** Temporary folders and files in progress, removed by the CLI on Ctrl-C. */
const inProgress = new Set<string>();

export function temporaryPaths(): ReadonlySet<string> {
  return inProgress;
}

/** A file written piece by piece into a staging folder (e.g. outcomes.csv as runs finish). */
export interface StreamedFile {
  write(text: string): void;
  close(): void;
}

export class StagingFolder {
  private readonly hashes = new Map<string, string>();
  private finished = false;

  private constructor(
    readonly target: string,
    readonly path: string,
    /** The first parent folder this staging created (e.g. `<out>/<scenario>`), removed again on abort if empty. */
    private readonly createdParent: string | undefined,
  ) {}

  static open(target: string): StagingFolder {
    const parent = dirname(target);
    const createdParent = mkdirSync(parent, { recursive: true });
    const path = join(parent, `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    inProgress.add(path);
    try {
      mkdirSync(path);
    } catch (error) {
      inProgress.delete(path);
      removeEmptyParents(parent, createdParent);
      throw error;
    }
    return new StagingFolder(target, path, createdParent);
  }

  writeFile(name: string, contents: string | Uint8Array): void {
    const file = join(this.path, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
    this.hashes.set(name, createHash('sha256').update(contents).digest('hex'));
  }

  /**
   * Writes a view of the data (a chart, the HTML report): in the folder, but not among the
   * result hashes, which cover the data files `brink replay` recomputes.
   */
  writeView(name: string, contents: string | Uint8Array): void {
    const file = join(this.path, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }

  stream(name: string): StreamedFile {
    const fd = openSync(join(this.path, name), 'w');
    const hash: Hash = createHash('sha256');
    return {
      write: (text) => {
        writeSync(fd, text);
        hash.update(text);
      },
      close: () => {
        closeSync(fd);
        this.hashes.set(name, hash.digest('hex'));
      },
    };
  }

  /** Names of the hashed files written so far, in the order they were finished. */
  writtenNames(): string[] {
    return [...this.hashes.keys()];
  }

  /** sha256 of every file written so far, by name, sorted. */
  resultHashes(): Record<string, string> {
    return Object.fromEntries([...this.hashes.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /** Moves the finished folder into place, replacing any folder of the same name. */
  commit(): string {
    if (existsSync(this.target)) {
      const old = join(dirname(this.target), `.${basename(this.target)}.old-${process.pid}-${randomBytes(4).toString('hex')}`);
      renameSync(this.target, old);
      renameSync(this.path, this.target);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(this.path, this.target);
    }
    this.finished = true;
    inProgress.delete(this.path);
    return this.target;
  }

  /** Removes the staging folder (after a failure); harmless after commit. */
  abort(): void {
    if (this.finished) return;
    rmSync(this.path, { recursive: true, force: true });
    inProgress.delete(this.path);
    removeEmptyParents(dirname(this.path), this.createdParent);
    this.finished = true;
  }
}

/**
 * Removes `folder` and its parents up to `createdTop` while they are empty: a failed first
 * write (a full disk) leaves no empty `<out>/<scenario>/` behind. Folders that existed before
 * (createdTop undefined) or that hold anything are kept.
 */
function removeEmptyParents(folder: string, createdTop: string | undefined): void {
  if (createdTop === undefined) return;
  for (let dir = folder; dir.startsWith(createdTop); dir = dirname(dir)) {
    try {
      if (readdirSync(dir).length > 0) return;
      rmdirSync(dir);
    } catch {
      return;
    }
    if (dir === createdTop) return;
  }
}

/** Writes a whole folder atomically from contents in memory. */
export function writeFolderAtomically(target: string, files: FileContents): string {
  const staging = StagingFolder.open(target);
  try {
    for (const [name, contents] of files) staging.writeFile(name, contents);
    return staging.commit();
  } finally {
    staging.abort();
  }
}

/** Writes one file atomically (temporary file, then rename). */
export function writeFileAtomically(target: string, contents: string | Uint8Array): void {
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  inProgress.add(temporary);
  try {
    writeFileSync(temporary, contents);
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
    inProgress.delete(temporary);
  }
}
