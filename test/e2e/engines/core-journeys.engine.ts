// The core journeys in WebKit (the engine of every iPad browser, with its back/forward cache on)
// and Firefox, through the driver-neutral layer in engine.ts: offline reload and deep links with
// the server stopped, a passphrase, an escalation, a discussion, lock and unlock, the notification
// PDF, and a backup restored on a fresh device. axe runs on the main screens, and no page may
// report a Content-Security-Policy violation. (Chromium runs the same journeys in test/e2e/*.e2e.ts.)
//
// WebDriver has no offline switch, so "offline" here means the server is stopped: every request
// then fails just as it does with no network, and only the service worker can answer.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../../scripts/serve.mjs';
import { extractPdf } from '../../fixtures/notifications/pdf-text';
import { css, heading, label, nth, role, text, type EngineName, type EnginePage } from './engine';
import { openFirefox } from './firefox';
import { openWebKit } from './webkit';

const OPEN: Record<EngineName, () => Promise<EnginePage>> = {
  webkit: openWebKit,
  firefox: openFirefox,
};

const PASSPHRASE = 'lantern orchard velvet compass';
const CLIENT = {
  firstName: 'Tamsin',
  lastName: 'Quillfeather',
  address: '14 Lanternfield Road',
  postcode: 'WX4 2QJ',
  professional: 'Devika Marchbanks',
  statement: 'Children’s social care closed the referral about Tamsin without a home visit.',
};
const SECRETS = [CLIENT.firstName, CLIENT.lastName, 'Lanternfield', CLIENT.postcode];

const open: { page: EnginePage; stop?: () => Promise<void> }[] = [];

afterEach(async () => {
  for (const { page, stop } of open.splice(0)) {
    await page.close();
    await stop?.();
  }
});

/**
 * Waits until the app owns the page, as waitForApp in test/e2e/browser.ts does for Chromium. Home
 * arrives as prerendered HTML, footer and all (decision 0064), which React then hydrates: until it
 * has, a click is a plain link's (a full page load) and focus is the browser's. React marks the nodes
 * it hydrates with its own keys, and the footer is the layout's last.
 */
async function waitForApp(page: EnginePage): Promise<void> {
  await page.waitUntil(
    `const footer = document.querySelector('footer.site-footer');
     return footer !== null && Object.keys(footer).some((key) => key.startsWith('__reactFiber'));`,
    'the app to hydrate the page',
  );
}

/** A device that has visited the app once, then lost its connection (the server is stopped). */
async function offlineDevice(engine: EngineName): Promise<{ page: EnginePage; origin: string }> {
  const server = await startServer({ port: 0 });
  let running = true;
  const stop = async () => {
    if (running) await server.close();
    running = false;
  };
  const page = await OPEN[engine]();
  open.push({ page, stop });
  await page.goto(`${server.url}/`);
  await waitForApp(page);
  await page.waitUntil(
    'return navigator.serviceWorker.ready.then((r) => r.active && r.active.state === "activated")',
    'the service worker to activate',
  );
  await stop();
  await page.reload();
  await waitForApp(page);
  // (navigator.onLine stays true with the server stopped, so the "Offline" status is not shown.)
  expect(await page.run('return navigator.serviceWorker.controller !== null')).toBe(true);
  return { page, origin: server.url };
}

async function expectNoAxeViolations(page: EnginePage): Promise<void> {
  expect(await page.axe()).toEqual([]);
}

async function expectNoCspViolations(page: EnginePage): Promise<void> {
  expect(await page.violations()).toEqual([]);
}

async function setPassphrase(page: EnginePage): Promise<void> {
  await page.waitFor(heading('Set a passphrase for your records'));
  await page.fill(label('Passphrase'), PASSPHRASE);
  await page.fill(label('Type the passphrase again'), PASSPHRASE);
  await page.check(
    label(
      'I understand that if I forget it, only a recovery key or a backup can bring my records back',
    ),
  );
  await page.click(role('button', 'Set passphrase'));
  // Deriving the key (PBKDF2, 600,000 rounds) is slow on a busy two-core machine.
  await page.waitFor(role('button', 'Lock now'), 60_000);
  await page.waitFor(heading('Escalations'));
}

async function startEscalation(page: EnginePage): Promise<string> {
  await page.click(role('link', 'Start an escalation'));
  await page.waitFor(heading('Start an escalation'));
  await page.select(
    label('Which partnership’s policy are you following?'),
    'Wiltshire Safeguarding Children Board',
  );
  await page.select(label('Type of agency you work for'), 'education');
  await page.fill(label('Your role'), 'Designated safeguarding lead');
  await page.fill(label('Your organisation'), 'Wexbury Primary School');
  await page.check(css('#categoryIds input[type="checkbox"]'));
  await page.fill(label('What are you escalating?'), CLIENT.statement);
  await page.fill(label('What outcome are you seeking?'), 'A strategy discussion this week.');
  await page.click(role('button', 'Add a professional'));
  await page.fill(label('Name'), CLIENT.professional);
  await page.fill(label('Role'), 'Team manager');
  await page.fill(label('Agency'), 'Children’s social care');
  await page.fill(css('#child-firstName'), CLIENT.firstName);
  await page.fill(css('#child-lastName'), CLIENT.lastName);
  await page.fill(css('#address-line1'), CLIENT.address);
  await page.fill(css('#address-postcode'), CLIENT.postcode);
  await expectNoAxeViolations(page);
  await page.click(role('button', 'Start escalation'));
  await page.waitFor(text('Escalation started'));
  const title = await page.textOf(role('heading', /ESC-/, 1));
  const caseRef = /ESC-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(title)?.[0];
  if (!caseRef) throw new Error(`No case reference in "${title}"`);
  return caseRef;
}

