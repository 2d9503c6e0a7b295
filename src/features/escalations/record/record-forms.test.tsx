// The stage-action forms against the real rules and the real (fake-indexeddb) data layer: a saved
// change, a refused one that saves nothing, a change made stale by another tab, and drafts.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadDraft } from '../../../data/drafts-repository';
import {
  getAuditEvents,
  getDiscussions,
  getEscalation,
} from '../../../data/escalations-repository';
import type { IsoDateTime } from '../../../domain/calendar/iso-date';
import {
  builtInPack,
  changeElsewhere,
  createTestRecord,
  renderRecordAt,
  setUpRecordTests,
} from './record-test-support';
import { recordDraftId } from './use-form-draft';

// Monday 2 March 2026, 10:00 in London (GMT).
const MONDAY = '2026-03-02T10:00:00.000Z';
const southTyneside = builtInPack('south-tyneside-joint-2024');

setUpRecordTests(MONDAY);

async function openForm(path: string, heading: string | RegExp) {
  const escalation = await createTestRecord(southTyneside, MONDAY);
  renderRecordAt(`/escalations/${escalation.id}/${path}`);
  await screen.findByRole('heading', { level: 1, name: heading });
  return { id: escalation.id, user: userEvent.setup() };
}

describe('log a discussion', () => {
  it('saves the discussion and returns to the record with a banner', async () => {
    vi.setSystemTime('2026-03-02T11:00:00.000Z');
    const { id, user } = await openForm('discuss', 'Log a discussion');
    await user.click(screen.getByRole('button', { name: /Add Devika Marchbanks/ }));
    await user.click(screen.getByRole('radio', { name: 'Phone call' }));
    await user.type(screen.getByLabelText('Summary of the discussion'), 'Agreed a visit.');
    await user.click(screen.getByRole('button', { name: 'Save the discussion' }));

    expect(await screen.findByRole('status', { name: 'Discussion logged' })).toBeTruthy();
    const [saved, ...others] = await getDiscussions(id);
    expect(others).toEqual([]);
    expect(saved).toMatchObject({
      heldAt: '2026-03-02T11:00:00.000Z',
      stageId: 'st-pre-stage',
      method: 'phone',
      summary: 'Agreed a visit.',
      withWhom: [{ name: 'Devika Marchbanks', role: 'Team manager' }],
      amends: null,
    });
    const log = screen.getByRole('region', { name: 'Discussion log' });
    expect(within(log).getByText('Agreed a visit.')).toBeTruthy();
    expect(await loadDraft(recordDraftId(id, 'discuss'))).toBeUndefined();
  });

  it('lists every missing answer, focused, with the same words by each field', async () => {
    const { id, user } = await openForm('discuss', 'Log a discussion');
    await user.click(screen.getByRole('button', { name: 'Save the discussion' }));
    const summary = await screen.findByRole('alert');
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#people-0-name',
      '#people-0-agency',
      '#method',
      '#summary',
    ]);
    expect(screen.getAllByText('Enter a summary of the discussion')).toHaveLength(2);
    expect(await getDiscussions(id)).toEqual([]);
  });
});

describe('correct a discussion', () => {
  it('adds a correction and keeps the original as it was', async () => {
    const escalation = await createTestRecord(southTyneside, MONDAY);
    const person = { name: 'Sam Okafor', role: 'Social worker', agency: 'CSC', agencyType: null };
    const discussion = {
      heldAt: '2026-03-02T09:00:00.000Z' as IsoDateTime,
      stageId: 'st-pre-stage',
      withWhom: [person],
      method: 'meeting' as const,
      summary: 'Visit agreed for Friday.',
      agreedActions: '',
    };
    await changeElsewhere(
      escalation.id,
      southTyneside,
      { type: 'note-discussion', discussion },
      MONDAY,
    );
    const [original] = await getDiscussions(escalation.id);
    renderRecordAt(`/escalations/${escalation.id}/discussions/${original?.id ?? ''}/amend`);
    const user = userEvent.setup();
    const summary = await screen.findByLabelText('Summary of the discussion');
    expect((summary as HTMLTextAreaElement).value).toBe('Visit agreed for Friday.');
    await user.clear(summary);
    await user.type(summary, 'Visit agreed for Thursday.');
    await user.type(screen.getByLabelText('What was wrong with the entry?'), 'Wrong day.');
    await user.click(screen.getByRole('button', { name: 'Save the correction' }));

    expect(
      await screen.findByRole('status', { name: 'Correction to discussion 1 saved' }),
    ).toBeTruthy();
    const [kept, correction] = await getDiscussions(escalation.id);
    expect(kept).toEqual(original);
    expect(correction?.amends).toBe(original?.id);
    expect(screen.getByText('Wrong day.')).toBeTruthy();
    expect(screen.getByText('Visit agreed for Thursday.')).toBeTruthy();
  });
});

