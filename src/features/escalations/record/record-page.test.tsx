// The record page: where the record is and when it is due, the append-only discussion log, and a
// closed record that offers no actions.
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getDiscussions } from '../../../data/escalations-repository';
import type { IsoDate, IsoDateTime } from '../../../domain/calendar/iso-date';
import type { Discussion } from '../../../domain/escalation/escalation';
import { londonInstant } from '../../../domain/calendar/london-time';
import {
  builtInPack,
  changeElsewhere,
  createTestRecord,
  renderRecordAt,
  setUpRecordTests,
} from './record-test-support';

// Monday 2 March 2026, 10:00 in London (GMT).
const MONDAY = '2026-03-02T10:00:00.000Z';
const southTyneside = builtInPack('south-tyneside-joint-2024');

setUpRecordTests(MONDAY);

function discussion(summary: string, heldAt: string, method: Discussion['method'] = 'phone') {
  return {
    heldAt: heldAt as IsoDateTime,
    stageId: 'st-pre-stage',
    withWhom: [
      { name: 'Devika Marchbanks', role: 'Team manager', agency: 'CSC', agencyType: null },
    ],
    method,
    summary,
    agreedActions: '',
  };
}

describe('record page', () => {
  it('shows the case reference, the current stage and when it is due', async () => {
    await createTestRecord(southTyneside, MONDAY).then((e) =>
      renderRecordAt(`/escalations/${e.id}`),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'ESC-7KQ4-M2XD' })).toBeTruthy();
    const panel = screen.getByRole('region', { name: 'Current stage' });
    expect(within(panel).getByText(/Practitioner to practitioner/)).toBeTruthy();
    expect(within(panel).getByText('3 March 2026 at 17:00')).toBeTruthy();
    expect(within(panel).getByText(/Due tomorrow \(Tue 3 Mar\)/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Escalate to Stage 1' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Log a discussion' })).toBeTruthy();
  });

  it('counts steps, not stages, after the policy’s own stage label, and never repeats a word', async () => {
    const check = async (pack: ReturnType<typeof builtInPack>, heading: string) => {
      const escalation = await createTestRecord(pack, MONDAY);
      await changeElsewhere(escalation.id, pack, { type: 'escalate', reason: 'No reply.' }, MONDAY);
      const view = renderRecordAt(`/escalations/${escalation.id}`);
      const panel = await screen.findByRole('region', { name: 'Current stage' });
      expect(panel.querySelector('.record-due__stage')?.textContent).toBe(heading);
      view.unmount();
    };
    // South Tyneside's "Stage 1" is its second step, after practitioner to practitioner.
    await check(southTyneside, 'Stage 1: Immediate Resolution – Line Managers (step 2 of 5)');
    await check(builtInPack('wiltshire-scb-2013'), 'Stage One: Manager to Manager (step 2 of 4)');
  });

  it('offers the due date for a calendar only when the stage has one, and says why not', async () => {
    const withDue = await createTestRecord(southTyneside, MONDAY);
    const first = renderRecordAt(`/escalations/${withDue.id}`);
    expect(
      await screen.findByRole('button', { name: 'Add the due date to my calendar' }),
    ).toBeTruthy();
    first.unmount();

    const noDue = await createTestRecord(builtInPack('wiltshire-scb-2013'), MONDAY);
    renderRecordAt(`/escalations/${noDue.id}`);
    expect(await screen.findByText(/the policy states no timescale for this stage/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add the due date to my calendar' })).toBeNull();
  });

  it('says in words, not colour alone, when the stage is overdue', async () => {
    const escalation = await createTestRecord(southTyneside, MONDAY);
    vi.setSystemTime('2026-03-05T12:00:00.000Z');
    renderRecordAt(`/escalations/${escalation.id}`);
    const panel = await screen.findByRole('region', { name: 'Current stage' });
    const tag = within(panel).getByText('Overdue');
    expect(tag.parentElement?.textContent).toBe('Overdue by 2 working days (was due Tue 3 Mar)');
  });

  it('keeps the client’s name out of the heading and page title', async () => {
    const escalation = await createTestRecord(southTyneside, MONDAY);
    renderRecordAt(`/escalations/${escalation.id}`);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).not.toMatch(/Tamsin|Quillfeather/);
    expect(document.title).toBe('Escalation ESC-7KQ4-M2XD – Escalate');
    const details = screen.getByText('Client details (sensitive)').closest('details');
    expect(details?.open).toBe(false);
  });

  it('shows a correction under the discussion it corrects, both kept and labelled', async () => {
    const escalation = await createTestRecord(southTyneside, MONDAY);
    const heldAt = londonInstant('2026-03-02' as IsoDate, 9 * 60);
    await changeElsewhere(
      escalation.id,
      southTyneside,
      { type: 'note-discussion', discussion: discussion('Agreed a visit on Friday.', heldAt) },
      MONDAY,
    );
    vi.setSystemTime('2026-03-02T11:30:00.000Z');
    const [original] = await getDiscussions(escalation.id);
    await changeElsewhere(
      escalation.id,
      southTyneside,
      {
        type: 'amend-discussion',
        amends: original?.id ?? '',
        discussion: discussion('Agreed a visit on Thursday.', heldAt),
      },
      '2026-03-02T11:30:00.000Z',
    );
    renderRecordAt(`/escalations/${escalation.id}`);
    const log = await screen.findByRole('region', { name: 'Discussion log' });
    const entries = within(log)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.tagName === 'OL');
    expect(entries).toHaveLength(1);
    const entry = entries[0] as HTMLElement;
    expect(
      within(entry).getByRole('heading', {
        name: /Discussion 1: phone call, 2 March 2026 at 09:00/,
      }),
    ).toBeTruthy();
    const originalText = within(entry).getByText('Agreed a visit on Friday.');
    const amendedHeading = within(entry).getByRole('heading', {
      name: 'Amended on 2 March 2026 at 11:30:',
    });
    const correctedText = within(entry).getByText('Agreed a visit on Thursday.');
    const follows = (a: Node, b: Node) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(originalText, amendedHeading) && follows(amendedHeading, correctedText)).toBe(
      true,
    );
    expect(within(entry).getByRole('link', { name: 'Amend discussion 1' })).toBeTruthy();
  });

  it('offers no actions on a closed record and says why', async () => {
    const escalation = await createTestRecord(southTyneside, MONDAY);
    await changeElsewhere(
      escalation.id,
      southTyneside,
      { type: 'withdraw', reason: 'Raised in error.' },
      MONDAY,
    );
    renderRecordAt(`/escalations/${escalation.id}`);
    expect(
      await screen.findByText(
        /This escalation was withdrawn on 2 March 2026, so it can no longer be changed/,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'What you can do' })).toBeNull();
    for (const name of [
      /Log a discussion/,
      /Escalate/,
      /Resolve/,
      /Withdraw/,
      /Edit details/,
      /Amend/,
    ]) {
      expect(screen.queryByRole('link', { name })).toBeNull();
    }
    expect(screen.getByRole('region', { name: 'Withdrawn' })).toBeTruthy();
  });

  it('refuses to open an action form on a closed record', async () => {
    const escalation = await createTestRecord(southTyneside, MONDAY);
    await changeElsewhere(
      escalation.id,
      southTyneside,
      { type: 'withdraw', reason: 'Raised in error.' },
      MONDAY,
    );
    renderRecordAt(`/escalations/${escalation.id}/resolve`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This record is closed' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Resolve/ })).toBeNull();
  });

  it('lists everything that happened in the chronology', async () => {
    const escalation = await createTestRecord(southTyneside, MONDAY);
    const later = '2026-03-02T10:05:00.000Z';
    vi.setSystemTime(later);
    await changeElsewhere(
      escalation.id,
      southTyneside,
      { type: 'escalate', reason: 'No reply.' },
      later,
    );
    renderRecordAt(`/escalations/${escalation.id}`);
    const chronology = await screen.findByRole('region', { name: 'Chronology' });
    const items = within(chronology)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/Started escalation ESC-7KQ4-M2XD/);
    expect(items[1]).toMatch(/Escalated from .* Reason: No reply\./);
  });

  it('words a discussion of kind “other” naturally, in the chronology and the log', async () => {
    const escalation = await createTestRecord(southTyneside, MONDAY);
    const heldAt = '2026-03-02T09:00:00.000Z';
    await changeElsewhere(
      escalation.id,
      southTyneside,
      {
        type: 'note-discussion',
        discussion: discussion('Spoke at the school gate.', heldAt, 'other'),
      },
      MONDAY,
    );
    renderRecordAt(`/escalations/${escalation.id}`);
    const chronology = await screen.findByRole('region', { name: 'Chronology' });
    expect(within(chronology).getByText(/^Discussion 1 \(/).textContent).toBe(
      'Discussion 1 (with Devika Marchbanks, Team manager, CSC): Spoke at the school gate.',
    );
    const log = screen.getByRole('region', { name: 'Discussion log' });
    expect(within(log).getByRole('heading', { level: 3 }).textContent).toBe(
      'Discussion 1: 2 March 2026 at 09:00',
    );
  });
});
