// Register mode in the built app, offline: a business unit imports notifications and a spreadsheet,
// sees them in the register, acknowledges one; tampered, foreign and duplicate files are refused.
// axe-core checks each register page: the table with import results, the entry with its
// acknowledgement, and the themes.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { testNotificationData } from '../../src/domain/register/register-test-data';
import { notificationFileBytes } from '../fixtures/register/notification-file';
import { openBrowser, waitForServiceWorkerControl, type BrowserSession } from './browser';
import { setPassphrase } from './journey-steps';

let session: BrowserSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const pdf = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from(bytes),
});

describe('register', () => {
  it('imports notifications and a spreadsheet offline, refusing bad files, and acknowledges one', async () => {
    session = await openBrowser();
    const { page, context } = session;
    await page.goto(`${inject('baseUrl')}/settings`);
    await waitForServiceWorkerControl(page);
    await page.reload();
    await context.setOffline(true);

    await page.getByLabel('I receive notifications for a partnership').check();
    await page.getByRole('link', { name: 'Register', exact: true }).click();
    await setPassphrase(page);
    await page.getByRole('heading', { level: 1, name: 'Register of notifications' }).waitFor();
    expect(await axeViolations(page), 'empty register with its import').toEqual([]);

    const good = notificationFileBytes(testNotificationData('ESC-E2E1-AAAA'));
    const tampered = Buffer.from(notificationFileBytes(testNotificationData('ESC-E2E2-BBBB')));
    const at = tampered.indexOf('<escalate:data>') + '<escalate:data>'.length + 10;
    tampered[at] = tampered[at] === 0x41 ? 0x42 : 0x41;
    await page
      .getByLabel(/Choose notification PDFs/)
      .setInputFiles([
        pdf('good.pdf', good),
        pdf('tampered.pdf', tampered),
        pdf('letter.pdf', new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n')),
        pdf('again.pdf', good),
      ]);
    const results = page.getByRole('region', { name: 'Import results' });
    await results.getByText('1 of 4 files imported.').waitFor();
    expect(await results.getByText(/tampered\.pdf.*Altered since it was made/).count()).toBe(1);
    expect(await results.getByText(/letter\.pdf.*Not an Escalate notification/).count()).toBe(1);
    expect(await results.getByText(/again\.pdf.*already in the register/).count()).toBe(1);

    await page.getByLabel(/Choose notification PDFs/).setInputFiles({
      name: 'old-sheet.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        '\uFEFFDate received,Case Ref,Summary\r\n02/04/2026,SC-0042,Zoë’s school\r\n',
      ),
    });
    await page.getByRole('button', { name: 'Import 1 row' }).click();
    await page.getByText('old-sheet.csv – 1 of 1 rows imported.').waitFor();
    const table = page.getByRole('table');
    await table.getByText('Zoë’s school').waitFor();
    expect(await axeViolations(page), 'register table and import results').toEqual([]);
    await table.getByRole('link', { name: 'ESC-E2E1-AAAA' }).click();

    await page.getByRole('heading', { level: 1, name: 'ESC-E2E1-AAAA' }).waitFor();
    const email = await page.getByRole('link', { name: 'Write the e-mail' }).getAttribute('href');
    expect(decodeURIComponent(email ?? '')).toContain(
      'subject=[secure] Acknowledgement of your escalation notification – ESC-E2E1-AAAA',
    );
    await page.getByRole('button', { name: 'Record it as sent today' }).click();
    await page.getByText(/Acknowledged on changed from “” to/).waitFor();
    expect(await axeViolations(page), 'entry and acknowledgement').toEqual([]);
    await page.getByRole('link', { name: 'Back to the register' }).click();
    await page.getByRole('link', { name: 'See the six-monthly themes' }).click();
    await page.getByRole('heading', { level: 1, name: /^Themes: / }).waitFor();
    expect(await axeViolations(page), 'themes').toEqual([]);
  });
});
