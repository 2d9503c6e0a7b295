import { describe, expect, it } from 'vitest';
import { builtInPacks } from '../policy/built-in-packs';
import { sampleCaseFileInput } from '../../../test/fixtures/notifications/sample-case-file';
import type { IsoDate, IsoDateTime } from '../calendar/iso-date';
import { buildCaseFile } from './case-file';

describe('case file', () => {
  it('lists every stage with its dates and due date, in UK time, and every discussion', () => {
    const pack = builtInPacks[0];
    if (!pack) throw new Error('no packs');
    const input = sampleCaseFileInput(pack);
    const file = buildCaseFile(input);
    const stages = file.sections.find((s) => s.heading === 'Stages and due dates');
    expect(stages?.table?.rows).toHaveLength(input.escalation.stageHistory.length);
    const discussions = file.sections.find((s) => s.heading === 'Discussions');
    expect(discussions?.table?.rows).toHaveLength(input.discussions.length);
    expect(file.marking).toBe('OFFICIAL-SENSITIVE');
    expect(file.madeAt).toBe('24 November 2026 at 10:00');
  });

  it('says what happened to a notification as the sent ledger does, with the date it was sent', () => {
    const pack = builtInPacks[0];
    if (!pack) throw new Error('no packs');
    const input = sampleCaseFileInput(pack);
    const file = buildCaseFile({
      ...input,
      notifications: [
        {
          fileName: 'notification-ESC-7KQ4-M2XD.pdf',
          preparedAt: '2026-11-23T10:00:00.000Z' as IsoDateTime,
          events: [
            { type: 'generated', at: '2026-11-23T10:00:00.000Z' as IsoDateTime },
            {
              type: 'sent',
              at: '2026-11-24T11:00:00.000Z' as IsoDateTime,
              channel: 'secure-email',
              recipient: 'the business manager',
              sentOn: '2026-11-23' as IsoDate,
            },
          ],
        },
      ],
    });
    const notifications = file.sections.find((s) => s.heading.startsWith('Notifications'));
    expect(notifications?.table?.rows[0]?.[2]).toBe(
      'Prepared (23 November 2026 at 10:00)\nSent by secure e-mail (NHSmail) to the business manager on 23 November 2026 (24 November 2026 at 11:00)',
    );
  });

  it('reads "an email exchange" in an audit entry kept before the article was chosen by sound', () => {
    const pack = builtInPacks[0];
    if (!pack) throw new Error('no packs');
    const input = sampleCaseFileInput(pack);
    const logged = (detail: string) => ({
      id: `audit-${detail.length}`,
      escalationId: input.escalation.id,
      at: input.escalation.createdAt,
      action: 'discussion-logged' as const,
      detail,
    });
    const file = buildCaseFile({
      ...input,
      audit: [
        logged(
          'Logged discussion 4, a email exchange held on 4 March 2026 at 11:00 with Ada Brightwater (GP): Spoke about a email.',
        ),
        logged(
          'Logged discussion 5, a meeting held on 5 March 2026 at 11:00 with Ada Brightwater (GP): Met.',
        ),
      ],
    });
    const audit = file.sections.find((s) => s.heading === 'Audit trail');
    // What each entry is, in words, not the stored code ("discussion logged").
    expect(audit?.table?.rows.map((row) => row[1])).toEqual([
      'Discussion logged',
      'Discussion logged',
    ]);
    expect(audit?.table?.rows.map((row) => row[2])).toEqual([
      'Logged discussion 4, an email exchange held on 4 March 2026 at 11:00 with Ada Brightwater (GP): Spoke about a email.',
      'Logged discussion 5, a meeting held on 5 March 2026 at 11:00 with Ada Brightwater (GP): Met.',
    ]);
  });

  it('writes the dates of an amendment kept before in words, as the client’s section does', () => {
    const pack = builtInPacks[0];
    if (!pack) throw new Error('no packs');
    const input = sampleCaseFileInput(pack);
    const [amendment] = input.amendments;
    if (!amendment) throw new Error('no amendment');
    const file = buildCaseFile({
      ...input,
      amendments: [{ ...amendment, changes: ['Sibling added: Tilly Pellworth, born 2021-05-05'] }],
    });
    const amendments = file.sections.find((s) => s.heading.startsWith('Amendments'));
    expect(amendments?.table?.rows[0]?.[2]).toBe('Sibling added: Tilly Pellworth, born 5 May 2021');
  });
});
