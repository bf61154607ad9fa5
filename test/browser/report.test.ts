/// <reference lib="dom" />
/**
 * The offline report in a real browser: Debian's Chromium (driven by playwright-core; never a
 * downloaded browser) opens each index.html from disk and must see no console errors, make no
 * network requests, and draw the expected marks in every chart.
 *
 * Needs /usr/bin/chromium (`.ci/run` installs it with apt). Without it these tests are skipped
 * with a note, unless BRINK_REQUIRE_BROWSER=1 (set by `.ci/run`), which turns the absence into a
 * failure so CI can never pass without running them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, browserAvailable, browserRequired, launchChromium } from '../helpers/chromium.js';
import { brink, tempDir } from '../helpers/cli.js';

const available = browserAvailable;
const required = browserRequired;
if (!available && !required) console.warn(`browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

/** Vega's SVG renderer puts each mark in <g class="mark-<type> role-mark">. */
const EXPECTED_MARKS: Record<string, readonly string[]> = {
  trajectory: ['mark-line', 'mark-rect', 'mark-symbol'],
  fan: ['mark-area', 'mark-line'],
  'rung-occupancy': ['mark-rect'],
  'time-to-ceasefire': ['mark-area', 'mark-line', 'mark-rule'],
  outcomes: ['mark-rect', 'mark-rule'],
  'peak-rung': ['mark-rect'],
  bouts: ['mark-rect'],
  'fog-of-war': ['mark-rect', 'mark-rule'],
};

interface PageReport {
  readonly errors: string[];
  readonly requests: string[];
  readonly marks: Record<string, Record<string, number>>;
}

let browser: Browser | undefined;
let folders: { run: string; ensemble: string };

beforeAll(async () => {
  if (!available) return;
  browser = await launchChromium();
  const out = tempDir();
  const common = ['scenarios/durand-line-2025.yaml', '--seed', 'browser', '--out', out, '--quiet'];
  const [run, ensemble] = await Promise.all([brink(['run', ...common]), brink(['ensemble', ...common, '--runs', '200', '--workers', '1'])]);
  expect([run.code, ensemble.code]).toEqual([0, 0]);
  const root = join(out, 'durand-line-2025');
  const named = (prefix: string) => join(root, readdirSync(root).find((f) => f.startsWith(prefix))!);
  folders = { run: named('run-'), ensemble: named('ensemble-') };
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

async function openReport(folder: string, screenshot?: string): Promise<PageReport> {
  const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  // Anything but the report file itself is a network request: refuse it and record it.
  const self = pathToFileURL(join(folder, 'index.html')).href;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === self) return route.continue();
    requests.push(url);
    return route.abort();
  });
  await page.goto(self);
  await page.evaluate(async () => {
    await (window as unknown as { brinkCharts: Promise<unknown> }).brinkCharts;
  });
  const marks = await page.evaluate(() => {
    const found: Record<string, Record<string, number>> = {};
    for (const chart of Array.from(document.querySelectorAll<HTMLElement>('.vega-chart'))) {
      const counts: Record<string, number> = {};
      for (const group of Array.from(chart.querySelectorAll('g.role-mark'))) {
        const type = Array.from(group.classList).find((c) => c.startsWith('mark-'));
        if (type !== undefined) counts[type] = (counts[type] ?? 0) + group.childElementCount;
      }
      found[chart.dataset.chart!] = counts;
    }
    return found;
  });
  if (screenshot !== undefined) await page.screenshot({ path: screenshot, fullPage: true });
  await context.close();
  return { errors, requests, marks };
}

function expectMarks(report: PageReport, charts: readonly string[]): void {
  expect(Object.keys(report.marks).sort()).toEqual([...charts].sort());
  for (const chart of charts) {
    for (const mark of EXPECTED_MARKS[chart]!) expect(report.marks[chart]?.[mark] ?? 0, `${chart}: ${mark}`).toBeGreaterThan(0);
  }
}

describe.runIf(available || required)('the offline HTML report in Chromium', () => {
  it('is installed where CI expects it', () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
  });

  it('shows a run: the trajectory chart, no console errors, no network', async () => {
    const report = await openReport(folders.run, process.env.BRINK_SCREENSHOTS === undefined ? undefined : join(process.env.BRINK_SCREENSHOTS, 'run.png'));
    expect(report.errors).toEqual([]);
    expect(report.requests).toEqual([]);
    expectMarks(report, ['trajectory']);
  }, 60_000);

  it('shows an ensemble: every chart, no console errors, no network', async () => {
    const report = await openReport(folders.ensemble, process.env.BRINK_SCREENSHOTS === undefined ? undefined : join(process.env.BRINK_SCREENSHOTS, 'ensemble.png'));
    expect(report.errors).toEqual([]);
    expect(report.requests).toEqual([]);
    expectMarks(report, ['fan', 'rung-occupancy', 'time-to-ceasefire', 'outcomes', 'peak-rung', 'bouts', 'fog-of-war']);
  }, 60_000);
});
