// Two real tabs of one browser: locking in one locks the other, the pause after wrong passphrases
// in one holds in the other, and each tab's start form keeps its own draft.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from './browser';
import {
  CLIENT,
  PASSPHRASE,
  pageNow,
  setPassphrase,
  START_FORM,
  unlockWith,
  waitForDraftSaved,
} from './journey-steps';

let session: BrowserSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

const LOCKED = { level: 1, name: 'Escalate is locked' } as const;

async function wrongPassphrase(page: Page): Promise<void> {
  const unlock = page.getByRole('button', { name: 'Unlock' });
  await expect.poll(() => unlock.isEnabled(), { timeout: 30_000 }).toBe(true);
  await page.getByLabel('Passphrase').fill('not the passphrase at all');
  await unlock.click();
  await page.getByRole('link', { name: /That passphrase is not right/ }).waitFor();
}

describe('two tabs', () => {
  it('lock together, share the wrong-passphrase pause, and keep their own start drafts', async () => {
    session = await openBrowser();
    const { context } = session;
    const a = session.page;
    await a.goto(`${inject('baseUrl')}/escalations`);
    await setPassphrase(a);
    const b = await context.newPage();
    await b.goto(`${inject('baseUrl')}/escalations`);
    await unlockWith(b);
    await b.getByRole('button', { name: 'Lock now' }).waitFor();

    // Lock in A: B locks too.
    await a.getByRole('button', { name: 'Lock now' }).click();
    await a.getByRole('heading', LOCKED).waitFor();
    await b.getByRole('heading', LOCKED).waitFor({ timeout: 10_000 });

    // Five wrong passphrases in A (pauses of 1, 2 and 4 s between them) start an 8-second pause:
    // the right passphrase typed in B meanwhile is not even tried.
    for (let attempt = 0; attempt < 5; attempt += 1) await wrongPassphrase(a);
    await unlockWith(b);
    await b.getByRole('link', { name: /pausing after wrong passphrases/ }).waitFor();
    await b.getByText(/You can try again in \d+ seconds?/).waitFor();
    expect(await b.getByRole('heading', LOCKED).count()).toBe(1);
    // After the pause, B unlocks, and A with it.
    const unlockB = b.getByRole('button', { name: 'Unlock' });
    await expect.poll(() => unlockB.isEnabled(), { timeout: 30_000 }).toBe(true);
    await b.getByLabel('Passphrase').fill(PASSPHRASE);
    await unlockB.click();
    await b.getByRole('button', { name: 'Lock now' }).waitFor({ timeout: 60_000 });
    await a.getByRole('button', { name: 'Lock now' }).waitFor({ timeout: 10_000 });

    // Each tab's start form has its own draft.
    await a.getByRole('link', { name: 'Start an escalation' }).first().click();
    await a.getByRole('heading', { level: 1, name: 'Start an escalation' }).waitFor();
    await a.locator('#child-firstName').fill(CLIENT.firstName);
    await waitForDraftSaved(a, START_FORM, await pageNow(a));
    await b.getByRole('link', { name: 'Start an escalation' }).first().click();
    await b.getByRole('heading', { level: 1, name: 'Start an escalation' }).waitFor();
    await b.waitForTimeout(1000); // a draft would be loaded by now
    expect(await b.locator('#child-firstName').inputValue()).toBe('');
    await b.locator('#child-firstName').fill('Rowan');
    await waitForDraftSaved(b, START_FORM, await pageNow(b));
    expect(await a.locator('#child-firstName').inputValue()).toBe(CLIENT.firstName);

    // A's draft was saved, not lost: once A's tab is closed, a new tab's start form takes it up
    // (B still holds its own).
    await a.close();
    const c = await context.newPage();
    await c.goto(`${inject('baseUrl')}/escalations/new`);
    await unlockWith(c);
    await c.getByRole('heading', { level: 1, name: 'Start an escalation' }).waitFor();
    await expect
      .poll(() => c.locator('#child-firstName').inputValue(), { timeout: 10_000 })
      .toBe(CLIENT.firstName);
    expect(await b.locator('#child-firstName').inputValue()).toBe('Rowan');
  }, 240_000); // six PBKDF2 runs and the pauses between wrong passphrases, on a busy machine
});
