// Steps the browser tests share: set a passphrase, start an escalation through the real form.
import type { Page } from 'playwright-core';
import { waitForServiceWorkerControl, type BrowserSession } from './browser';

export const PASSPHRASE = 'lantern orchard velvet compass';

/** Sets the passphrase from the set-up screen (the page must be on a vault-gated route). */
export async function setPassphrase(page: Page): Promise<void> {
  await page
    .getByRole('heading', { level: 1, name: 'Set a passphrase for your records' })
    .waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await page
    .getByLabel(
      'I understand that if I forget it, only a recovery key or a backup can bring my records back',
    )
    .check();
  await page.getByRole('button', { name: 'Set passphrase' }).click();
  await page.getByRole('button', { name: 'Lock now' }).waitFor();
}

/**
 * Loads the app once online so its service worker takes control, goes offline, opens Escalations
 * and sets the passphrase: where every offline journey starts.
 */
export async function offlineWithPassphrase(
  session: BrowserSession,
  baseUrl: string,
): Promise<void> {
  const { page } = session;
  await page.goto(`${baseUrl}/`);
  await waitForServiceWorkerControl(page);
  await session.context.setOffline(true);
  await page.goto(`${baseUrl}/escalations`);
  await setPassphrase(page);
  await page.getByRole('heading', { level: 1, name: 'Escalations' }).waitFor();
}

/** Unlocks from the lock screen. */
export async function unlockWith(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Escalate is locked' }).waitFor();
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

export const CLIENT = {
  firstName: 'Tamsin',
  lastName: 'Quillfeather',
  address: '14 Lanternfield Road',
  postcode: 'WX4 2QJ',
  professional: 'Devika Marchbanks',
  statement: 'Children’s social care closed the referral about Tamsin without a home visit.',
};

/** Fills the start form for `partnership` (its name as listed) and submits it. */
export async function startEscalation(
  page: Page,
  partnership: string,
  professional = CLIENT.professional,
): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Start an escalation' }).waitFor();
  await page
    .getByLabel('Which partnership’s policy are you following?')
    .selectOption({ label: partnership });
  await page.getByLabel('Type of agency you work for').selectOption('education');
  await page.getByLabel('Your role').fill('Designated safeguarding lead');
  await page.getByLabel('Your organisation').fill('Wexbury Primary School');
  const categories = page.locator('#categoryIds input[type="checkbox"]');
  if ((await categories.count()) > 0) await categories.first().check();
  await page.getByLabel('What are you escalating?').fill(CLIENT.statement);
  await page
    .getByLabel('What outcome are you seeking?')
    .fill('A strategy discussion and a home visit this week.');
  await page.getByRole('button', { name: 'Add a professional' }).click();
  await page.getByLabel('Name', { exact: true }).fill(professional);
  await page.getByLabel('Role', { exact: true }).fill('Team manager');
  await page.getByLabel('Agency', { exact: true }).fill('Children’s social care');
  await page.locator('#child-firstName').fill(CLIENT.firstName);
  await page.locator('#child-lastName').fill(CLIENT.lastName);
  await page.locator('#address-line1').fill(CLIENT.address);
  await page.locator('#address-postcode').fill(CLIENT.postcode);
  await page.getByRole('button', { name: 'Start escalation' }).click();
  const started = page.getByText('Escalation started').first();
  const problem = page.locator('.error-summary');
  await started.or(problem).first().waitFor();
  if (await problem.isVisible())
    throw new Error(`The form was refused: ${await problem.innerText()}`);
}

/** Every value stored in IndexedDB, as text (typed arrays decoded as UTF-8 so plain text would show). */
export async function rawIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const open = indexedDB.open('escalate');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: unknown[] = [];
    for (const name of Array.from(db.objectStoreNames)) {
      const all = db.transaction(name).objectStore(name).getAll();
      out.push(await new Promise((resolve) => (all.onsuccess = () => resolve(all.result))));
    }
    db.close();
    const decoder = new TextDecoder('utf-8', { fatal: false });
    return JSON.stringify(out, (_key, value: unknown) =>
      value instanceof Uint8Array || value instanceof ArrayBuffer ? decoder.decode(value) : value,
    );
  });
}

/** The start form's drafts (START_DRAFT_ID in src/features/escalations/start-escalation-page.tsx). */
export const START_FORM = 'start-escalation';

/** The page's own clock, as the app stamps what it saves. */
export async function pageNow(page: Page): Promise<string> {
  return page.evaluate(() => new Date().toISOString());
}

/**
 * Waits until a draft of form `formId` saved at or after `since` (from pageNow) is in IndexedDB. A
 * draft is written after a moment of quiet (sealed, then put): on a busy machine that can take
 * longer than any fixed pause, and a reload or a closed tab before it lands loses the typing. Polls
 * until then; the test's own timeout bounds it.
 */
export async function waitForDraftSaved(page: Page, formId: string, since: string): Promise<void> {
  while (!(await page.evaluate(draftSavedSince, [formId, since] as const))) {
    await page.waitForTimeout(200);
  }
}

/** In the page: whether a draft of `form` was saved at or after `after`. */
async function draftSavedSince([form, after]: readonly [string, string]): Promise<boolean> {
  const open = indexedDB.open('escalate');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    const request = db.transaction('drafts').objectStore('drafts').index('formId').getAll(form);
    const rows = await new Promise<{ updatedAt: string }[]>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result as { updatedAt: string }[]);
      request.onerror = () => reject(request.error);
    });
    return rows.some((row) => row.updatedAt >= after);
  } finally {
    db.close();
  }
}
