/// <reference lib="dom" />
/**
 * `brink explore` in a real browser (Debian's Chromium through playwright-core, as the report
 * tests): the page opens from file://, runs the model in Web Workers started from Blob URLs,
 * makes no network request, and what it shows is what the CLI computes: the run on screen has
 * `brink run`'s data files byte for byte, the ensemble `brink ensemble`'s probabilities; an
 * edit the CLI refuses is refused with the CLI's message; the exported YAML validates and the
 * exported command reproduces the screen.
 *
 * Skipped without /usr/bin/chromium unless BRINK_REQUIRE_BROWSER=1 (then its absence fails).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, browserAvailable, browserRequired, launchChromium } from '../helpers/chromium.js';
import { brink, tempDir } from '../helpers/cli.js';

const available = browserAvailable;
const required = browserRequired;
const SCENARIO = 'scenarios/durand-line-2025.yaml';
const RUN_FILES = ['days.csv', 'dyad.csv', 'events.ndjson', 'outcome.json'];

interface Explore {
  runFiles(): Record<string, string> | undefined;
  day(): number;
  set(): string[];
  ensembleProbabilities(): unknown;
  comparisonRows(): unknown;
}

let browser: Browser | undefined;
let out: string;
let pageFile: string;

beforeAll(async () => {
  if (!available) return;
  browser = await launchChromium();
  out = tempDir();
  const written = await brink(['explore', SCENARIO, '--seed', 'explore', '--out', out]);
  expect(written.code, written.stderr).toBe(0);
  pageFile = join(out, 'explore', 'durand-line-2025.html');
  expect(written.stdout).toBe(`${pageFile}\n`);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly errors: string[];
  readonly requests: string[];
  readonly workers: string[];
}

/** Opens the page from disk, refusing and recording every request but the page itself. */
async function open(hash = ''): Promise<Opened> {
  const context = await browser!.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const workers: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('worker', (worker) => workers.push(worker.url()));
  const self = pathToFileURL(pageFile).href;
  // Every request of the context (page and workers) is seen here; only the page itself may load.
  context.on('request', (request) => {
    if (request.url() !== self) requests.push(request.url());
  });
  await context.route('**/*', (route) => (route.request().url() === self ? route.continue() : route.abort()));
  await page.goto(self + hash);
  await page.waitForSelector('#param-spoilers\\.ttp\\.hazard');
  return { page, context, errors, requests, workers };
}

const explore = (page: Page) => page.evaluate(() => (window as unknown as { brinkExplore: Explore }).brinkExplore.runFiles());

/** As a person does: find the parameter with the filter box (it opens its group), type, leave the field. */
async function setParameter(page: Page, path: string, value: string): Promise<void> {
  await page.fill('#param-filter', path);
  await page.fill(`[id="param-${path}"]`, value);
  await page.dispatchEvent(`[id="param-${path}"]`, 'change');
}

async function runOnScreen(page: Page): Promise<void> {
  await page.click('#run');
  await page.waitForFunction(() => (window as unknown as { brinkExplore: Explore }).brinkExplore.runFiles() !== undefined && document.querySelector('#chart-trajectory svg') !== null);
}

