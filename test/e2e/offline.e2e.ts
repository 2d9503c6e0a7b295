// The app installs, works offline after one visit, and serves deep links with the network gone.
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { openBrowser, waitForServiceWorkerControl, type BrowserSession } from './browser';

let session: BrowserSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('offline', () => {
  it('reloads and opens deep links with the network off and the server stopped', async () => {
    const server = await startServer({ port: 0 });
    session = await openBrowser();
    const { page, context } = session;

    await page.goto(`${server.url}/`);
    // The app draws after the load event (main.tsx starts it in steps): wait for its heading.
    await page.getByRole('heading', { level: 1, name: 'Escalate' }).waitFor();
    await waitForServiceWorkerControl(page);
    const state = await page.evaluate(
      async () => (await navigator.serviceWorker.ready).active?.state,
    );
    expect(state).toBe('activated');

    await server.close();
    await context.setOffline(true);

    await page.reload();
    // Home's heading is in the page's HTML (decision 0047); the notice is the app's, drawn after it.
    await page.getByRole('heading', { level: 1, name: 'Escalate' }).waitFor();
    await page.getByText('Offline – everything still works on this device').waitFor();

    for (const [path, heading] of [
      ['/settings', 'Settings'],
      ['/guides', 'Guides'],
      ['/escalations', 'Set a passphrase for your records'],
      ['/accessibility', 'Accessibility statement'],
      // A built-in guide has a page of its own in the precache (decision 0047), with or without a step.
      [
        '/guides/wiltshire-scb-2013',
        'WSCB Escalation Policy for professionals with child protection or child welfare concerns',
      ],
      [
        '/guides/wiltshire-scb-2013?step=stage-one',
        'WSCB Escalation Policy for professionals with child protection or child welfare concerns',
      ],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    }
  });
});
