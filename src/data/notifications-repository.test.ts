// The sent ledger is sealed at rest, written atomically with its audit trail, and counts what is
// still to send; the review in progress survives as an encrypted draft.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SAMPLE_CLIENT,
  sampleAudit,
  sampleEscalation,
} from '../../test/fixtures/escalations/sample-escalation';
import type { IsoDate, IsoDateTime } from '../domain/calendar/iso-date';
import { findBuiltInPack } from '../domain/policy/built-in-packs';
import { buildBlankFormModel } from '../domain/notification/notification-model';
import { type EscalateDatabase } from './db';
import { collectBackupContent, restoreBackupContent } from './backup-repository';
import { saveDraft } from './drafts-repository';
import { createEscalationRecord, getAuditEvents } from './escalations-repository';
import {
  appendNotificationEvent,
  countUnsentNotifications,
  getNotificationsFor,
  NotificationNotFoundError,
  recordPreparedNotification,
  type PreparedNotificationInput,
} from './notifications-repository';
import {
  loadReview,
  reviewDraftId,
  saveReview,
  type NotificationReviewDraft,
} from './notifications-repository-review';
import { InvalidRecordError } from './record-checks';
import { lock, seal, unlock } from './vault-session';
import { sampleNotificationModel } from '../../test/fixtures/notifications/sample-notification';
import { closeTestVault, openTestVault } from '../../test/fixtures/vault/test-vault';

let db: EscalateDatabase;
const PASSPHRASE = 'correct horse battery staple';
const PREPARED_AT = '2026-11-24T10:00:00.000Z' as IsoDateTime;

beforeEach(async () => {
  db = await openTestVault('escalate-test', PASSPHRASE);
  await createEscalationRecord({
    escalation: sampleEscalation(),
    client: SAMPLE_CLIENT,
    audit: sampleAudit(),
  });
});

afterEach(() => closeTestVault(db));

function preparedInput(): PreparedNotificationInput {
  const pack = findBuiltInPack('wiltshire-scb-2013');
  if (!pack) throw new Error('no Wiltshire pack');
  return {
    escalation: sampleEscalation(),
    fileName: 'notification-ESC-7KQ4-M2XD-2026-11-24.pdf',
    reviewedAt: PREPARED_AT,
    review: {
      'statement.whatIsEscalated': {
        label: 'What is being escalated',
        source: 'Children’s social care closed the referral about Tamsin without a home visit.',
        final: 'Children’s social care closed the referral about [child] without a home visit.',
        decisions: [
          {
            start: 53,
            end: 59,
            original: 'Tamsin',
            replacement: '[child]',
            origin: 'proposed',
            type: 'name',
            confidence: 'high',
            hidden: true,
          },
        ],
      },
    },
    model: buildBlankFormModel(pack),
    preparedAt: PREPARED_AT,
  };
}

function sampleReview(overrides: Partial<NotificationReviewDraft> = {}): NotificationReviewDraft {
  return {
    version: 1,
    escalationId: 'esc-0001',
    recordRevision: 1,
    updatedAt: PREPARED_AT,
    fields: {
      'statement.whatIsEscalated': {
        source: 'About Tamsin.',
        decisions: { '6:12': 'show' },
        manual: [{ start: 0, end: 5 }],
        checkedFinal: null,
      },
    },
    ...overrides,
  };
}

async function rawNotifications(): Promise<string> {
  const rows = await db.notifications.toArray();
  return JSON.stringify(rows, (_key, value: unknown) =>
    value instanceof Uint8Array ? new TextDecoder('utf-8', { fatal: false }).decode(value) : value,
  );
}

