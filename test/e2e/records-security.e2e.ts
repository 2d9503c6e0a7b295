// Records are unreadable at rest, vanish from the screen on lock, and survive the device through an
// encrypted backup restored offline on a fresh profile; every records screen passes axe.
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, waitForServiceWorkerControl, type BrowserSession } from './browser';
import {
  CLIENT,
  PASSPHRASE,
  rawIndexedDb,
  setPassphrase,
  startEscalation,
  unlockWith,
} from './journey-steps';

const sessions: BrowserSession[] = [];

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});

async function offlineDevice(path: string): Promise<Page> {
  const session = await openBrowser();
  sessions.push(session);
  await session.page.goto(`${inject('baseUrl')}/`);
  await waitForServiceWorkerControl(session.page);
  await session.context.setOffline(true);
  await session.page.goto(`${inject('baseUrl')}${path}`);
  return session.page;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

const SECRETS = [
  CLIENT.firstName,
  CLIENT.lastName,
  'Lanternfield',
  CLIENT.professional,
  'without a home visit',
];

describe('records at rest', () => {
  it('stores nothing readable, hides everything on lock and reload, and shows it again on unlock', async () => {
    const page = await offlineDevice('/escalations');
    await setPassphrase(page);
    await page.getByRole('link', { name: 'Start an escalation' }).first().click();
    await expectNoAxeViolations(page);
    await startEscalation(page, 'Wiltshire Safeguarding Children Board');
    await expectNoAxeViolations(page);
    await page.getByText(CLIENT.statement).first().waitFor();

    const raw = await rawIndexedDb(page);
    expect(raw).toContain('ESC-');
    for (const secret of SECRETS) expect(raw).not.toContain(secret);

    for (const action of ['Log a discussion', 'Resolve', 'Withdraw']) {
      await page.getByRole('link', { name: action, exact: true }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectNoAxeViolations(page);
      await page.goBack();
    }

    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Escalate is locked' }).waitFor();
    for (const secret of SECRETS) expect(await page.content()).not.toContain(secret);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Escalate is locked' }).waitFor();
    for (const secret of SECRETS) expect(await page.content()).not.toContain(secret);
    await expectNoAxeViolations(page);

    await unlockWith(page);
    await page.getByText(CLIENT.statement).first().waitFor();
  });

  it('backs up, then restores onto a wiped device, offline', async () => {
    const page = await offlineDevice('/escalations');
    await setPassphrase(page);
    await page.getByRole('link', { name: 'Start an escalation' }).first().click();
    await startEscalation(page, 'Wiltshire Safeguarding Children Board');
    const caseRef =
      /ESC-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(
        (await page.getByRole('heading', { level: 1 }).textContent()) ?? '',
      )?.[0] ?? '';

    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Your Escalate passphrase').fill(PASSPHRASE);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^escalate-backup-\d{4}-\d{2}-\d{2}\.escalate$/);
    const file = await download.path();
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 200).toString('utf8')).toContain('"format":"escalate-backup"');
    for (const secret of SECRETS) expect(bytes.toString('latin1')).not.toContain(secret);

    // A wiped device: a new profile with no site data at all.
    const fresh = await offlineDevice('/escalations');
    await setPassphrase(fresh);
    await fresh.getByRole('link', { name: 'Settings', exact: true }).click();
    await fresh.locator('#restore-file').setInputFiles(file);
    await fresh.getByLabel('The backup’s passphrase').fill(PASSPHRASE);
    await fresh.getByRole('button', { name: 'Check backup' }).click();
    await fresh.getByRole('heading', { name: 'This backup contains' }).waitFor();
    await expectNoAxeViolations(fresh);
    await fresh.getByRole('button', { name: 'Merge this backup' }).click();
    await fresh.getByText(/Backup restored: 1 escalation merged/).waitFor();

    await fresh.getByRole('link', { name: 'Escalations', exact: true }).click();
    await fresh
      .getByRole('link', { name: new RegExp(caseRef) })
      .first()
      .click();
    await fresh.getByText(CLIENT.statement).first().waitFor();
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const page = await offlineDevice('/escalations');
    await setPassphrase(page);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.locator('#restore-file').setInputFiles({
      name: 'notes.escalate',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('not a backup at all'),
    });
    await page.getByLabel('The backup’s passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Check backup' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').innerText()).toMatch(
      /not an Escalate backup|not a backup/i,
    );
  });
});
