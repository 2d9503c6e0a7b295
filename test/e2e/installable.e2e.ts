// The manifest is complete enough for Chrome to offer installation.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, waitForServiceWorkerControl, type BrowserSession } from './browser';

let session: BrowserSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('installable', () => {
  it('has no installability errors in Chrome', async () => {
    session = await openBrowser();
    const { page, context } = session;
    await page.goto(`${inject('baseUrl')}/`);
    await waitForServiceWorkerControl(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
  });

  it('declares the manifest fields a home-screen app needs', async () => {
    const response = await fetch(`${inject('baseUrl')}/manifest.webmanifest`);
    expect(response.headers.get('content-type')).toContain('application/manifest+json');
    const manifest = (await response.json()) as Record<string, unknown> & {
      icons: { sizes: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Escalate',
      short_name: 'Escalate',
      lang: 'en-GB',
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
    const icons = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
    expect(icons).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
  });
});
