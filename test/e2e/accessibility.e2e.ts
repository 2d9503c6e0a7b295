// axe-core finds no WCAG 2.2 A/AA violations on any page, and the skip link works.
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
