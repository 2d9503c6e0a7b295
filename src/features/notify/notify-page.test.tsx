// The notify page: nothing can be prepared until every field is checked, the anonymiser's proposals
// are hidden unless rejected, and the prepared file is offered without naming the client.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import {
  FICTIONAL_CLIENT,
  type sampleEscalation,
} from '../../../test/fixtures/notifications/sample-escalation';
import { getNotificationsFor } from '../../data/notifications-repository';
import { resetVaultSessionForTests } from '../../data/vault-session';
import type { NotificationModel } from '../../domain/notification/notification-model';
import { NotifyWorkspace } from './notify-page';
import {
  CLIENT_WORDS,
  checkEveryField,
  closeTestVault,
  field,
  openTestVault,
  prepareButton,
  printed,
  renderNotify,
} from './notify-test-utils';

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

describe('reviewing the free text', () => {
  it('hides a client name the anonymiser found, in the exact text that will print', async () => {
    renderNotify();
    await screen.findByText(/You have checked 0 of/);
    const text = printed('What is being escalated');
    expect(text).toContain('[child]');
    expect(text).not.toContain('Tallulah');
    expect(text).not.toContain('Quibbleworth');
    const marks = field('What is being escalated').querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('Tallulah')]),
    );
  });

  it('keeps the text of a proposal the user rejects', async () => {
    const user = userEvent.setup();
    renderNotify();
    await screen.findByText(/You have checked 0 of/);
    const region = field('Outcome sought');
    await user.click(within(region).getByRole('checkbox', { name: /Hide “Lulu”/ }));
    expect(printed('Outcome sought')).toContain('A single assessment for Lulu');
  });

  it('hides any other text the user types in, wherever it appears', async () => {
    const user = userEvent.setup();
    renderNotify();
    await screen.findByText(/You have checked 0 of/);
    const region = field('What is being escalated');
    await user.type(
      within(region).getByRole('textbox', { name: /Hide this text everywhere in this case/ }),
      'BRUISING',
    );
    await user.click(within(region).getByRole('button', { name: /Hide this text/ }));
    expect(printed('What is being escalated')).toContain('the [redacted] was the third');
    const terms = screen.getByRole('region', { name: 'Proposed for hiding, by word' });
    const choice = within(terms).getByRole('button', { name: 'Hide everywhere: bruising' });
    expect(choice.getAttribute('aria-pressed')).toBe('true');
    await user.click(within(terms).getByRole('button', { name: 'Keep: bruising' }));
    expect(printed('What is being escalated')).toContain('the bruising was the third');
  });

  it('keeps Prepare disabled until every field is checked', async () => {
    const user = userEvent.setup();
    renderNotify();
    await screen.findByText(/You have checked 0 of/);
    expect(prepareButton().disabled).toBe(true);
    const boxes = screen.getAllByRole('checkbox', { name: /^I have checked this field/ });
    for (const box of boxes.slice(0, -1)) await user.click(box);
    expect(prepareButton().disabled).toBe(true);
    await user.click(boxes[boxes.length - 1] as HTMLElement);
    expect(prepareButton().disabled).toBe(false);
  });

  it('unchecks a field when its text changes after it was checked', async () => {
    const user = userEvent.setup();
    renderNotify();
    await screen.findByText(/You have checked 0 of/);
    const region = field('Outcome sought');
    const checked = within(region).getByRole('checkbox', { name: /^I have checked this field/ });
    await user.click(checked);
    expect((checked as HTMLInputElement).checked).toBe(true);
    await user.click(within(region).getByRole('checkbox', { name: /Hide “Lulu”/ }));
    expect((checked as HTMLInputElement).checked).toBe(false);
  });

  it('after the record changes, asks again only about fields whose text changed', async () => {
    const user = userEvent.setup();
    const view = renderNotify(12);
    await screen.findByText(/You have checked 0 of/);
    await checkEveryField(user);
    expect(prepareButton().disabled).toBe(false);
    const { record, pack } = view;
    const statement = {
      ...record.escalation.statement,
      outcomeSought: 'A single assessment for Lulu, agreed in writing.',
    };
    view.rerender(
      <MemoryRouter>
        <NotifyWorkspace
          record={{ ...record, escalation: { ...record.escalation, revision: 13, statement } }}
          pack={pack}
        />
      </MemoryRouter>,
    );
    const alert = screen.getByRole('alert', { name: 'The record changed after you checked it' });
    expect(alert.textContent).toContain('Outcome sought');
    expect(prepareButton().disabled).toBe(true);
    const boxes = screen.getAllByRole('checkbox', { name: /^I have checked this field/ });
    expect(boxes.filter((box) => !(box as HTMLInputElement).checked)).toHaveLength(1);
    expect(printed('Outcome sought')).toBe('A single assessment for [child], agreed in writing.');
    await user.click(
      screen.getByRole('button', { name: 'I have read every field as it will print' }),
    );
    expect(prepareButton().disabled).toBe(false);
  });
});