for (const engine of ['webkit', 'firefox'] as const) {
  describe(`core journeys in ${engine}`, () => {
    it('works offline, keeps a record, locks, notifies and backs up', async () => {
      const { page, origin } = await offlineDevice(engine);
      await expectNoAxeViolations(page);

      // Deep links with the server stopped. Each is a full page load, so the page before it goes
      // into the back/forward cache (WebKit) still holding its database connection.
      for (const [path, title] of [
        ['/settings', 'Settings'],
        ['/guides', 'Guides'],
        ['/escalations', 'Set a passphrase for your records'],
      ] as const) {
        await page.goto(`${origin}${path}`);
        await page.waitFor(heading(title));
      }
      await setPassphrase(page);
      const caseRef = await startEscalation(page);
      await expectNoAxeViolations(page);

      await page.click(role('link', 'Log a discussion'));
      await page.check(label('Phone call'));
      await page.click(role('button', /^Add Devika Marchbanks/));
      await page.fill(
        label('Summary of the discussion'),
        `Discussed ${CLIENT.firstName}'s referral at ${CLIENT.address}.`,
      );
      await page.click(role('button', 'Save the discussion'));
      await page.waitFor(text('Discussion logged'));

      await page.click(role('button', 'Lock now'));
      await page.waitFor(heading('Escalate is locked'));
      for (const secret of SECRETS)
        expect(await page.run('return document.body.innerHTML')).not.toContain(secret);
      await page.fill(label('Passphrase'), PASSPHRASE);
      await page.click(role('button', 'Unlock'));
      await page.waitFor(text(CLIENT.statement), 60_000);

      await page.click(role('link', 'Resolve'));
      await page.fill(label('Agreed outcome'), `A home visit to ${CLIENT.firstName} is booked.`);
      await page.click(role('button', 'Resolve and close the record'));
      await page.waitFor(text('Escalation resolved'));
      await page.click(role('link', 'Prepare the notification'));
      await page.waitFor(role('heading', /Check what will be printed/));
      const typed = css('textarea[id$="-typed"]');
      for (let i = 0; i < (await page.count(typed)); i++)
        await page.fill(nth(typed, i), 'Designated safeguarding lead, Wexbury Primary School');
      const checks = role('checkbox', /I have checked this field/);
      for (let i = 0; i < (await page.count(checks)); i++) await page.check(nth(checks, i));
      await expectNoAxeViolations(page);
      await page.click(role('button', 'Prepare notification'));
      const pdf = await page.download(role('button', 'Download'));
      expect(pdf.name).toMatch(new RegExp(`^notification-${caseRef}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
      const pdfText = (await extractPdf(new Uint8Array(pdf.bytes))).pages.join('\n');
      expect(pdfText).toContain(caseRef);
      for (const secret of SECRETS) expect(pdfText).not.toContain(secret);

      await page.click(role('link', 'Settings'));
      await page.fill(label('Your Escalate passphrase'), PASSPHRASE);
      const backup = await page.download(role('button', 'Download backup'));
      expect(backup.name).toMatch(/^escalate-backup-\d{4}-\d{2}-\d{2}\.escalate$/);
      expect(backup.bytes.subarray(0, 200).toString('utf8')).toContain(
        '"format":"escalate-backup"',
      );
      await expectNoAxeViolations(page);
      await expectNoCspViolations(page);

      // A new device: a fresh profile that has never seen the app.
      const file = join(tmpdir(), `escalate-${engine}-${Date.now()}.escalate`);
      await writeFile(file, backup.bytes);
      const fresh = (await offlineDevice(engine)).page;
      await fresh.click(role('link', 'Escalations'));
      await setPassphrase(fresh);
      await fresh.click(role('link', 'Settings'));
      await fresh.upload(css('#restore-file'), file);
      await fresh.fill(label('The backup’s passphrase'), PASSPHRASE);
      await fresh.click(role('button', 'Check backup'));
      await fresh.waitFor(role('heading', 'This backup contains'));
      await fresh.click(role('button', 'Merge this backup'));
      await fresh.waitFor(text(/Backup restored: 1 escalation merged/));
      await fresh.click(role('link', 'Escalations'));
      await fresh.click(role('link', new RegExp(caseRef)));
      await fresh.waitFor(text(CLIENT.statement));
      await expectNoCspViolations(fresh);
      expect((await readFile(file)).length).toBe(backup.bytes.length);
    });
  });
}
