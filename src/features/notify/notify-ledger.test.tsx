// The ledger and the rest of the notify page: confirming a notification was sent and received,
// making the file again, a review that survives a closed page, hiding selected text, the blank
// form, and the subject prefix setting.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getAuditEvents } from '../../data/escalations-repository';
import { getNotificationsFor } from '../../data/notifications-repository';
import { loadReview } from '../../data/notifications-repository-review';
import { getDatabase } from '../../data/database';
import { resetVaultSessionForTests, seal } from '../../data/vault-session';
import type { NotificationModel } from '../../domain/notification/notification-model';
import { BlankFormButton } from './blank-form-button';
import {
  checkEveryField,
  closeTestVault,
  field,
  openTestVault,
  prepareButton,
  printed,
  renderNotify,
} from './notify-test-utils';
import { NotifySettingsSection } from './notify-settings-section';

const pdf = vi.hoisted(() => ({
  generate: vi.fn<(model: NotificationModel) => Promise<Blob>>(),
}));

vi.mock('../../pdf/generate-notification', () => ({
  generateNotificationPdf: pdf.generate,
  preloadNotificationPdf: () => Promise.resolve(),
  NOTIFICATION_MIME_TYPE: 'application/pdf',
}));

beforeAll(() => resetVaultSessionForTests());

beforeEach(async () => {
  await openTestVault();
  pdf.generate.mockReset();
  pdf.generate.mockResolvedValue(new Blob(['%PDF-1.7'], { type: 'application/pdf' }));
});

afterEach(closeTestVault);

async function prepareOne(user: ReturnType<typeof userEvent.setup>) {
  renderNotify();
  await screen.findByText(/You have checked 0 of/);
  await checkEveryField(user);
  await user.click(prepareButton());
  await screen.findByText('Not yet sent');
}

