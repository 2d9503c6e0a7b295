// The heart of the app, offline in a real browser: start an escalation, survive a reload while
// typing, log a discussion, escalate, resolve, and find the record again; then every policy.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from './browser';
import {
  CLIENT,
  offlineWithPassphrase,
  pageNow,
  START_FORM,
  startEscalation,
  unlockWith,
  waitForDraftSaved,
} from './journey-steps';

let session: BrowserSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function offlineAtEscalations(): Promise<Page> {
  session = await openBrowser();
  await offlineWithPassphrase(session, inject('baseUrl'));
  return session.page;
}

async function banner(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor();
}

describe('an escalation from start to finish', () => {
  it('starts, keeps typing across a reload, logs, escalates, resolves and is found again, offline', async () => {
    const page = await offlineAtEscalations();
    await page.getByRole('link', { name: 'Start an escalation' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Start an escalation' }).waitFor();
    await page.getByLabel('What are you escalating?').fill(CLIENT.statement);
    await waitForDraftSaved(page, START_FORM, await pageNow(page));
    await page.reload();
    await unlockWith(page);
    await page.getByRole('heading', { level: 1, name: 'Start an escalation' }).waitFor();
    // The draft is claimed, read and decrypted after the form is drawn: give it the same patience
    // as tabs.e2e.ts gives a restored draft, not expect.poll's default of one second.
    await expect
      .poll(() => page.getByLabel('What are you escalating?').inputValue(), { timeout: 10_000 })
      .toBe(CLIENT.statement);

    await startEscalation(page, 'Wiltshire Safeguarding Children Board');
    await banner(page, 'Escalation started');
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    const caseRef = /ESC-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(heading ?? '')?.[0];
    expect(caseRef).toBeDefined();
    expect(heading).not.toContain(CLIENT.firstName);

    await page.getByRole('link', { name: 'Log a discussion' }).click();
    await page.getByLabel('Phone call').check();
    await page.getByRole('button', { name: /^Add Devika Marchbanks/ }).click();
    await page
      .getByLabel('Summary of the discussion')
      .fill('Agreed to look again at the referral.');
    await page.getByRole('button', { name: 'Save the discussion' }).click();
    await banner(page, 'Discussion logged');
    await page.getByText('Agreed to look again at the referral.').first().waitFor();

    await page.getByRole('link', { name: /^Escalate to/ }).click();
    await page.getByLabel('Why is it being escalated?').fill('No review after two working days.');
    await page.getByRole('button', { name: 'Escalate', exact: true }).click();
    await banner(page, /Escalated to Stage (One|Two)/);

    await page.getByRole('link', { name: 'Resolve', exact: true }).click();
    await page
      .getByLabel('Agreed outcome')
      .fill('Strategy discussion held; a home visit is booked.');
    await page.getByRole('button', { name: 'Resolve and close the record' }).click();
    await banner(page, 'Escalation resolved');
    expect(await page.getByRole('link', { name: 'Log a discussion' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Escalations', exact: true }).click();
    await page.getByLabel('Case reference').fill(caseRef ?? '');
    await page
      .getByRole('link', { name: new RegExp(caseRef ?? 'none') })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: new RegExp(caseRef ?? 'none') }).waitFor();
    // Focus follows the navigation to the record's heading, once it has been decrypted.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('starts and escalates a record under every built-in policy', async () => {
    const page = await offlineAtEscalations();
    for (const partnership of [
      'Cambridgeshire Local Safeguarding Children Board',
      'Lincolnshire Safeguarding Children Board',
      'Local Safeguarding Children Partnership (area not named in the source)',
      'South Tyneside Safeguarding Children Partnership (STSCP) and South Tyneside Safeguarding Adults Board (STSAB)',
      'Wiltshire Safeguarding Children Board',
    ]) {
      await page.getByRole('link', { name: 'Escalations', exact: true }).click();
      await page.getByRole('link', { name: 'Start an escalation' }).first().click();
      await startEscalation(page, partnership);
      await banner(page, 'Escalation started');
      await page.getByRole('link', { name: /^Escalate to/ }).click();
      await page.getByLabel('Why is it being escalated?').fill('Not resolved at this stage.');
      await page.getByRole('button', { name: 'Escalate', exact: true }).click();
      await banner(page, /^Escalated to/);
    }
  });
});
