// axe-core finds no WCAG 2.2 A/AA violations on any page, the skip link works, and a page reached
// by a link inside the app opens at its top with focus on its heading.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, waitForApp, type BrowserSession } from './browser';

const PAGES = [
  ['/', 'Escalate'],
  ['/guides', 'Guides'],
  ['/escalations', 'Set a passphrase for your records'],
  ['/settings', 'Settings'],
  ['/accessibility', 'Accessibility statement'],
  ['/licences', 'Data sources and licences'],
  ['/no-such-page', 'Page not found'],
] as const;

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser();
});

afterAll(async () => {
  await session.close();
});

describe('accessibility', () => {
  for (const [path, heading] of PAGES) {
    it(`has no axe violations on ${path}`, async () => {
      const { page } = session;
      await page.goto(`${inject('baseUrl')}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      // Settings shows its sections together once all have their data: check them, not the wait.
      if (path === '/settings')
        await page.getByRole('heading', { level: 2, name: 'Storage on this device' }).waitFor();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
    });
  }

  it('reaches the data sources and licences from the footer, and the software licences file', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('heading', { level: 1, name: 'Escalate' }).waitFor();
    await waitForApp(page);
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: 'Data sources and licences' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Data sources and licences' }).waitFor();
    const href = await page
      .getByRole('link', { name: 'third-party licences file' })
      .first()
      .getAttribute('href');
    expect(href).toBe('/third-party-licences.txt');
    const file = await page.request.get(`${inject('baseUrl')}${href}`);
    expect(file.ok()).toBe(true);
    expect(await file.text()).toContain('Kevin Atkinson');
  });

  it('opens a page reached by a link at its top, with focus on its heading', async () => {
    // A link inside the app changes page without a page load: the app itself must do what a load
    // does, or the new page opens as far down as the last one was scrolled, with focus nowhere.
    const { page } = session;
    await page.goto(`${inject('baseUrl')}/guides/wiltshire-scb-2013`);
    await waitForApp(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: 'Accessibility statement' })
      .click();
    const heading = page.getByRole('heading', { level: 1, name: 'Accessibility statement' });
    await heading.waitFor();
    await expect
      .poll(() => heading.evaluate((element) => element === document.activeElement))
      .toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // It was the app's own move, not a page load.
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    expect(await page.evaluate(() => location.pathname)).toBe('/accessibility');
  });

  it('moves keyboard focus to the main content with the skip link', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('heading', { level: 1, name: 'Escalate' }).waitFor();
    // The heading is in the page's HTML (decision 0047): press keys once the app has hydrated it.
    await waitForApp(page);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    const target = await page.evaluate(() => document.activeElement?.id);
    expect(target).toBe('main-content');
  });
});