describe('the sent ledger', () => {
  it('stores the reviewed text sealed, with only ids, status and time in clear', async () => {
    const id = await recordPreparedNotification(preparedInput());
    const raw = await rawNotifications();
    expect(raw).not.toContain('Tamsin');
    expect(raw).not.toContain('referral');
    expect(raw).toContain(id);
    const [row] = await db.notifications.toArray();
    expect(row?.status).toBe('prepared');
    expect(row?.preparedAt).toBe(PREPARED_AT);
  });

  it('reads back the prepared notification with its generated event after a lock and unlock', async () => {
    const id = await recordPreparedNotification(preparedInput());
    await lock();
    expect(await unlock(PASSPHRASE)).toBe(true);
    const [stored] = await getNotificationsFor('esc-0001');
    expect(stored?.id).toBe(id);
    expect(stored?.caseRef).toBe('ESC-7KQ4-M2XD');
    expect(stored?.recordRevision).toBe(1);
    expect(stored?.events).toEqual([{ type: 'generated', at: PREPARED_AT }]);
    expect(stored?.review['statement.whatIsEscalated']?.decisions[0]?.original).toBe('Tamsin');
    expect(stored?.model.blank).toBe(true);
  });

  it('writes a notification-prepared audit event in the same transaction', async () => {
    await recordPreparedNotification(preparedInput());
    const audit = await getAuditEvents('esc-0001');
    const prepared = audit.filter((event) => event.action === 'notification-prepared');
    expect(prepared).toHaveLength(1);
    expect(prepared[0]?.detail).toContain('notification-ESC-7KQ4-M2XD-2026-11-24.pdf');
  });

  it('writes nothing when the audit event cannot be added', async () => {
    const input = preparedInput();
    await recordPreparedNotification(input);
    const before = await db.notifications.count();
    // A second audit row with a clashing id makes the transaction fail as a whole.
    const originalRandom = crypto.randomUUID.bind(crypto);
    const existing = (await db.auditEvents.toArray()).find(
      (row) => row.action === 'notification-prepared',
    );
    let calls = 0;
    crypto.randomUUID = () => {
      calls += 1;
      return (calls === 2 ? existing?.id : originalRandom()) as ReturnType<Crypto['randomUUID']>;
    };
    try {
      await expect(recordPreparedNotification(input)).rejects.toThrow();
    } finally {
      crypto.randomUUID = originalRandom;
    }
    expect(await db.notifications.count()).toBe(before);
  });

  it('appends events in order, and marks the notification sent with an audit event', async () => {
    const id = await recordPreparedNotification(preparedInput());
    await appendNotificationEvent(id, {
      type: 'downloaded',
      at: '2026-11-24T10:05:00.000Z' as IsoDateTime,
    });
    expect(await countUnsentNotifications()).toBe(1);
    await appendNotificationEvent(id, {
      type: 'sent',
      at: '2026-11-24T10:30:00.000Z' as IsoDateTime,
      channel: 'secure-email',
      recipient: 'WSCB business manager',
      sentOn: '2026-11-24' as IsoDate,
    });
    const [stored] = await getNotificationsFor('esc-0001');
    expect(stored?.status).toBe('sent');
    expect(stored?.events.map((event) => event.type)).toEqual(['generated', 'downloaded', 'sent']);
    expect(stored?.events[2]?.recipient).toBe('WSCB business manager');
    expect(await countUnsentNotifications()).toBe(0);
    const sentAudit = (await getAuditEvents('esc-0001')).find(
      (event) => event.action === 'notification-sent',
    );
    expect(sentAudit?.detail).toBe(
      'Notification notification-ESC-7KQ4-M2XD-2026-11-24.pdf sent by secure e-mail (NHSmail) to WSCB business manager on 24 November 2026.',
    );
  });

  it('keeps both events when two are appended at once (as from two tabs)', async () => {
    const id = await recordPreparedNotification(preparedInput());
    await Promise.all([
      appendNotificationEvent(id, {
        type: 'printed',
        at: '2026-11-24T10:01:00.000Z' as IsoDateTime,
      }),
      appendNotificationEvent(id, {
        type: 'emailed',
        at: '2026-11-24T10:02:00.000Z' as IsoDateTime,
      }),
    ]);
    const [stored] = await getNotificationsFor('esc-0001');
    expect(stored?.events.map((event) => event.type).sort()).toEqual([
      'emailed',
      'generated',
      'printed',
    ]);
  });

  it('refuses an event for a notification that is not on the device', async () => {
    await expect(
      appendNotificationEvent('missing', { type: 'printed', at: PREPARED_AT }),
    ).rejects.toBeInstanceOf(NotificationNotFoundError);
  });

  it('counts unsent notifications across records, readable while locked', async () => {
    await recordPreparedNotification(preparedInput());
    await recordPreparedNotification({
      ...preparedInput(),
      escalation: sampleEscalation({ id: 'esc-0002', caseRef: 'ESC-AAAA-BBBB' }),
    });
    await lock();
    expect(await countUnsentNotifications()).toBe(2);
  });

  it('counts only the latest of several unsent versions of one record, and keeps them all', async () => {
    await recordPreparedNotification(preparedInput());
    await recordPreparedNotification({
      ...preparedInput(),
      preparedAt: '2026-11-24T11:00:00.000Z' as IsoDateTime,
    });
    expect(await countUnsentNotifications()).toBe(1);
    expect(await getNotificationsFor('esc-0001')).toHaveLength(2);
  });
});

