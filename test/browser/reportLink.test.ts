/// <reference lib="dom" />
/**
 * The run and ensemble reports' link to the explorer, followed in Debian's Chromium as a user
 * clicks it: the explorer page `brink explore` wrote beside the reports opens on the report's
 * seed, run index, runs and overrides, from file:// with no other request. Skipped without
 * /usr/bin/chromium unless BRINK_REQUIRE_BROWSER=1 (see report.test.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, browserRequired, launchChromium } from '../helpers/chromium.js';
import { brink, tempDir } from '../helpers/cli.js';

const available = browserAvailable;
const required = browserRequired;
const SCENARIO = 'scenarios/durand-line-2025.yaml';

let browser: Browser | undefined;
let out: string;

beforeAll(async () => {
  if (!available) return;
  browser = await launchChromium();
  out = tempDir();
  // Small reports without charts: the link is the same with them, and this test is about the link.
  const common = [SCENARIO, '--seed', 'linked', '--days', '100', '--set', 'spoilers.ttp.hazard=0.2', '--out', out, '--quiet', '--no-charts'];
  for (const args of [['run', ...common, '--run-index', '3'], ['ensemble', ...common, '--runs', '40', '--workers', '1'], ['explore', SCENARIO, '--out', out]]) {
    const result = await brink(args);
    expect(result.code, result.stderr).toBe(0);
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens a report folder's index.html, clicks the explorer link and reads the explorer's state. */
async function follow(prefix: string) {
  const root = join(out, 'durand-line-2025');
  const report = pathToFileURL(join(root, readdirSync(root).find((f) => f.startsWith(prefix))!, 'index.html')).href;
  const explorer = pathToFileURL(join(out, 'explore', 'durand-line-2025.html')).href;
  const context = await browser!.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`error: ${message.text()}`);
  });
  const allowed = (url: string) => [report, explorer].includes(url.replace(/#.*$/, ''));
  context.on('request', (request) => {
    if (!allowed(request.url())) requests.push(request.url());
  });
  await context.route('**/*', (route) => (allowed(route.request().url()) ? route.continue() : route.abort()));
  await page.goto(report);
  await page.click('#explore-link');
  await page.waitForSelector('#param-spoilers\\.ttp\\.hazard');
  const state = {
    url: page.url().replace(/#.*$/, ''),
    seed: await page.inputValue('#seed'),
    runIndex: await page.inputValue('#run-index'),
    runs: await page.inputValue('#runs'),
    set: await page.evaluate(() => (window as unknown as { brinkExplore: { set(): string[] } }).brinkExplore.set()),
  };
  await context.close();
  return { state, errors, requests, explorer };
}

describe.runIf(available || required)("the reports' link to the explorer, in Chromium", () => {
  it("opens the explorer on a run report's seed, run index and overrides", async () => {
    const { state, errors, requests, explorer } = await follow('run-');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(state).toEqual({ url: explorer, seed: 'linked', runIndex: '3', runs: '1000', set: ['spoilers.ttp.hazard=0.2', 'days=100'] });
  }, 120_000);

  it("opens the explorer on an ensemble report's seed, runs and overrides", async () => {
    const { state, errors, requests, explorer } = await follow('ensemble-');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(state).toEqual({ url: explorer, seed: 'linked', runIndex: '0', runs: '40', set: ['spoilers.ttp.hazard=0.2', 'days=100'] });
  }, 120_000);
});
