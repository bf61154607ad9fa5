/**
 * Debian's Chromium for the browser tests (never a downloaded browser). Without it the tests are
 * skipped with a note, unless BRINK_REQUIRE_BROWSER=1 (set by `.ci/run`) turns its absence into a
 * failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const browserAvailable = existsSync(CHROMIUM);
export const browserRequired = process.env.BRINK_REQUIRE_BROWSER === '1';

/** Headless Chromium with everything that would reach the network switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
