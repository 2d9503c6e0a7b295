// Synthetic register data for the tests beside this file: a notification's data with chosen facts.
import type { IsoDate, IsoDateTime } from '../calendar/iso-date';
import type { NotificationData } from './notification-data';

/** A version 2 notification's data (table layout), invented; `overrides` replace theme fields. */
export function testNotificationData(
  caseRef: string,
  generatedAt = '2026-05-10T10:00:00.000Z',
  overrides: Partial<NotificationData['themes']> = {},
): NotificationData {
  return {
    format: 'escalate-notification-data',
    version: 2,
    notification: {
      title: 'Notification of an Escalation',
      partnershipName: 'Northshire Safeguarding Children Partnership',
      caseRef,
      protectiveMarking: 'OFFICIAL-SENSITIVE',
      generatedAt: generatedAt as IsoDateTime,
      generatedOn: generatedAt.slice(0, 10) as IsoDate,
      recipient: { role: 'Business Manager', mailbox: 'escalations@northshire.example' },
      body: {
        kind: 'table-row',
        columns: [
          { id: 'ref', label: 'Case ref', binding: 'case-reference' },
          { id: 'from', label: 'Raised by', binding: 'raising-agency' },
          { id: 'to', label: 'With', binding: 'receiving-agency' },
          { id: 'issue', label: 'Issue', binding: 'issue' },
          { id: 'outcome', label: 'Outcome', binding: 'outcome' },
          { id: 'learning', label: 'Learning', binding: 'learning' },
        ],
        rows: [
          [
            caseRef,
            'DSL, Larkspur Primary School',
            'Northshire Children’s Services',
            'No assessment after a third bruise.',
            '',
            '',
          ],
          [
            caseRef,
            'DSL, Larkspur Primary School',
            'Northshire Children’s Services\nNorthshire Community Health',
            '',
            'Assessment agreed.',
            'Write threshold reasons down.',
          ],
        ],
      },
    },
    themes: {
      packId: 'south-tyneside-joint-2024',
      packVersion: 1,
      categories: [{ id: 'levels-of-need', label: 'Levels of need', theme: 'levels-of-need' }],
      about: ['levels-of-need'],
      raisingAgencyType: 'education',
      receivingAgencyTypes: ['childrens-social-care'],
      urgency: 'routine',
      stageReached: { id: 'stage-2', kind: 'stage', name: 'Stage 2: Managers', order: 2 },
      ending: 'resolved',
      startedOn: '2026-05-01' as IsoDate,
      endedOn: '2026-05-08' as IsoDate,
      workingDaysToResolution: 4,
      learningIdentified: true,
      resolvedHow: 'agreement',
      ...overrides,
    },
  };
}

/**
 * A stand-in for a notification file's SHA-256 (64 lower-case hex digits, as the app stores it),
 * made from `text` so each test entry has its own; not a real digest.
 */
export function testSha256(text: string): string {
  const hex = Array.from(text, (char) => char.charCodeAt(0).toString(16).padStart(2, '0')).join('');
  return hex.padEnd(64, '0').slice(0, 64);
}
