// A forgotten passphrase in a real Chromium: set up with a recovery key, lock, "Forgotten
// passphrase?", set a new passphrase with the key; the record is still there and the old
// passphrase is refused.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './browser';
import { CLIENT, PASSPHRASE, startEscalation, unlockWith } from './journey-steps';

const NEW_PASSPHRASE = 'copper meadow jigsaw falcon';
let session: BrowserSession | undefined;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the recovery key', () => {
  it('sets a new passphrase after the old one is forgotten, and keeps the record', async () => {
    session = await openBrowser();
    const { page } = session;
    await page.goto(`${inject('baseUrl')}/escalations`);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
    await page
      .getByLabel(
        'I understand that if I forget it, only a recovery key or a backup can bring my records back',
      )
      .check();
    await page.getByLabel('Make a recovery key as well (recommended)').check();
    await page.getByRole('button', { name: 'Set passphrase' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Your Escalate recovery key' })
      .waitFor({ timeout: 60_000 });
    const code = (await page.locator('.recovery-sheet__code').innerText()).trim();
    expect(code).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
    expect(await axeViolations(page)).toEqual([]);

    // It prints on its own: the code and what it is for, without the app's header.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.recovery-sheet__code').isVisible()).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print recovery key' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: /I have kept my recovery key/ }).click();
    await page.getByRole('link', { name: 'Start an escalation' }).first().click();
    await startEscalation(page, 'Wiltshire Safeguarding Children Board');
    await page.getByText(CLIENT.statement).first().waitFor();
    const recordUrl = page.url();

    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('link', { name: 'Forgotten passphrase?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgotten your passphrase?' }).waitFor();
    await page.getByLabel('Recovery key').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Recovery key').fill(code.toLowerCase().replace(/-/g, ' '));
    await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByLabel('Type the new passphrase again').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Set new passphrase' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Your new passphrase is set' })
      .waitFor({ timeout: 60_000 });

    await page.getByRole('link', { name: 'Go to your escalations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Escalations' }).waitFor();
    await page.goto(recordUrl);
    await unlockWith(page, PASSPHRASE);
    await page.getByRole('link', { name: /That passphrase is not right/ }).waitFor();
    await page.getByLabel('Passphrase').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText(CLIENT.statement).first().waitFor();
  }, 240_000); // four PBKDF2 runs at 600,000 iterations on a busy 2-core machine
});