describe('reviewing the professionals involved', () => {
  const agency = 'Tallulah’s school, 14 Lanternfield Road';
  const withLeakyAgency = (sample: ReturnType<typeof sampleEscalation>) => ({
    ...sample,
    escalation: {
      ...sample.escalation,
      professionals: sample.escalation.professionals.map((person) =>
        person.id === 'p-2' ? { ...person, agency } : person,
      ),
    },
  });

  it('hides a client’s details typed into a professional’s agency, keeping their name', async () => {
    const user = userEvent.setup();
    renderNotify(12, withLeakyAgency);
    await screen.findByText(/You have checked 0 of/);
    const region = field('Professional 2: name, role and agency');
    const marks = [...region.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(expect.arrayContaining([expect.stringContaining('Tallulah')]));
    expect(marks.join(' ')).not.toContain('Siobhán');
    const text = printed('Professional 2: name, role and agency');
    expect(text).toContain('Siobhán Ó Briain, Designated safeguarding lead, ');
    expect(text).not.toContain('Tallulah');
    expect(text).not.toContain('Lanternfield');
    expect(printed('Professional 1: name, role and agency')).toBe(
      'Zoë Fairweather-Quill, Social worker, Northshire Children’s Services',
    );
    expect(printed('Professional 2: agency')).not.toContain('Tallulah');

    await checkEveryField(user);
    await user.click(prepareButton());
    await screen.findByRole('heading', { name: '3. Send it securely' });
    const model = JSON.stringify(pdf.generate.mock.calls[0]?.[0]);
    expect(model).toContain('Siobhán Ó Briain');
    for (const word of ['Tallulah', 'Lanternfield']) expect(model).not.toContain(word);
  });
});

describe('preparing and sending', () => {
  it('makes the PDF from the reviewed text only and lists it in the ledger', async () => {
    const user = userEvent.setup();
    renderNotify();
    await screen.findByText(/You have checked 0 of/);
    await checkEveryField(user);
    await user.click(prepareButton());
    await screen.findByRole('heading', { name: '3. Send it securely' });
    expect(pdf.generate).toHaveBeenCalledTimes(1);
    const model = JSON.stringify(pdf.generate.mock.calls[0]?.[0]);
    for (const word of CLIENT_WORDS) expect(model).not.toContain(word);
    expect(model).toContain('Team manager, Northshire');
    const [stored] = await getNotificationsFor('esc-sample');
    expect(stored?.fileName).toMatch(/^notification-ESC-7KQ4-M2XD-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(await screen.findByText('Not yet sent')).toBeTruthy();
  });

  it('offers an e-mail whose subject and body say nothing about the client', async () => {
    const user = userEvent.setup();
    renderNotify();
    await screen.findByText(/You have checked 0 of/);
    await checkEveryField(user);
    await user.click(prepareButton());
    const link = await screen.findByRole('link', { name: 'Open e-mail' });
    const mailto = decodeURIComponent(link.getAttribute('href') ?? '');
    expect(mailto).toContain('[secure] Notification of an Escalation – ESC-7KQ4-M2XD');
    for (const word of [...CLIENT_WORDS, FICTIONAL_CLIENT.dateOfBirth, 'Northshire']) {
      expect(mailto).not.toContain(word);
    }
  });

  it('shares the prepared file inside the tap, and treats cancelling as no harm done', async () => {
    const user = userEvent.setup();
    const share = vi.fn(() => Promise.reject(new DOMException('Cancelled', 'AbortError')));
    Object.assign(navigator, { canShare: () => true, share });
    try {
      renderNotify();
      await screen.findByText(/You have checked 0 of/);
      await checkEveryField(user);
      await user.click(prepareButton());
      await user.click(await screen.findByRole('button', { name: 'Share' }));
      expect(share).toHaveBeenCalledTimes(1);
      const [data] = share.mock.calls[0] as unknown as [ShareData];
      expect(data.files?.[0]?.name).toMatch(/^notification-ESC-7KQ4-M2XD-/);
      expect(data.title).toBe('Notification of an Escalation – ESC-7KQ4-M2XD');
      expect(
        await screen.findByText('Sharing was cancelled. The file is still ready.'),
      ).toBeTruthy();
    } finally {
      Reflect.deleteProperty(navigator, 'canShare');
      Reflect.deleteProperty(navigator, 'share');
    }
  });

  it('explains in plain English when the PDF maker cannot be loaded', async () => {
    const user = userEvent.setup();
    pdf.generate.mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
    renderNotify();
    await screen.findByText(/You have checked 0 of/);
    await checkEveryField(user);
    await user.click(prepareButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The notification was not prepared');
    expect(alert.textContent).toContain('Connect to the internet and reload Escalate once');
    expect(await getNotificationsFor('esc-sample')).toEqual([]);
  });
});
