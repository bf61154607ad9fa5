/**
 * Compiles src/ to dist/ once per test run, so CLI tests exercise the current code, and
 * type-checks src/ and the tests beside the run: a type error fails `npm test`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): () => Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
  // The type check (tsconfig.json: src, tests, bench) needs nothing from the tests and they
  // nothing from it: it runs in a child process while they run, on the core vitest's one
  // worker leaves idle, and the teardown waits for it.
  const check = spawn(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  check.stdout.on('data', (chunk: Buffer) => (output += chunk));
  check.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const checked = new Promise<number>((resolve) => {
    check.on('error', (error) => {
      output += `${error.message}\n`;
      resolve(1);
    });
    check.on('close', (code) => resolve(code ?? 1));
  });
  // The build only emits (--noCheck): the check above covers src/, and emitting is a third of its CPU time.
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noCheck'], { cwd: root, stdio: 'inherit' });
  return async () => {
    const code = await checked;
    if (code === 0) return;
    process.stderr.write(`\ntype check failed (tsc -p tsconfig.json --noEmit, exit ${code}):\n${output}\n`);
    // vitest only logs a teardown's error: the exit code is what `npm test` and CI read.
    process.exitCode = 1;
  };
}