describe('resolve', () => {
  it('stores the practitioner’s theme choices, starting from what the record says', async () => {
    vi.setSystemTime('2026-03-02T11:00:00.000Z');
    const { id, user } = await openForm('resolve', 'Resolve the escalation');
    const about = screen.getByRole('group', { name: 'What was the disagreement about?' });
    const checked = within(about)
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked);
    expect(checked.length).toBeGreaterThan(0);
    for (const box of checked) await user.click(box);
    await user.click(within(about).getByRole('checkbox', { name: /^Communication/ }));
    const agencies = screen.getByRole('group', { name: /The other agencies involved, by type/ });
    await user.click(within(agencies).getByRole('checkbox', { name: 'Police' }));
    await user.click(
      screen.getByRole('radio', { name: /Resolved by a senior manager’s decision/ }),
    );
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.type(screen.getByLabelText('Agreed outcome'), 'A home visit on Thursday.');
    await user.click(screen.getByRole('button', { name: 'Resolve and close the record' }));

    expect(await screen.findByRole('status', { name: 'Escalation resolved' })).toBeTruthy();
    const stored = await getEscalation(id);
    expect(stored?.resolution?.themes).toMatchObject({
      about: ['communication'],
      resolvedHow: 'senior-decision',
      learningIdentified: false,
    });
    expect(stored?.resolution?.themes?.agencyTypes).toContain('police');
  });
});

describe('refused and stale changes', () => {
  it('shows why a resolution without an agreed outcome is refused, and saves nothing', async () => {
    const { id, user } = await openForm('resolve', 'Resolve the escalation');
    await user.click(screen.getByRole('button', { name: 'Resolve and close the record' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: /Enter the agreed outcome/ });
    expect(link.getAttribute('href')).toBe('#agreedOutcome');
    expect((await getEscalation(id))?.status).toBe('open');
  });

  it('shows the rules’ refusal of a confirmation date in the future at that field', async () => {
    const { id, user } = await openForm('resolve', 'Resolve the escalation');
    await user.type(screen.getByLabelText('Agreed outcome'), 'A home visit on Thursday.');
    await user.type(screen.getByLabelText('Sent to (needed if you give a date)'), 'All parties');
    fireEvent.change(screen.getByLabelText('Sent on (optional)'), {
      target: { value: '2026-03-09' },
    });
    await user.click(screen.getByRole('button', { name: 'Resolve and close the record' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: /9 March 2026\) is in the future/ });
    expect(link.getAttribute('href')).toBe('#confirmationSentOn');
    expect(screen.getAllByText(/9 March 2026\) is in the future/)).toHaveLength(2);
    const stored = await getEscalation(id);
    expect([stored?.status, stored?.revision]).toEqual(['open', 1]);
    expect(await getAuditEvents(id)).toHaveLength(1);
  });

  it('shows every problem with a resolution after one save, each by its field', async () => {
    const { id, user } = await openForm('resolve', 'Resolve the escalation');
    await user.type(screen.getByLabelText('Agreed outcome'), 'A home visit on Thursday.');
    fireEvent.change(screen.getByLabelText('Sent on (optional)'), {
      target: { value: '2026-03-09' },
    });
    await user.type(screen.getByLabelText('Outstanding issues (optional)'), 'Housing.');
    await user.click(screen.getByRole('button', { name: 'Resolve and close the record' }));
    const summary = await screen.findByRole('alert');
    const links = within(summary)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      '#confirmationSentTo',
      '#confirmationSentOn',
      '#howOutstandingWillBePursued',
    ]);
    expect(document.activeElement).toBe(summary);
    expect(screen.getAllByText(/Enter who the written confirmation was sent to/)).toHaveLength(2);
    expect((await getEscalation(id))?.status).toBe('open');
  });

  it('does not overwrite a change another tab saved first, and keeps what was typed', async () => {
    const { id, user } = await openForm('feedback', /Record feedback/);
    await user.type(screen.getByLabelText('Feedback given'), 'Told them the manager will call.');
    await changeElsewhere(
      id,
      southTyneside,
      { type: 'record-feedback', text: 'From tab B.' },
      MONDAY,
    );
    await user.click(screen.getByRole('button', { name: 'Save the feedback' }));

    const notice = await screen.findByRole('alert');
    expect(within(notice).getByText(/changed in another tab or window/)).toBeTruthy();
    const reload = within(notice).getByRole('link', { name: 'Reload the record' });
    expect(reload.getAttribute('href')).toBe(`/escalations/${id}`);
    expect((screen.getByLabelText('Feedback given') as HTMLTextAreaElement).value).toBe(
      'Told them the manager will call.',
    );
    expect((await getEscalation(id))?.feedback.map((entry) => entry.text)).toEqual(['From tab B.']);
    expect(await loadDraft(recordDraftId(id, 'feedback'))).toMatchObject({
      reason: 'Told them the manager will call.',
    });
  });
});

