/** examples/ensemble-chart.mjs: the library example a newcomer runs first, run as they would. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/scenarios.js';

function node(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr });
    });
  });
}

describe('examples/ensemble-chart.mjs', () => {
  it('runs an ensemble of the 2025 scenario and writes its fan chart into the folder given', async () => {
    const out = join(tempDir(), 'charts');
    const result = await node(['examples/ensemble-chart.mjs', out, '60']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^durand-line-2025, seed example, 60 runs\nceasefire by day 30: [\d.]+% \[[\d.]+%, [\d.]+%\]/);
    const file = join(out, 'fan.svg');
    expect(result.stdout).toContain(`wrote ${file}`);
    const svg = readFileSync(file, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Escalation across 60 runs');
    expect(svg).toContain('durand-line-2025 · seed example · 60 runs');
  });

  it('without a folder prints its usage and exits 2', async () => {
    const result = await node(['examples/ensemble-chart.mjs']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: node examples/ensemble-chart.mjs <output-folder> [runs]');
  });
});
