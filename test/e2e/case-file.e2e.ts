// The record as a practitioner keeps it, offline in the built app: several open escalations told
// apart by the child's name, a sibling added later and hidden in the next notification, the whole
// record exported for the case file, and due dates in a calendar file with no client detail.
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractPdf } from '../fixtures/notifications/pdf-text';
import { openBrowser, type BrowserSession } from './browser';
import { CLIENT, offlineWithPassphrase, startEscalation } from './journey-steps';

const WILTSHIRE = 'Wiltshire Safeguarding Children Board';
// Its first stage has a timescale, so the second record has a due date for the calendar.
const SOUTH_TYNESIDE =
  'South Tyneside Safeguarding Children Partnership (STSCP) and South Tyneside Safeguarding Adults Board (STSAB)';
const OTHER = { firstName: 'Bramwell', lastName: 'Ostrander' };
const SIBLING = 'Perrin';

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

async function expectNoAxeViolations(): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Words in the case file's tables drawn over two lines (a web address may be: not a word). */
async function wordsSplitAcrossLines(): Promise<string[]> {
  return page.evaluate(() => {
    const split: string[] = [];
    for (const cell of document.querySelectorAll('.case-file__table th, .case-file__table td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/[\p{L}\p{N}’']{2,30}/gu)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].map((box) => Math.round(box.top)));
          if (lines.size > 1) split.push(word[0]);
        }
      }
    }
    return split;
  });
}

async function caseRefOnPage(): Promise<string> {
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  return /ESC-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(heading)?.[0] ?? '';
}

async function startNew(): Promise<void> {
  await page.getByRole('link', { name: 'Escalations', exact: true }).click();
  await page.getByRole('link', { name: 'Start an escalation' }).first().click();
}

/** Starts a record for the second child, with fewer details than the shared steps type. */
async function startForOther(): Promise<string> {
  await startNew();
  await page.getByRole('heading', { level: 1, name: 'Start an escalation' }).waitFor();
  await startEscalationAs(OTHER);
  return caseRefOnPage();
}

async function startEscalationAs(child: { firstName: string; lastName: string }) {
  await page
    .getByLabel('Which partnership’s policy are you following?')
    .selectOption({ label: SOUTH_TYNESIDE });
  await page.getByLabel('Type of agency you work for').selectOption('education');
  await page.getByLabel('Your role').fill('Designated safeguarding lead');
  await page.getByLabel('Your organisation').fill('Wexbury Primary School');
  const categories = page.locator('#categoryIds input[type="checkbox"]');
  if ((await categories.count()) > 0) await categories.first().check();
  await page.getByLabel('What are you escalating?').fill('The plan was ended without a review.');
  await page.getByLabel('What outcome are you seeking?').fill('A review meeting.');
  await page.locator('#child-firstName').fill(child.firstName);
  await page.locator('#child-lastName').fill(child.lastName);
  await page.getByRole('button', { name: 'Start escalation' }).click();
  await page.getByText('Escalation started').first().waitFor();
}

