// The pages the build writes out (Home and each built-in guide) are hydrated by React, not drawn
// again (decision 0064): on a first visit and on a device that already holds Escalate's database,
// React reports no hydration error or warning, keeps the nodes the HTML made, and the page works —
// a link navigates within the app, a button responds.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './browser';

const GUIDE = '/guides/wiltshire-scb-2013';
const GUIDE_TITLE = /^WSCB Escalation Policy/;

/** Runs in every document before the app: errors, and any node React removes from #root. */
function watchHydration() {
  const record = { errors: [] as string[], removed: [] as string[] };
  (window as unknown as { __hydration: typeof record }).__hydration = record;
  window.addEventListener('error', (event) => record.errors.push(String(event.message)));
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    record.errors.push(args.map(String).join(' '));
    original(...args);
  };
  document.addEventListener('DOMContentLoaded', () => {
    const root = document.getElementById('root');
    if (!root) return;
    new MutationObserver((changes) => {
      for (const change of changes)
        for (const node of change.removedNodes)
          if (node instanceof Element) record.removed.push(node.localName);
    }).observe(root, { childList: true });
  });
}

let session: BrowserSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function open(): Promise<Page> {
  session = await openBrowser();
  await session.context.addInitScript(watchHydration);
  const page = session.page;
  page.on(
    'pageerror',
    (error) =>
      void page
        .evaluate((message) => {
          (window as unknown as { __hydration: { errors: string[] } }).__hydration.errors.push(
            message,
          );
        }, error.message)
        .catch(() => undefined),
  );
  return page;
}

/** Loads `path` and waits until React owns `selector` (it sets its own keys on what it hydrates). */
async function loadHydrated(page: Page, path: string, selector: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}${path}`);
  await page.waitForFunction(
    (target) => {
      const element = document.querySelector(target);
      return element !== null && Object.keys(element).some((key) => key.startsWith('__reactFiber'));
    },
    selector,
    { timeout: 15_000 },
  );
  // Passive effects and the renders that follow hydration (stored reads, the guide's rest).
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

async function expectHydratedCleanly(page: Page): Promise<void> {
  const record = await page.evaluate(
    () =>
      (window as unknown as { __hydration: { errors: string[]; removed: string[] } }).__hydration,
  );
  expect(record.errors).toEqual([]);
  // createRoot would have removed the HTML's header, page and footer from #root to draw its own.
  expect(record.removed).toEqual([]);
}

/** Marks the document, so a full page load (the link working without the app) loses the mark. */
const markDocument = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

async function checkHome(page: Page): Promise<void> {
  await loadHydrated(page, '/', 'main h1');
  await expectHydratedCleanly(page);
  await markDocument(page);
  await page.getByRole('link', { name: 'What do I do now?' }).click();
  await page.getByRole('heading', { level: 1, name: 'Guides' }).waitFor();
  expect(await sameDocument(page)).toBe(true);
}

async function checkGuide(page: Page): Promise<void> {
  await loadHydrated(page, GUIDE, 'main h1');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(GUIDE_TITLE);
  await expectHydratedCleanly(page);
  await markDocument(page);
  // A button responds: printing is the browser's, so count the request instead.
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { __printed: boolean }).__printed = true;
    };
  });
  await page.getByRole('button', { name: 'Print this guide' }).click();
  expect(await page.evaluate(() => (window as unknown as { __printed?: boolean }).__printed)).toBe(
    true,
  );
  // A link navigates within the app: a step opens beside the steps.
  await page.getByRole('list', { name: 'Steps of the policy' }).getByRole('link').first().click();
  await page.locator('#step-detail-heading').waitFor();
  expect(new URL(page.url()).searchParams.get('step')).toBeTruthy();
  expect(await sameDocument(page)).toBe(true);
}

describe('hydrating the prerendered pages', () => {
  it('hydrates Home and a guide on a first visit, with nothing stored', async () => {
    const page = await open();
    await checkHome(page);
    await checkGuide(page);
    // Reading them wrote nothing: a first visit still has no database.
    expect(
      await page.evaluate(async () =>
        (await indexedDB.databases()).some((database) => database.name === 'escalate'),
      ),
    ).toBe(false);
  });

  it('hydrates Home and a guide on a device that already holds records', async () => {
    const page = await open();
    // The device's first write: choosing a partnership stores it.
    await page.goto(`${inject('baseUrl')}/guides`);
    await page.getByRole('link', { name: 'Wiltshire Safeguarding Children Board' }).click();
    await page.getByRole('heading', { level: 1, name: GUIDE_TITLE }).waitFor();
    await expect
      .poll(() =>
        page.evaluate(async () =>
          (await indexedDB.databases()).some((database) => database.name === 'escalate'),
        ),
      )
      .toBe(true);
    await checkHome(page);
    await checkGuide(page);
  });
});
