// Nothing typed about a client reaches the browser's own profile files, nothing decrypted stays in
// the page's memory after "Lock now" or auto-lock, and a backup with wrong-shaped settings cannot
// break a page.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_FLAGS } from '../../scripts/find-chromium.mjs';
import { CLIENT, PASSPHRASE, setPassphrase, startEscalation, unlockWith } from './journey-steps';

const IDENTIFIERS = [
  CLIENT.firstName,
  CLIENT.lastName,
  'Lanternfield',
  CLIENT.postcode,
  CLIENT.professional,
  'without a home visit',
];

const profiles: string[] = [];
const contexts: BrowserContext[] = [];

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close().catch(() => undefined)));
  await Promise.all(profiles.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A persistent profile whose files the test can read after the browser has closed. */
async function launch(): Promise<{ profile: string; context: BrowserContext; page: Page }> {
  const profile = await mkdtemp(join(tmpdir(), 'escalate-hardening-'));
  profiles.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1024, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  contexts.push(context);
  const page = context.pages()[0] ?? (await context.newPage());
  return { profile, context, page };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every file of the profile that holds `text`, as UTF-8 or UTF-16 (Chromium writes both). */
async function filesHolding(profile: string, text: string): Promise<string[]> {
  const utf8 = Buffer.from(text, 'utf8');
  const utf16 = Buffer.from(text, 'utf16le');
  const found: string[] = [];
  for (const file of await filesUnder(profile)) {
    const bytes = await readFile(file).catch(() => Buffer.alloc(0));
    if (bytes.includes(utf8) || bytes.includes(utf16)) found.push(file.slice(profile.length));
  }
  return found;
}

describe('the browser profile', () => {
  it('holds no identifier in any file after a journey', async () => {
    const { profile, context, page } = await launch();
    await page.goto(`${inject('baseUrl')}/escalations`);
    await setPassphrase(page);
    await page.getByRole('link', { name: 'Start an escalation' }).first().click();
    await startEscalation(page, 'Wiltshire Safeguarding Children Board');
    await page.getByText(CLIENT.statement).first().waitFor();
    // A second start form, typed into and left unsaved: a draft and form state to restore.
    await page.getByRole('link', { name: 'Escalations', exact: true }).click();
    await page.getByRole('link', { name: 'Start an escalation' }).first().click();
    await page.locator('#child-firstName').fill(CLIENT.firstName);
    await page.locator('#address-line1').fill(CLIENT.address);
    await page.getByRole('link', { name: 'Guides', exact: true }).click();
    await page.goBack();
    await page.waitForTimeout(1500); // let the draft autosave and the session be written
    await context.close();

    const found: Record<string, string[]> = {};
    for (const identifier of IDENTIFIERS) {
      const files = await filesHolding(profile, identifier);
      if (files.length > 0) found[identifier] = files;
    }
    expect(found).toEqual({});
  });
});

/** A fresh profile with a passphrase set and a Wiltshire record started, open on its page. */
async function openNewRecord(): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await launch();
  await page.goto(`${inject('baseUrl')}/escalations`);
  await setPassphrase(page);
  await page.getByRole('link', { name: 'Start an escalation' }).first().click();
  await startEscalation(page, 'Wiltshire Safeguarding Children Board');
  await page.getByText(CLIENT.statement).first().waitFor();
  return { context, page };
}

/** After the page has settled (half a second), none of the record's values is in its memory. */
async function expectNoIdentifierInHeap(context: BrowserContext, page: Page): Promise<void> {
  await page.waitForTimeout(500);
  const snapshot = await heapSnapshot(context, page);
  const reachable = IDENTIFIERS.filter((identifier) => snapshot.includes(identifier));
  expect(reachable).toEqual([]);
}

/** A heap snapshot of the page after a garbage collection, as one string. */
async function heapSnapshot(context: BrowserContext, page: Page): Promise<string> {
  const cdp = await context.newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (event) => chunks.push(event.chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const snapshot = chunks.join('');
  expect(snapshot.length).toBeGreaterThan(100_000);
  return snapshot;
}

describe('after Lock now', () => {
  it('leaves none of the record’s values in the page’s memory', async () => {
    const { context, page } = await openNewRecord();
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Escalate is locked' }).waitFor();
    await expectNoIdentifierInHeap(context, page);
  }, 300_000); // a heap snapshot of the whole page is slow on a busy 2-core machine
});

describe('after Lock now from the notification review and the list', () => {
  it('leaves none of the record’s values in the page’s memory', async () => {
    const { context, page } = await openNewRecord();
    // The review decrypts the record's text to propose what to hide; the list decrypts names.
    await page.getByRole('link', { name: 'Prepare the notification' }).first().click();
    await page.getByText('without a home visit', { exact: false }).first().waitFor();
    await page.getByRole('link', { name: 'Escalations', exact: true }).click();
    await page.getByText(CLIENT.lastName, { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Escalate is locked' }).waitFor();
    await expectNoIdentifierInHeap(context, page);
  }, 300_000);
});

describe('after auto-lock', () => {
  it('leaves none of the record’s values in the page’s memory', async () => {
    const { context, page } = await openNewRecord();
    // The shortest auto-lock Settings offers, then back to the open record (in the app, no reload).
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Lock after this long without use').selectOption('1');
    await page.goBack();
    await page.getByText(CLIENT.statement).first().waitFor();
    expect(await page.getByText(CLIENT.firstName).count()).toBeGreaterThan(0);
    // Nothing touches the page now: the real timer locks it after a minute without use.
    await page
      .getByRole('heading', { level: 1, name: 'Escalate is locked' })
      .waitFor({ timeout: 90_000 });
    await expectNoIdentifierInHeap(context, page);
  }, 300_000);
});

describe('a backup with wrong-shaped settings', () => {
  it('restores without breaking any page', async () => {
    const { page } = await launch();
    await page.goto(`${inject('baseUrl')}/escalations`);
    await setPassphrase(page);
    // Write the backup in the page with the app's own code path: back up, then damage its settings.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.evaluate(async () => {
      const open = indexedDB.open('escalate');
      const db = await new Promise<IDBDatabase>(
        (resolve) => (open.onsuccess = () => resolve(open.result)),
      );
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({
        key: 'calendar.settings',
        value: { region: 7, closedDays: 'x' },
      });
      tx.objectStore('settings').put({ key: 'vault.autoLockMinutes', value: 'abc' });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    await page.getByLabel('Your Escalate passphrase').fill(PASSPHRASE);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    const file = await download.path();
    await page.locator('#restore-file').setInputFiles(file);
    await page.getByLabel('The backup’s passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Check backup' }).click();
    await page.getByText('2 settings were not in the form Escalate expects').waitFor();
    await page.getByLabel(/^Replace: delete/).check();
    await page.getByRole('button', { name: 'Replace my records with this backup' }).click();
    await page.getByText(/Backup restored/).waitFor();

    for (const path of ['/', '/guides', '/escalations', '/settings', '/escalations/new']) {
      await page.goto(`${inject('baseUrl')}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expect(page.getByText('Something went wrong').count()).resolves.toBe(0);
    }
    // Still unlocked a moment later: a bad auto-lock value no longer locks straight away.
    await page.goto(`${inject('baseUrl')}/escalations`);
    await unlockWith(page);
    await page.getByRole('button', { name: 'Lock now' }).waitFor();
    await page.waitForTimeout(1500);
    await expect(page.getByRole('button', { name: 'Lock now' }).count()).resolves.toBe(1);
  });
});
