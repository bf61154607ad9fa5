/** `brink explore --serve`: the page on 127.0.0.1 only, and the pipeline's refusals before any page. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servePage } from '../../src/commands/explore/serve.js';
import { brink, tempDir } from '../helpers/cli.js';

describe('servePage', () => {
  it('serves the page at / on the loopback address, and nothing else', async () => {
    const served = await servePage('<!doctype html><p>explorer</p>', 0);
    try {
      expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(served.url);
      expect([page.status, page.headers.get('content-type'), await page.text()]).toEqual([200, 'text/html; charset=utf-8', '<!doctype html><p>explorer</p>']);
      expect((await fetch(new URL('/etc/passwd', served.url))).status).toBe(404);
    } finally {
      await served.close();
    }
  });
});

describe('brink explore', () => {
  it('refuses a bad --set with the message brink run gives, and writes nothing', async () => {
    const out = tempDir();
    const [explore, run] = await Promise.all([
      brink(['explore', 'scenarios/durand-line-2025.yaml', '--set', 'spoilers.ttp.hazard=99', '--out', out]),
      brink(['run', 'scenarios/durand-line-2025.yaml', '--set', 'spoilers.ttp.hazard=99', '--out', out]),
    ]);
    expect([explore.code, explore.stdout]).toEqual([2, '']);
    expect(explore.stderr).toBe(run.stderr);
    expect(existsSync(join(out, 'explore'))).toBe(false);
  });
});
