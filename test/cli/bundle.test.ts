/**
 * The esbuild bundle is what `brink` starts (bin/brink.js, after `npm ci` or `npm run build`),
 * but the rest of the suite runs the tsc build, since the test setup's tsc leaves the bundle
 * stale. Here the bundle is built apart, in a package folder of its own (its package files
 * linked to this checkout's, .git included: it finds scenarios, templates, installed packages
 * and the commit two folders above itself, as it does in dist/bundle), and its CLI must behave
 * and write exactly as the tsc build does: an ensemble on the bundled worker, a user's mistake,
 * the help yargs prints.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, type CliResult } from '../helpers/cli.js';
import { expectSameFile } from '../helpers/bytes.js';
import { ROOT } from '../helpers/scenarios.js';

/**
 * Files that start the test's bundle and the tsc build's CLI as bin/brink.js starts either (files,
 * not `node -e`: worker threads inherit the flags). The tsc build is started directly: bin/brink.js
 * would pick dist/bundle whenever it is the newer of the two.
 */
let startBundle = '';
let startTsc = '';

function started(start: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [start, ...args], { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr });
    });
  });
}

/** `brink <args>` from the test's bundle and from the tsc build, in child processes, from the checkout. */
const both = (args: readonly string[], env?: NodeJS.ProcessEnv): Promise<[CliResult, CliResult]> =>
  Promise.all([started(startBundle, args, env), started(startTsc, args, env)]);

const folderIn = (out: string): string => {
  const [scenario] = readdirSync(out);
  const [folder] = readdirSync(join(out, scenario!));
  return join(out, scenario!, folder!);
};

describe('the CLI bundle', { timeout: 240_000 }, () => {
  beforeAll(() => {
    const pkg = tempDir('brink-bundle-');
    for (const entry of ['package.json', 'node_modules', 'scenarios', 'templates', 'schema', '.git']) symlinkSync(join(ROOT, entry), join(pkg, entry));
    mkdirSync(join(pkg, 'dist'));
    const bundle = join(pkg, 'dist', 'bundle');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'bundle-cli.mjs'), '--outdir', bundle], { cwd: ROOT, stdio: 'pipe' });
    const launcher = (name: string, main: string): string => {
      const file = join(pkg, name);
      writeFileSync(file, `import { runCli } from ${JSON.stringify(pathToFileURL(main).href)};\nrunCli(process.argv.slice(2));\n`);
      return file;
    };
    startBundle = launcher('bundle.mjs', join(bundle, 'main.js'));
    startTsc = launcher('tsc.mjs', join(ROOT, 'dist', 'cli', 'main.js'));
  });

  it('writes the bytes the tsc build writes, on the main thread and a bundled worker thread', async () => {
    const [fromBundle, fromTsc] = [tempDir(), tempDir()];
    const args = ['ensemble', 'scenarios/durand-line-2025.yaml', '--runs', '60', '--days', '120', '--seed', 'bundle', '--workers', '2', '--quiet', '--no-charts'];
    const [a, b] = await Promise.all([started(startBundle, [...args, '--out', fromBundle]), started(startTsc, [...args, '--out', fromTsc])]);
    expect([a.code, a.stderr, b.code]).toEqual([0, '', 0]);
    const files = readdirSync(folderIn(fromTsc)).filter((file) => file !== 'manifest.json' && file !== 'index.html');
    expect(files.length).toBeGreaterThan(5);
    expect(readdirSync(folderIn(fromBundle)).sort()).toEqual(readdirSync(folderIn(fromTsc)).sort());
    for (const file of files) expectSameFile(join(folderIn(fromBundle), file), join(folderIn(fromTsc), file), file);
  });

  it("reports a user's mistake as the tsc build does: same message, exit 2, nothing written", async () => {
    const out = tempDir();
    const args = ['run', 'scenarios/durand-line-2025.yaml', '--set', 'states.pakistan.capability=-2', '--out', out];
    const [a, b] = await both(args);
    expect(a.code).toBe(2);
    expect(a.stderr).toBe(b.stderr);
    expect(a.stderr).toContain('capability');
    expect(readdirSync(out)).toEqual([]);
  });

  it('prints the help yargs prints from the tsc build, and the version', async () => {
    for (const args of [['--help'], ['ensemble', '--help'], ['--version']]) {
      const [a, b] = await both(args);
      expect(a).toEqual(b);
    }
  });

  it("finds yargs' own translations (English would hide a bundle that lost them)", async () => {
    const [a, b] = await both(['ensemble'], { LC_ALL: 'de_DE.UTF-8' });
    expect(a.code).toBe(2);
    expect(a).toEqual(b);
    expect(a.stderr).toContain('Nicht genügend');
  });
});
