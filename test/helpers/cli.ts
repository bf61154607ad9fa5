/**
 * Running `brink`: in this process through the CLI's own entry (`main`, with its output
 * captured) wherever a child process adds nothing, or as the real compiled binary in a child
 * process for what only a process shows (signals, the environment, the working folder, a pipe
 * closed early) and for a few end-to-end checks of each command (exit codes, stderr, yargs'
 * own help and version output as the terminal gets it).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { main } from '../../src/cli/main.js';
import { ROOT } from './scenarios.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * `brink <args>` in this process: the same command modules, exit codes and messages as the
 * binary, without starting Node. Working folder and environment are this process's, so a test
 * that needs its own uses `brinkProcess`. What yargs prints itself (help, version, completions)
 * goes through `console`, captured here for the call; `brinkProcess` checks it end to end.
 */
export async function brink(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  if (options.cwd !== undefined || options.env !== undefined) return brinkProcess(args, options);
  let stdout = '';
  let stderr = '';
  const io = { stdout: (text: string) => (stdout += text), stderr: (text: string) => (stderr += text) };
  if (!printedByYargs(args)) return { code: await main(args, io), stdout, stderr };
  const saved = { log: console.log, info: console.info, error: console.error, warn: console.warn };
  console.log = console.info = (...parts: unknown[]) => void (stdout += `${format(...parts)}\n`);
  console.error = console.warn = (...parts: unknown[]) => void (stderr += `${format(...parts)}\n`);
  try {
    return { code: await main(args, io), stdout, stderr };
  } finally {
    Object.assign(console, saved);
  }
}

/** yargs prints help, version and completions itself (through `console`), not through `main`'s io. */
function printedByYargs(args: readonly string[]): boolean {
  return args.length === 0 || args.some((arg) => ['--help', '-h', '--version', '--get-yargs-completions', 'completion'].includes(arg));
}

/** The real `brink` binary (compiled by the test setup) in a child process. */
export function brinkProcess(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin', 'brink.js'), ...args],
      { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export function tempDir(prefix = 'brink-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