describe('a notification read back from the device', () => {
  it('reads back a filled notification exactly as it was prepared', async () => {
    const pack = findBuiltInPack('wiltshire-scb-2013');
    if (!pack) throw new Error('no Wiltshire pack');
    const model = sampleNotificationModel(pack);
    await recordPreparedNotification({ ...preparedInput(), model });
    const [stored] = await getNotificationsFor('esc-0001');
    expect(stored?.model).toEqual(model);
  });

  it('refuses a damaged one with a plain message, and adds nothing to it', async () => {
    const id = await recordPreparedNotification(preparedInput());
    const row = await db.notifications.get(id);
    if (!row) throw new Error('not stored');
    // It decrypts, but is not what the app writes: its events are not a list.
    const damaged = { caseRef: 'ESC-7KQ4-M2XD', events: 'sent' };
    const damagedRow = { ...row, sealed: await seal('notifications', id, damaged) };
    await db.notifications.put(damagedRow);
    const reading = getNotificationsFor('esc-0001');
    await expect(reading).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(reading).rejects.toThrow(
      /^A stored notification is not in the form Escalate expects \(.+\), so Escalate cannot open it\. .*restore this one from a backup/,
    );
    await expect(appendNotificationEvent(id, { type: 'printed', at: PREPARED_AT })).rejects.toThrow(
      InvalidRecordError,
    );
    expect((await db.notifications.get(id))?.sealed).toEqual(damagedRow.sealed);
  });
});

describe('the review in progress', () => {
  it('saves and loads the review, sealed in the drafts table', async () => {
    await saveReview('esc-0001', sampleReview());
    const raw = JSON.stringify(await db.drafts.toArray(), (_key, value: unknown) =>
      value instanceof Uint8Array ? 'bytes' : value,
    );
    expect(raw).not.toContain('Tamsin');
    expect(await loadReview('esc-0001')).toEqual(sampleReview());
  });

  it('ignores a draft of another shape or for another escalation', async () => {
    await saveDraft(reviewDraftId('esc-0001'), 'notify-review', { nonsense: true }, new Date());
    expect(await loadReview('esc-0001')).toBeUndefined();
    await saveReview('esc-0001', sampleReview({ escalationId: 'esc-0002' }));
    expect(await loadReview('esc-0001')).toBeUndefined();
  });

  it('has nothing to load before a review was started', async () => {
    expect(await loadReview('esc-0001')).toBeUndefined();
  });
});

describe('merging a backup', () => {
  it('keeps the later state of a notification and the union of its events', async () => {
    const id = await recordPreparedNotification(preparedInput());
    // An older backup: the notification still prepared, with an event the device does not have.
    const older = await collectBackupContent('2026-11-24T10:20:00.000Z');
    const inBackup = older.notifications[0]?.content as { events: unknown[] };
    inBackup.events.push({ type: 'printed', at: '2026-11-24T10:10:00.000Z' });
    await appendNotificationEvent(id, {
      type: 'sent',
      at: '2026-11-24T10:30:00.000Z' as IsoDateTime,
      channel: 'secure-email',
      recipient: 'WSCB business manager',
      sentOn: '2026-11-24' as IsoDate,
    });
    await restoreBackupContent(older, 'merge');
    const [stored] = await getNotificationsFor('esc-0001');
    expect(stored?.status).toBe('sent');
    expect(stored?.events.map((event) => event.type)).toEqual(['generated', 'printed', 'sent']);
    expect(await countUnsentNotifications()).toBe(0);
  });
});
