// Notify, offline: a resolved escalation under each built-in policy gives a reviewed, anonymised
// PDF; nothing about the client reaches the file; the e-mail link carries nothing about them either.
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractPdf } from '../fixtures/notifications/pdf-text';
import { openBrowser, type BrowserSession } from './browser';
import { CLIENT, offlineWithPassphrase, startEscalation } from './journey-steps';

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowser();
  page = session.page;
  await offlineWithPassphrase(session, inject('baseUrl'));
});

afterAll(async () => {
  await session.close();
});

const PACKS = [
  'Cambridgeshire Local Safeguarding Children Board',
  'Lincolnshire Safeguarding Children Board',
  'Local Safeguarding Children Partnership (area not named in the source)',
  'South Tyneside Safeguarding Children Partnership (STSCP) and South Tyneside Safeguarding Adults Board (STSAB)',
  'Wiltshire Safeguarding Children Board',
];

async function resolvedEscalation(partnership: string): Promise<string> {
  await page.getByRole('link', { name: 'Escalations', exact: true }).click();
  await page.getByRole('link', { name: 'Start an escalation' }).first().click();
  await startEscalation(page, partnership);
  const caseRef =
    /ESC-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(
      (await page.getByRole('heading', { level: 1 }).textContent()) ?? '',
    )?.[0] ?? '';
  await page.getByRole('link', { name: 'Log a discussion' }).click();
  await page.getByLabel('Phone call').check();
  await page.getByRole('button', { name: /^Add Devika Marchbanks/ }).click();
  await page
    .getByLabel('Summary of the discussion')
    .fill(
      `Discussed ${CLIENT.firstName}'s referral; ${CLIENT.firstName} lives at ${CLIENT.address}.`,
    );
  await page.getByRole('button', { name: 'Save the discussion' }).click();
  await page.getByText('Discussion logged').first().waitFor();
  await page.getByRole('link', { name: 'Resolve', exact: true }).click();
  await page
    .getByLabel('Agreed outcome')
    .fill(`A home visit to ${CLIENT.firstName} ${CLIENT.lastName} is booked.`);
  await page.getByRole('button', { name: 'Resolve and close the record' }).click();
  await page.getByText('Escalation resolved').first().waitFor();
  return caseRef;
}

async function reviewEverything(): Promise<void> {
  const typed = page.locator('textarea[id$="-typed"]');
  for (let i = 0; i < (await typed.count()); i++)
    await typed.nth(i).fill('Designated safeguarding lead, Wexbury Primary School');
  const checks = page.getByRole('checkbox', { name: /I have checked this field/ });
  for (let i = 0; i < (await checks.count()); i++) await checks.nth(i).check();
}

describe('notification of an escalation', () => {
  for (const partnership of PACKS) {
    it(`makes a reviewed, anonymised PDF for ${partnership}`, async () => {
      const caseRef = await resolvedEscalation(partnership);
      await page.getByRole('link', { name: 'Prepare the notification' }).click();
      await page.getByRole('heading', { name: /Check what will be printed/ }).waitFor();
      expect(await page.getByRole('button', { name: 'Prepare notification' }).isDisabled()).toBe(
        true,
      );
      await reviewEverything();
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      await page.getByRole('button', { name: 'Prepare notification' }).click();
      await page.getByRole('button', { name: 'Download', exact: true }).waitFor();

      const mailto =
        (await page.getByRole('link', { name: 'Open e-mail' }).getAttribute('href')) ?? '';
      expect(decodeURIComponent(mailto)).toContain(caseRef);
      for (const secret of [CLIENT.firstName, CLIENT.lastName, 'Lanternfield'])
        expect(decodeURIComponent(mailto)).not.toContain(secret);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download', exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(
        `notification-${caseRef}-${new Date().toISOString().slice(0, 10)}.pdf`,
      );
      const pdf = await extractPdf(new Uint8Array(await readFile(await download.path())));
      const text = pdf.pages.join('\n');
      expect(text).toContain('OFFICIAL-SENSITIVE');
      expect(text).toContain(caseRef);
      expect(text).toContain(`Page 1 of ${pdf.pages.length}`);
      expect(text).toContain('Devika Marchbanks');
      for (const secret of [CLIENT.firstName, CLIENT.lastName, 'Lanternfield', CLIENT.postcode])
        expect(text).not.toContain(secret);
      expect(JSON.stringify(pdf.info)).not.toContain(CLIENT.firstName);
    });
  }
});
