import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/iso-date';
import { decideImport, entryFromNotification, withNewerNotification } from './register-entry';
import { testNotificationData } from './register-test-data';

const received = '2026-05-11' as IsoDate;

describe('register entries from notifications', () => {
  const data = testNotificationData('ESC-AAAA-BBBB');
  const entry = entryFromNotification('e-1', data, 'a'.repeat(64), received);

  it('fills the spreadsheet’s columns from what the notification printed', () => {
    expect(entry.columns).toEqual({
      agencies:
        'DSL, Larkspur Primary School; Northshire Children’s Services; Northshire Community Health',
      summary: 'No assessment after a third bruise.',
      outcome: 'Assessment agreed.',
      learning: 'Write threshold reasons down.',
    });
    expect(entry.facts).toMatchObject({
      stageName: 'Stage 2: Managers',
      stageOrder: 2,
      categoryThemes: ['levels-of-need'],
      ending: 'resolved',
      workingDaysToResolution: 4,
      resolvedHow: 'agreement',
    });
    expect(entry.partnership.status).toBe('received');
  });

  it('recognises the same file, a newer version and an older one', () => {
    expect(decideImport(undefined, data, 'a'.repeat(64))).toEqual({ kind: 'new' });
    expect(decideImport(entry, data, 'a'.repeat(64)).kind).toBe('duplicate');
    const later = testNotificationData('ESC-AAAA-BBBB', '2026-06-01T10:00:00.000Z');
    expect(decideImport(entry, later, 'b'.repeat(64)).kind).toBe('newer');
    const earlier = testNotificationData('ESC-AAAA-BBBB', '2026-04-01T10:00:00.000Z');
    expect(decideImport(entry, earlier, 'c'.repeat(64)).kind).toBe('older');
  });

  it('keeps the partnership’s own fields when a newer version replaces the notification', () => {
    const edited = {
      ...entry,
      partnership: { ...entry.partnership, status: 'acknowledged' as const, planOfAction: 'Audit' },
    };
    const later = testNotificationData('ESC-AAAA-BBBB', '2026-06-01T10:00:00.000Z', {
      ending: 'open',
      endedOn: null,
      workingDaysToResolution: null,
    });
    const updated = withNewerNotification(edited, later, 'b'.repeat(64));
    expect(updated.partnership).toEqual(edited.partnership);
    expect(updated.receivedOn).toBe(received);
    expect(updated.facts.ending).toBe('open');
    expect(updated.sha256).toBe('b'.repeat(64));
  });
});
