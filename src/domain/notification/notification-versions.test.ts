import { describe, expect, it } from 'vitest';
import {
  supersededIds,
  versionedFileName,
  type NotificationVersion,
} from './notification-versions';

const base = 'notification-ESC-7KQ4-M2XD-2026-12-06.pdf';

describe('the file name of a notification prepared again', () => {
  it('keeps the plain name for the first version and numbers the later ones', () => {
    expect(versionedFileName(base, [])).toBe(base);
    expect(versionedFileName(base, [base])).toBe('notification-ESC-7KQ4-M2XD-2026-12-06-v2.pdf');
    expect(versionedFileName(base, [base, 'notification-ESC-7KQ4-M2XD-2026-12-06-v2.pdf'])).toBe(
      'notification-ESC-7KQ4-M2XD-2026-12-06-v3.pdf',
    );
  });
});

describe('superseded versions', () => {
  const version = (
    id: string,
    status: NotificationVersion['status'],
    preparedAt: string,
    escalationId = 'e1',
  ): NotificationVersion => ({ id, escalationId, status, preparedAt });

  it('are the unsent ones prepared before a later version of the same record', () => {
    const notifications = [
      version('a', 'prepared', '2026-12-06T09:00:00.000Z'),
      version('b', 'prepared', '2026-12-06T10:00:00.000Z'),
      version('c', 'prepared', '2026-12-06T11:00:00.000Z'),
      version('other', 'prepared', '2026-12-06T08:00:00.000Z', 'e2'),
    ];
    expect([...supersededIds(notifications)].sort()).toEqual(['a', 'b']);
  });

  it('never include one that was sent', () => {
    const notifications = [
      version('a', 'sent', '2026-12-06T09:00:00.000Z'),
      version('b', 'prepared', '2026-12-06T10:00:00.000Z'),
    ];
    expect(supersededIds(notifications).size).toBe(0);
  });
});
