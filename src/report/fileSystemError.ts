/**
 * Failures of the file system (a full disk, a read-only or non-folder `--out`, an over-long
 * name) are the environment's, not bugs: they reach a person as what could not be done, where,
 * and why, never as "internal error".
 */

/** Node's system errors carry a code, the failed call and usually the path. */
export interface SystemError extends Error {
  readonly code: string;
  readonly syscall?: string;
  readonly path?: string;
  readonly dest?: string;
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  ENAMETOOLONG: 'the name is too long for the file system',
  ENOENT: 'no such file or folder',
  EEXIST: 'a file of that name is in the way',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  ELOOP: 'too many symbolic links',
};

const ACTIONS: Readonly<Record<string, string>> = {
  mkdir: 'create folder',
  open: 'open',
  write: 'write',
  read: 'read',
  rename: 'move into place',
  rmdir: 'remove',
  rm: 'remove',
  unlink: 'remove',
  stat: 'read',
  scandir: 'list',
  close: 'write',
};

export function isFileSystemError(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as SystemError).code === 'string' && (error as SystemError).code in REASONS;
}

/** `cannot write reports/x/days.csv: no space left on the device (ENOSPC)`. */
export function describeFileSystemError(error: SystemError): string {
  const action = ACTIONS[error.syscall ?? ''] ?? 'use';
  const where = error.path === undefined ? '' : ` ${error.path}`;
  return `cannot ${action}${where}: ${REASONS[error.code]} (${error.code})`;
}
