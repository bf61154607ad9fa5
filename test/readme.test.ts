/**
 * Every command in README.md, run as written (in the order written) by a newcomer in a copy of
 * the repository's scenarios: `npx brink` is the built binary, `reports/` goes to a temporary
 * folder. A README command that stops working fails here.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/scenarios.js';

/** The shell commands of README.md's ```sh blocks, without comments; `npm …` lines are left out. */
export function readmeCommands(markdown: string): string[] {
  const commands: string[] = [];
  for (const block of markdown.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const raw of block[1]!.split('\n')) {
      const line = raw.replace(/\s+#.*$/, '').trim();
      if (line === '') continue;
      // "npm ci && npx brink …": install is done; the rest is the command to check.
      for (const part of line.split('&&').map((p) => p.trim())) if (!part.startsWith('npm ')) commands.push(part);
    }
  }
  return commands;
}

const commands = readmeCommands(readFileSync(join(ROOT, 'README.md'), 'utf8'));
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'brink-readme-'));
  cpSync(join(ROOT, 'scenarios'), join(work, 'scenarios'), { recursive: true });
  // The example imports 'brink', which resolves from its real path inside the package.
  symlinkSync(join(ROOT, 'examples'), join(work, 'examples'));
});

function shell(command: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const line = command.replace(/^npx brink /, `"${process.execPath}" "${join(ROOT, 'bin', 'brink.js')}" `);
  return new Promise((resolve) => {
    execFile('bash', ['-c', line], { cwd: work, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr });
    });
  });
}

describe('README.md', () => {
  it('has the walk-through commands this test is meant to run', () => {
    expect(commands.length).toBeGreaterThanOrEqual(13);
    for (const command of ['brink run', 'brink ensemble', 'brink compare', 'brink diff', 'brink sweep', 'brink check', 'brink replay', 'brink init', 'examples/ensemble-chart.mjs']) {
      expect(commands.some((c) => c.includes(command)), command).toBe(true);
    }
  });

  it.each(commands.map((command, n) => [n + 1, command] as const))('command %i works as written: %s', async (_n, command) => {
    const result = await shell(command);
    expect(result.stderr, command).not.toMatch(/\n\s+at /);
    expect(result.code, `${command}\n${result.stderr}`).toBe(0);
    if (command.includes('brink replay')) expect(result.stdout).toContain('data files match');
    if (command.includes('brink validate')) expect(result.stdout).toMatch(/^ok /);
    if (command.includes('brink check --cases')) expect(result.stdout).toMatch(/^all cases: \d+ of \d+ targets met \(\d+%\) in 2 dyads, 7 bouts$/m);
    else if (command.includes('brink check')) expect(result.stdout).toMatch(/\d+ of 18 targets met/);
  }, 180_000);

  it('leaves reports/index.html listing every folder the walk-through wrote, each with its report', () => {
    const index = readFileSync(join(work, 'reports', 'index.html'), 'utf8');
    for (const folder of ['durand-line-2025/run-golden-r0-', 'durand-line-2025/ensemble-golden-', 'durand-line-2025-vs-no-mediators/compare-golden-', 'durand-line-2025/sweep-regimes-', 'durand-line-2025/check-durand-', 'my-border/run-']) {
      // Links are relative and URL-encoded (these names have nothing to encode).
      expect(index, folder).toContain(`href="./${folder}`);
    }
  });
});