describe('the record for the case file', () => {
  let first = '';
  let second = '';

  it('tells several open escalations apart by the child’s name, and finds one by name', async () => {
    await startNew();
    await startEscalation(page, WILTSHIRE);
    first = await caseRefOnPage();
    second = await startForOther();
    await page.getByRole('link', { name: 'Escalations', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Escalations' }).waitFor();
    const firstLink = page.getByRole('link', { name: new RegExp(first) }).first();
    await expect
      .poll(() => firstLink.textContent())
      .toContain(`${CLIENT.firstName} ${CLIENT.lastName}`);
    const secondLink = page.getByRole('link', { name: new RegExp(second) }).first();
    await expect
      .poll(() => secondLink.textContent())
      .toContain(`${OTHER.firstName} ${OTHER.lastName}`);

    await page.getByLabel('Child’s or adult’s name').fill(OTHER.firstName);
    const results = page.getByRole('search').locator('xpath=following-sibling::ul[1]');
    // The list narrows as the search runs: wait for it to settle on the one record, by name.
    await expect
      .poll(async () => {
        const text = (await results.textContent()) ?? '';
        return { second: text.includes(second), first: text.includes(first) };
      })
      .toEqual({ second: true, first: false });
  });

  it('adds a sibling later and hides them in the next notification', async () => {
    await page
      .getByRole('link', { name: new RegExp(first) })
      .first()
      .click();
    await page.getByRole('link', { name: 'Amend the client’s details' }).click();
    await page.getByRole('button', { name: 'Add a sibling' }).click();
    await page.locator('#siblings-0-firstName').waitFor();
    await expectNoAxeViolations();
    await page.locator('#siblings-0-firstName').fill(SIBLING);
    await page.getByRole('button', { name: 'Save the amendment' }).click();
    await page.getByText('Client details amended').first().waitFor();

    await page.getByRole('link', { name: 'Log a discussion' }).click();
    await page.getByLabel('Phone call').check();
    await page.getByRole('button', { name: /^Add Devika Marchbanks/ }).click();
    await page.getByLabel('Summary of the discussion').fill(`${SIBLING} was at home as well.`);
    await page.getByRole('button', { name: 'Save the discussion' }).click();
    await page.getByText('Discussion logged').first().waitFor();
    await page.getByRole('link', { name: 'Resolve', exact: true }).click();
    await page.getByLabel('Agreed outcome').fill(`A visit to ${SIBLING} and ${CLIENT.firstName}.`);
    await page.getByRole('button', { name: 'Resolve and close the record' }).click();
    await page.getByText('Escalation resolved').first().waitFor();

    await page.getByRole('link', { name: 'Prepare the notification' }).click();
    await page.getByRole('heading', { name: /Check what will be printed/ }).waitFor();
    const typed = page.locator('textarea[id$="-typed"]');
    for (let i = 0; i < (await typed.count()); i++)
      await typed.nth(i).fill('Designated safeguarding lead, Wexbury Primary School');
    const checks = page.getByRole('checkbox', { name: /I have checked this field/ });
    for (let i = 0; i < (await checks.count()); i++) await checks.nth(i).check();
    await page.getByRole('button', { name: 'Prepare notification' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download', exact: true }).click(),
    ]);
    const pdf = await extractPdf(new Uint8Array(await readFile(await download.path())));
    const text = pdf.pages.join('\n');
    expect(text).toContain(first);
    expect(text).not.toContain(SIBLING);
    expect(text).not.toContain(CLIENT.firstName);
  });

  it('exports the whole record for the case file, saying first it is not anonymised', async () => {
    // The nav link, not a reload: a reload locks the vault.
    await page.getByRole('link', { name: 'Escalations', exact: true }).click();
    await page
      .getByRole('link', { name: new RegExp(first) })
      .first()
      .click();
    await page.getByRole('link', { name: 'Export the record for your case file' }).click();
    await page
      .getByText(/Not anonymised/)
      .first()
      .waitFor();
    await expectNoAxeViolations();
    // On a phone the tables keep their words whole and scroll sideways in their own regions.
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    expect(await wordsSplitAcrossLines()).toEqual([]);
    await expectNoAxeViolations();
    await page.setViewportSize({ width: 1024, height: 900 });
    // The print view: the same page as the printer sees it, with the controls hidden.
    await page.emulateMedia({ media: 'print' });
    await expectNoAxeViolations();
    await page.emulateMedia({ media: 'screen' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download the PDF/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${first}-case-file.pdf`);
    const pdf = await extractPdf(new Uint8Array(await readFile(await download.path())));
    const text = pdf.pages.join('\n');
    expect(text).toContain(`${CLIENT.firstName} ${CLIENT.lastName}`);
    expect(text).toContain(`Sibling added: ${SIBLING}`);
    expect(text).toContain(`${SIBLING} was at home as well.`);
    expect(text).toContain('Notifications made and sent');
    pdf.pages.forEach((pageText, index) => {
      expect(pageText).toContain('OFFICIAL-SENSITIVE');
      expect(pageText).toContain(`Page ${index + 1} of ${pdf.pages.length}`);
    });
    await page.getByText(/export is noted in the audit trail/).waitFor();
  });

  it('downloads the due dates as a calendar file with no client detail in it', async () => {
    await page.getByRole('link', { name: 'Escalations', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add due dates to my calendar' }).click(),
    ]);
    const ics = await readFile(await download.path(), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain(second);
    expect(ics).toContain('DTSTART;VALUE=DATE:');
    for (const secret of [
      OTHER.firstName,
      OTHER.lastName,
      CLIENT.firstName,
      CLIENT.lastName,
      SIBLING,
      CLIENT.address,
      'Wexbury',
    ])
      expect(ics).not.toContain(secret);
  });
});
