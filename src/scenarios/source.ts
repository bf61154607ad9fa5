/**
 * Reading a scenario file: the only place `src/scenarios` touches the file system. Refuses what
 * is not a scenario before any parsing: missing, oversize, empty or binary files.
 */
import { readFileSync, statSync } from 'node:fs';
import { InputError, messages } from './messages.js';

/** Scenario files are small; a larger one is a mistake or an attack. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

export function readScenarioText(file: string): string {
  const fail = (message: string): never => {
    throw new InputError([{ source: file, line: 1, column: 1, path: '', message }]);
  };
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) fail(messages.unreadable('not a regular file'));
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    return fail(messages.unreadable(describeFsError(error)));
  }
  if (size > MAX_SCENARIO_BYTES) fail(messages.tooLarge(size, MAX_SCENARIO_BYTES));
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    // stat can succeed where reading does not (no read permission, an I/O error).
    return fail(messages.unreadable(describeFsError(error)));
  }
  return decodeText(bytes, file);
}

/** Decodes UTF-8 strictly; NUL bytes or invalid sequences mean binary data, not a scenario. */
export function decodeText(bytes: Uint8Array, source: string): string {
  const fail = (message: string): never => {
    throw new InputError([{ source, line: 1, column: 1, path: '', message }]);
  };
  if (bytes.includes(0)) fail(messages.notText());
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(messages.notText());
  }
  if (text.trim() === '') fail(messages.emptyFile());
  return text;
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return code ?? String(error);
}