describe('the sent ledger', () => {
  it('says plainly when a stored notification is damaged, instead of breaking the page', async () => {
    const user = userEvent.setup();
    await prepareOne(user);
    const [row] = await getDatabase().notifications.toArray();
    if (!row) throw new Error('not prepared');
    const damaged = { caseRef: row.id, events: 'sent' };
    await getDatabase().notifications.put({
      ...row,
      sealed: await seal('notifications', row.id, damaged),
    });
    expect(
      await screen.findByText(
        /^A stored notification is not in the form Escalate expects .*restore this one from a backup/,
      ),
    ).toBeTruthy();
    expect(screen.queryByText('Not yet sent')).toBeNull();
  });

  it('records how, to whom and when it was sent, then that it was received', async () => {
    const user = userEvent.setup();
    await prepareOne(user);
    await user.click(screen.getByRole('button', { name: /^Confirm it was sent/ }));
    await user.click(screen.getByRole('radio', { name: 'Secure e-mail (NHSmail)' }));
    const recipient = screen.getByRole('textbox', { name: 'Who did you send it to?' });
    await user.clear(recipient);
    await user.type(recipient, 'STSCP business manager');
    await user.click(screen.getByRole('button', { name: 'Confirm it was sent' }));
    await screen.findByText(/^Sent by secure e-mail \(NHSmail\) to STSCP business manager on /);
    await user.click(screen.getByRole('button', { name: /^Receipt confirmed/ }));
    await screen.findByText('Sent, receipt confirmed');
    const [stored] = await getNotificationsFor('esc-sample');
    expect(stored?.status).toBe('sent');
    expect(stored?.events.map((event) => event.type)).toEqual([
      'generated',
      'sent',
      'receipt-confirmed',
    ]);
    const audit = await getAuditEvents('esc-sample');
    expect(audit.map((event) => event.action)).toEqual([
      'notification-prepared',
      'notification-sent',
    ]);
    // South Tyneside's form now prints the discussions in "Actions taken", so there is more to
    // check before preparing; allow for that on a busy machine.
  }, 60_000);

  it('asks how it was sent before confirming, with the error summary', async () => {
    const user = userEvent.setup();
    await prepareOne(user);
    await user.click(screen.getByRole('button', { name: /^Confirm it was sent/ }));
    await user.click(screen.getByRole('button', { name: 'Confirm it was sent' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Choose how you sent it' })).toBeTruthy();
    expect((await getNotificationsFor('esc-sample'))[0]?.status).toBe('prepared');
  });

  it('makes the same file again from what was stored', async () => {
    const user = userEvent.setup();
    await prepareOne(user);
    await user.click(screen.getByRole('button', { name: /^Make the file again/ }));
    await waitFor(() => expect(pdf.generate).toHaveBeenCalledTimes(2));
    expect(pdf.generate.mock.calls[1]?.[0]).toEqual(pdf.generate.mock.calls[0]?.[0]);
  });
});

describe('a notification prepared again', () => {
  it('gets a file name of its own, and the earlier unsent version is shown as superseded', async () => {
    const user = userEvent.setup();
    await prepareOne(user);
    await user.click(prepareButton());
    await screen.findByText('Superseded');
    const names = (await getNotificationsFor('esc-sample')).map((n) => n.fileName);
    expect(names).toHaveLength(2);
    expect(names[1]).toBe(names[0]?.replace(/\.pdf$/, '-v2.pdf'));
    expect(screen.getAllByText('Not yet sent')).toHaveLength(1);
  });
});

describe('the review in progress', () => {
  it('is still there after the page is closed and opened again', async () => {
    const user = userEvent.setup();
    const first = renderNotify();
    await screen.findByText(/You have checked 0 of/);
    const region = field('Outcome sought');
    await user.click(within(region).getByRole('checkbox', { name: /Hide “Lulu”/ }));
    await user.click(within(region).getByRole('checkbox', { name: /^I have checked this field/ }));
    // Leaving the page saves the review (sealed, then written): reopening before that write lands
    // would read the review as it was, so wait for it rather than for a fixed 50 ms.
    first.unmount();
    await waitFor(async () => {
      const saved = await loadReview('esc-sample');
      const checked = Object.values(saved?.fields ?? {}).filter((f) => f.checkedFinal !== null);
      expect(checked).toHaveLength(1);
    });
    renderNotify();
    await screen.findByText(/You have checked 1 of/);
    expect(printed(/^Outcome sought/)).toContain('A single assessment for Lulu');
    expect(field(/^Outcome sought/).textContent).toContain('Checked');
  });

  it('hides the whole words the user selected', async () => {
    const user = userEvent.setup();
    renderNotify();
    await screen.findByText(/You have checked 0 of/);
    const region = field('What is being escalated');
    const source = region.querySelector('.notify-source') as HTMLElement;
    const text = [...source.childNodes].find((node) => node.textContent?.includes('bruising'));
    if (!text) throw new Error('no plain text with “bruising”');
    const at = text.textContent?.indexOf('bruising') ?? 0;
    const range = document.createRange();
    range.setStart(text, at + 2);
    range.setEnd(text, at + 5);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    await user.click(within(region).getByRole('button', { name: /^Hide selected text/ }));
    expect(printed('What is being escalated')).toContain('the [redacted] was the third');
    expect(within(region).getByText('Hidden everywhere in this case: “bruising”.')).toBeTruthy();
  });
});

describe('the blank form and the subject setting', () => {
  it('makes a blank form for the pack and downloads it under a name naming the partnership', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn(() => 'blob:blank');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    render(<BlankFormButton packId="wiltshire-scb-2013" />);
    await user.click(screen.getByRole('button', { name: 'Download a blank form' }));
    await screen.findByText(/^Downloaded notification-blank-WSCB-\d{4}-\d{2}-\d{2}\.pdf\.$/);
    const model = pdf.generate.mock.calls[0]?.[0];
    expect(model?.blank).toBe(true);
    expect(model?.caseRef).toBeNull();
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('uses the chosen subject prefix in the e-mail', async () => {
    const user = userEvent.setup();
    render(<NotifySettingsSection />);
    await user.click(await screen.findByRole('radio', { name: '[encrypt]' }));
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: '[encrypt]' }) as HTMLInputElement).checked).toBe(
        true,
      ),
    );
    await prepareOne(user);
    // The prefix reaches the page through a live query of the setting, so wait for it.
    await waitFor(() => {
      const link = screen.getByRole('link', { name: 'Open e-mail' });
      expect(decodeURIComponent(link.getAttribute('href') ?? '')).toContain(
        'subject=[encrypt] Notification of an Escalation – ESC-7KQ4-M2XD',
      );
    });
  });
});
