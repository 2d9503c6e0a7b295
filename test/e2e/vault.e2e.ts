// The vault in a real browser: set a passphrase, lock, refuse a wrong passphrase, unlock.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './browser';

let session: BrowserSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

const PASSPHRASE = 'lantern orchard velvet compass';

describe('vault', () => {
  it('asks for a passphrase before records, locks, and unlocks only with the right one', async () => {
    session = await openBrowser();
    const { page } = session;
    await page.goto(`${inject('baseUrl')}/escalations`);
    await page
      .getByRole('heading', { level: 1, name: 'Set a passphrase for your records' })
      .waitFor();

    await page.getByRole('button', { name: 'Set passphrase' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.getByRole('link', { name: 'Enter a passphrase' }).count()).toBe(1);

    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
    await page
      .getByLabel(
        'I understand that if I forget it, only a recovery key or a backup can bring my records back',
      )
      .check();
    await page.getByRole('button', { name: 'Set passphrase' }).click();
    await page.getByRole('heading', { level: 1, name: 'Escalations' }).waitFor();

    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Escalate is locked' }).waitFor();

    await page.getByLabel('Passphrase').fill('not the passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('link', { name: /That passphrase is not right/ }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Escalate is locked' }).waitFor();
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Escalations' }).waitFor();
  });
});
