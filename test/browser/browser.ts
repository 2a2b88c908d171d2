import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { type LocalLine, startLocalLine } from '../../infra/local/host.js';

/** Browser tests drive the system's Chromium (Debian's `chromium` package) through playwright-core. */

/** Where the browser tests leave their screenshots, from the repository's root. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));

/** How long a test waits for the page to show something: generous, for a slow shared machine. */
export const SHOWN_WITHIN_MS = 15_000;

/** The Chromium to drive: `CHROMIUM_PATH` if set, else `chromium` on the PATH. */
export function chromiumPath(): string {
  const given = process.env.CHROMIUM_PATH;
  if (given && existsSync(given)) return given;
  try {
    const found = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
    if (found) return found;
  } catch {
    // Not on the PATH: said below.
  }
  throw new Error(
    'The browser tests need Chromium and found none: install it with `apt-get install -y chromium` ' +
      '(or set CHROMIUM_PATH to a Chromium or Chrome executable).',
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true });
}

/** Saves a full-page screenshot as `test-output/screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Waits until the element shows text matching `text`, and returns that text. */
export async function shows(locator: Locator, text: RegExp): Promise<string> {
  const match = locator.filter({ hasText: text });
  await match.first().waitFor({ state: 'visible', timeout: SHOWN_WITHIN_MS });
  return (await match.first().innerText()).trim();
}

/**
 * Wakes DynamoDB Local's JVM before the first timed step: a just-started line's first storage calls
 * can be slow on a busy machine. The answers are not checked; the tests check what follows.
 */
export async function warmUp(baseUrl: string): Promise<void> {
  await fetch(`${baseUrl}/dashboard/data?days=1`).catch(() => undefined);
  await fetch(`${baseUrl}/ussd`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      sessionId: 'warm-up',
      serviceCode: '*384*1#',
      phoneNumber: '+6281299999999',
      text: '',
    }).toString(),
  }).catch(() => undefined);
}

/** Collects the page's uncaught script errors, so a test can check the page ran cleanly. */
export function scriptErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** What a browser test file works with: the local line, Chromium, and a fresh page for each test. */
export interface BrowserSession {
  line: LocalLine;
  browser: Browser;
  page: Page;
}

/**
 * Starts a local line with its clock at `now` and Chromium for the test file, gives each test a fresh
 * laptop-sized page, and fails a test whose page threw a script error.
 */
export function browserSession(now: string): BrowserSession {
  const session = {} as BrowserSession;
  let errors: string[] = [];
  beforeAll(async () => {
    [session.line, session.browser] = await Promise.all([
      startLocalLine({ port: 0, now, env: {} }),
      launchChromium(),
    ]);
    await warmUp(session.line.url);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.line?.stop();
  });
  beforeEach(async () => {
    session.page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
    errors = scriptErrors(session.page);
  });
  afterEach(async () => {
    await session.page?.close();
    expect(errors, 'script errors on the page').toEqual([]);
  });
  return session;
}