function cliRunFiles(root: string): Record<string, string> {
  const scenarioFolder = join(root, 'durand-line-2025');
  const folder = join(scenarioFolder, readdirSync(scenarioFolder).find((name) => name.startsWith('run-'))!);
  return Object.fromEntries(RUN_FILES.map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}

describe.runIf(available || required)('brink explore in Chromium', () => {
  it('is installed where CI expects it', () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
  });

  it('writes the same bytes for the same inputs', async () => {
    const again = tempDir();
    expect((await brink(['explore', SCENARIO, '--seed', 'explore', '--out', again, '--quiet'])).code).toBe(0);
    expect(readFileSync(join(again, 'explore', 'durand-line-2025.html'), 'utf8') === readFileSync(pageFile, 'utf8')).toBe(true);
  });

  it("opens from file://, runs in Blob-URL workers, and the run on screen is brink run's, byte for byte", async () => {
    const { page, context, errors, requests, workers } = await open();
    await page.fill('#run-index', '3');
    await page.dispatchEvent('#run-index', 'change');
    await setParameter(page, 'spoilers.ttp.hazard', '0.3');
    await runOnScreen(page);
    const onScreen = await explore(page);
    const command = await page.textContent('#run-command');
    // The chart as SVG, as the page's vega view draws it.
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="trajectory.svg"]')]);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Escalation trajectory');
    await context.close();
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(workers.length).toBeGreaterThan(0);
    for (const url of workers) expect(url.startsWith('blob:')).toBe(true);
    expect(command).toBe(`brink run ${SCENARIO} --seed explore --run-index 3 --set spoilers.ttp.hazard=0.3`);
    const cliOut = tempDir();
    const cli = await brink(['run', SCENARIO, '--seed', 'explore', '--run-index', '3', '--set', 'spoilers.ttp.hazard=0.3', '--out', cliOut, '--quiet', '--no-charts']);
    expect(cli.code, cli.stderr).toBe(0);
    const expected = cliRunFiles(cliOut);
    expect(Object.keys(onScreen!).sort()).toEqual([...RUN_FILES].sort());
    for (const name of RUN_FILES) expect(onScreen![name] === expected[name], `${name} differs from brink run's`).toBe(true);
  }, 120_000);

  it('steps a day at a time, plays to the end and resets', async () => {
    const { page, context, errors } = await open();
    const day = () => page.evaluate(() => (window as unknown as { brinkExplore: Explore }).brinkExplore.day());
    await page.click('#step');
    await page.waitForFunction(() => (window as unknown as { brinkExplore: Explore }).brinkExplore.day() === 1);
    await page.click('#step');
    await page.waitForFunction(() => (window as unknown as { brinkExplore: Explore }).brinkExplore.day() === 2);
    expect(await page.textContent('#run-status')).toContain('day 2 of 365');
    await page.selectOption('#speed', '20');
    await page.click('#play');
    await page.waitForFunction(() => (window as unknown as { brinkExplore: Explore }).brinkExplore.day() === 365, null, { timeout: 90_000 });
    // Play turns back into Play by itself at the last day.
    await page.waitForFunction(() => document.getElementById('play')!.textContent === 'Play');
    // The last frame is the whole run: its rung lines and event marks are drawn.
    expect(await page.locator('#chart-trajectory g.mark-line path').count()).toBeGreaterThan(0);
    await page.click('#reset');
    await page.waitForFunction(() => (window as unknown as { brinkExplore: Explore }).brinkExplore.day() === 0);
    expect(await day()).toBe(0);
    await context.close();
    expect(errors).toEqual([]);
  }, 120_000);

  it("refuses an invalid value with the CLI's message and keeps the scenario as it was", async () => {
    const cli = await brink(['run', SCENARIO, '--set', 'spoilers.ttp.hazard=-1', '--out', tempDir(), '--quiet']);
    expect(cli.code).toBe(2);
    const { page, context } = await open();
    await setParameter(page, 'spoilers.ttp.hazard', '-1');
    const shown = await page.textContent('#param-error');
    const set = await page.evaluate(() => (window as unknown as { brinkExplore: Explore }).brinkExplore.set());
    const invalid = await page.getAttribute('.param[data-path="spoilers.ttp.hazard"]', 'class');
    await context.close();
    expect(shown).toBe(cli.stderr.trim());
    expect(set).toEqual([]);
    expect(invalid).toContain('invalid');
  }, 60_000);

  it("runs an ensemble in workers with brink ensemble's probabilities, and cancels one", async () => {
    const { page, context, errors, requests } = await open();
    await setParameter(page, 'spoilers.ttp.hazard', '0.2');
    await page.fill('#runs', '120');
    await page.dispatchEvent('#runs', 'change');
    await page.click('#ensemble');
    await page.waitForFunction(() => document.querySelector('#chart-time-to-ceasefire svg') !== null, null, { timeout: 90_000 });
    const probabilities = await page.evaluate(() => (window as unknown as { brinkExplore: Explore }).brinkExplore.ensembleProbabilities());
    const heatmapCells = await page.locator('#chart-occupancy g.mark-rect path').count();
    const fanAreas = await page.locator('#chart-fan g.mark-area path').count();
    const command = await page.textContent('#ensemble-command');
    if (process.env.BRINK_SCREENSHOTS !== undefined) {
      await page.evaluate(() => document.getElementById('ensemble-section')!.scrollIntoView());
      await page.screenshot({ path: join(process.env.BRINK_SCREENSHOTS, 'explore.png') });
    }
    // A long ensemble, cancelled: the status says so and the buttons come back.
    await page.fill('#runs', '1000000');
    await page.dispatchEvent('#runs', 'change');
    await page.click('#ensemble');
    await page.waitForFunction(() => Number((document.getElementById('progress') as HTMLProgressElement).value) > 0, null, { timeout: 60_000 });
    await page.click('#cancel');
    await page.waitForFunction(() => /cancelled after \d+ of 1000000 runs/.test(document.getElementById('ensemble-status')!.textContent ?? ''));
    expect(await page.isDisabled('#ensemble')).toBe(false);
    await context.close();
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(heatmapCells).toBeGreaterThan(0);
    expect(fanAreas).toBeGreaterThan(0);
    expect(command).toBe(`brink ensemble ${SCENARIO} --seed explore --runs 120 --set spoilers.ttp.hazard=0.2`);
    const cli = await brink(['ensemble', SCENARIO, '--seed', 'explore', '--runs', '120', '--set', 'spoilers.ttp.hazard=0.2', '--workers', '1', '--out', tempDir(), '--no-charts', '--json']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(probabilities).toEqual((JSON.parse(cli.stdout) as { probabilities: unknown }).probabilities);
  }, 180_000);

  it("compares the edits with the file on common random numbers, with brink compare's paired differences", async () => {
    const { page, context, errors, requests } = await open('#seed=explore&run=0&runs=60&set=spoilers.ttp.hazard%3D0.2');
    await page.click('#compare');
    await page.waitForFunction(() => document.querySelector('#chart-compare-fan svg') !== null && document.querySelector('#chart-compare-differences svg') !== null, null, { timeout: 90_000 });
    const rows = await page.evaluate(() => (window as unknown as { brinkExplore: Explore }).brinkExplore.comparisonRows());
    const command = await page.textContent('#compare-command');
    await context.close();
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(command).toBe(`brink compare ${SCENARIO} ${SCENARIO} --seed explore --runs 60 --set-b spoilers.ttp.hazard=0.2`);
    const cli = await brink(['compare', SCENARIO, SCENARIO, '--seed', 'explore', '--runs', '60', '--set-b', 'spoilers.ttp.hazard=0.2', '--workers', '1', '--out', tempDir(), '--no-charts', '--json']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(rows).toEqual((JSON.parse(cli.stdout) as { differences: unknown }).differences);
  }, 180_000);

  it('exports YAML that brink validate accepts, and reopens the same view from its URL', async () => {
    const { page, context } = await open();
    await setParameter(page, 'spoilers.ttp.hazard', '0.25');
    await setParameter(page, 'states.pakistan.tolerance', '4');
    await page.fill('#seed', 'linked');
    await page.dispatchEvent('#seed', 'change');
    const yaml = await page.inputValue('#scenario-yaml');
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForSelector('#param-spoilers\\.ttp\\.hazard');
    const reopened = {
      seed: await page.inputValue('#seed'),
      hazard: await page.inputValue('[id="param-spoilers.ttp.hazard"]'),
      set: await page.evaluate(() => (window as unknown as { brinkExplore: Explore }).brinkExplore.set()),
    };
    await context.close();
    expect(reopened).toEqual({ seed: 'linked', hazard: '0.25', set: ['spoilers.ttp.hazard=0.25', 'states.pakistan.tolerance=4'] });
    expect(yaml).toContain('hazard: 0.25');
    const file = join(tempDir(), 'edited.yaml');
    writeFileSync(file, yaml);
    const validated = await brink(['validate', file]);
    expect(validated.code, validated.stderr).toBe(0);
    // The edited file runs as the original with the same --set flags.
    const [edited, flagged] = await Promise.all([
      brink(['run', file, '--seed', 'linked', '--out', tempDir(), '--quiet', '--json']),
      brink(['run', SCENARIO, '--seed', 'linked', '--set', 'spoilers.ttp.hazard=0.25', '--set', 'states.pakistan.tolerance=4', '--out', tempDir(), '--quiet', '--json']),
    ]);
    const outcome = (text: string) => (JSON.parse(text) as { outcome: unknown }).outcome;
    expect(outcome(edited.stdout)).toEqual(outcome(flagged.stdout));
  }, 120_000);
});
