/** Help, version and shell completion: what a newcomer types before anything else. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brink, brinkProcess } from '../helpers/cli.js';
import { ROOT } from '../helpers/scenarios.js';

const EXPECTED_COMMANDS = ['init', 'run', 'ensemble', 'compare', 'diff', 'sweep', 'merge', 'check', 'calibrate', 'replay', 'explore', 'validate', 'scenarios', 'show', 'schema', 'completion'];

/** Command names listed under "Commands:" in `brink --help`. */
function listedCommands(help: string): string[] {
  const section = help.split('Commands:\n')[1]?.split('\n\n')[0] ?? '';
  return section.split('\n').map((line) => /^\s+brink (\S+)/.exec(line)?.[1]).filter((name): name is string => name !== undefined);
}

// Help, version and completions go through yargs' own printing: `brink --help`, `--version`
// and the completion script are checked in a real process, and one command's help is compared
// byte for byte with the in-process capture the other commands' help is read from.
describe('brink --help', () => {
  it('lists every command and shows examples', async () => {
    const help = await brinkProcess(['--help']);
    expect(help.code).toBe(0);
    expect(listedCommands(help.stdout)).toEqual(EXPECTED_COMMANDS);
    expect(help.stdout).toContain('Examples:\n  brink init && brink run my-scenario.yaml');
  });

  it.each(EXPECTED_COMMANDS)('brink %s --help shows at least one example of that command', async (command) => {
    const help = await brink([command, '--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    const examples = help.stdout.split('Examples:\n')[1];
    expect(examples, `${command} --help has no Examples section`).toBeDefined();
    expect(examples).toMatch(new RegExp(`^\\s+(\\S+ <\\()?brink ${command}\\b`, 'm'));
  });

  it('a command\'s help read in this process is what the binary prints', async () => {
    const [inProcess, binary] = await Promise.all([brink(['ensemble', '--help']), brinkProcess(['ensemble', '--help'])]);
    expect(inProcess).toEqual(binary);
    expect(binary.stdout).toContain('Examples:');
  });
});

describe('brink --version', () => {
  it('prints the version in package.json', async () => {
    const result = await brinkProcess(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });
});

describe('brink completion', () => {
  it('prints a bash completion script that asks brink for completions', async () => {
    const result = await brink(['completion'], { env: { SHELL: '/bin/bash' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^###-begin-brink-completions-###\n/);
    expect(result.stdout).toContain('# Installation: brink completion >> ~/.bashrc');
    expect(result.stdout).toContain('brink --get-yargs-completions "${args[@]}"');
    expect(result.stdout).toContain('complete -o bashdefault -o default -F _brink_yargs_completions brink');
    expect(result.stdout.trimEnd()).toMatch(/###-end-brink-completions-###$/);
  });

  it('answers the script’s queries: commands, a command’s options, and choices of --from', async () => {
    const ask = async (...words: string[]) => (await brink(['--get-yargs-completions', 'brink', ...words])).stdout.trim().split('\n');
    expect(await ask('')).toEqual(EXPECTED_COMMANDS);
    expect(await ask('init', '--f')).toEqual(expect.arrayContaining(['--from', '--force']));
    expect(await ask('ensemble', '--')).toEqual(expect.arrayContaining(['--runs', '--workers', '--shard', '--seed']));
    expect(await ask('init', '--from', '')).toEqual(['blank', 'durand-line-2025', 'no-mediators', 'quiet-border']);
  });
});

describe('brink output piped into a reader that stops early', () => {
  it('ends quietly when stdout is already closed (brink schema | true): no EPIPE stack trace', async () => {
    const { execFile } = await import('node:child_process');
    // `true` exits without reading, long before brink has started: its writes meet a closed pipe.
    const result = await new Promise<{ stdout: string; stderr: string }>((resolve) =>
      execFile('bash', ['-c', `"${process.execPath}" bin/brink.js schema | true; echo "exit=\${PIPESTATUS[0]}"`], { cwd: ROOT }, (_error, stdout, stderr) => resolve({ stdout, stderr })),
    );
    expect(result.stdout).toBe('exit=0\n');
    expect(result.stderr).toBe('');
  });
});
