// Launches Debian's Chromium with a fresh profile for each test.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../scripts/find-chromium.mjs';

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/**
 * A persistent (non-incognito) profile, so installability and storage behave as for a real user.
 * `viewport` sizes every page from its first frame: a size set later on the page is applied again
 * to each new renderer process, which a navigation may start (back/forward-cache process swaps).
 */
export async function openBrowser(
  viewport: { width: number; height: number } = { width: 1024, height: 900 },
): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'escalate-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    serviceWorkers: 'allow',
    viewport,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the service worker controls the page (the first visit is not controlled until a reload). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Waits until the app owns the page's layout. Home and the guides arrive as prerendered HTML, footer
 * and all, which React then hydrates (decision 0064): until it has, a click is a plain link's and
 * focus is the browser's. React marks each node it draws or hydrates with its own keys, and the
 * footer is the layout's last.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const footer = document.querySelector('footer.site-footer');
    return footer !== null && Object.keys(footer).some((key) => key.startsWith('__reactFiber'));
  });
}