describe('escalate and drafts', () => {
  it('escalates to the next stage and says when it is due', async () => {
    const { id, user } = await openForm('escalate', 'Escalate to Stage 1');
    expect(
      screen.getByText(/3 March 2026 at 17:00 \(within 1 working day, counted from now\)/),
    ).toBeTruthy();
    await user.type(
      screen.getByLabelText('Why is it being escalated?'),
      'No reply by the deadline.',
    );
    await user.click(screen.getByRole('button', { name: 'Escalate' }));
    expect(
      await screen.findByRole('status', {
        name: 'Escalated to Stage 1 – due 3 March 2026 at 17:00',
      }),
    ).toBeTruthy();
    expect((await getEscalation(id))?.stageHistory.map((visit) => visit.stageId)).toEqual([
      'st-pre-stage',
      'st-stage-1',
    ]);
  });

  it('restores what was typed when the form is opened again', async () => {
    const { id, user } = await openForm('withdraw', 'Withdraw the escalation');
    await user.type(screen.getByLabelText('Why is it being withdrawn?'), 'Raised in error.');
    cleanup(); // leaving the page (or closing the tab) saves the draft
    await waitFor(async () => {
      expect(await loadDraft(recordDraftId(id, 'withdraw'))).toEqual({
        reason: 'Raised in error.',
      });
    });
    renderRecordAt(`/escalations/${id}/withdraw`);
    expect(
      await screen.findByText('We kept what you typed last time, so you can carry on.'),
    ).toBeTruthy();
    expect((screen.getByLabelText('Why is it being withdrawn?') as HTMLTextAreaElement).value).toBe(
      'Raised in error.',
    );
  });
});

describe('edit details', () => {
  it('saves a changed statement and categories', async () => {
    const { id, user } = await openForm('edit', 'Edit the details');
    const outcome = screen.getByLabelText('The outcome you are seeking');
    await user.clear(outcome);
    await user.type(outcome, 'A home visit by Friday.');
    const categories = screen.getByRole('group', { name: 'What is the disagreement about?' });
    await user.click(
      within(categories).getByRole('checkbox', { name: 'Communication and information sharing' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save the details' }));
    expect(await screen.findByRole('status', { name: 'Details saved' })).toBeTruthy();
    const stored = await getEscalation(id);
    expect(stored?.statement.outcomeSought).toBe('A home visit by Friday.');
    expect(stored?.categoryIds).toEqual(['levels-of-need', 'communication']);
    expect(stored?.professionals.map((person) => person.id)).toEqual(['p1']);
  });

  it('says when nothing was changed, and saves nothing', async () => {
    const { id, user } = await openForm('edit', 'Edit the details');
    await user.click(screen.getByRole('button', { name: 'Save the details' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByText('Nothing was changed, so there is nothing to save.'),
    ).toBeTruthy();
    expect((await getEscalation(id))?.revision).toBe(1);
  });

  it('sets the choices for the themes, which the resolution form then starts from', async () => {
    const { id, user } = await openForm('edit', 'Edit the details');
    const about = screen.getByRole('group', {
      name: 'Which of the partnership’s themes is the disagreement about?',
    });
    expect(
      within(about)
        .getAllByRole('checkbox')
        .some((box) => (box as HTMLInputElement).checked),
    ).toBe(false);
    await user.click(within(about).getByRole('checkbox', { name: 'Information sharing' }));
    const agencies = screen.getByRole('group', { name: /The other agencies involved, by type/ });
    await user.click(within(agencies).getByRole('checkbox', { name: 'Police' }));
    await user.click(screen.getByRole('button', { name: 'Save the details' }));
    expect(await screen.findByRole('status', { name: 'Details saved' })).toBeTruthy();
    const stored = await getEscalation(id);
    expect(stored?.themes).toEqual({ about: ['information-sharing'], agencyTypes: ['police'] });
    // The record's details say what was chosen.
    expect(
      await screen.findByText('About: Information sharing. Other agencies: Police'),
    ).toBeTruthy();
    const audit = await getAuditEvents(id);
    expect(audit.map((event) => event.detail)).toContain(
      'Edited the choices for the partnership’s themes.',
    );

    cleanup();
    renderRecordAt(`/escalations/${id}/resolve`);
    await screen.findByRole('heading', { level: 1, name: 'Resolve the escalation' });
    const atResolution = screen.getByRole('group', { name: 'What was the disagreement about?' });
    const ticked = within(atResolution)
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked)
      .map((box) => box.getAttribute('value'));
    expect(ticked).toEqual(['information-sharing']);
    const agenciesAtResolution = screen.getByRole('group', {
      name: /The other agencies involved, by type/,
    });
    expect(
      (within(agenciesAtResolution).getByRole('checkbox', { name: 'Police' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
  });
});
