// The sent ledger: every notification prepared from an escalation, sealed, with what happened to it
// (generated, shared, downloaded, printed, e-mailed, sent, receipt confirmed). The review in
// progress is kept separately, as an encrypted draft (notifications-repository-review.ts).
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStoredQuery } from './stored-query';
import type { IsoDateTime } from '../domain/calendar/iso-date';
import type { AuditEvent } from '../domain/escalation/escalation';
import { longDate } from '../domain/escalation/escalation-text';
import type { NotificationModel } from '../domain/notification/notification-model';
import {
  notificationContentSchema,
  type NotificationContent,
  type NotificationEvent,
} from '../domain/notification/notification-content';
import { channelWords } from '../domain/notification/notification-events';
import type { PrintedFieldReview } from '../domain/redaction/review-rules';
import { getDatabase } from './database';
import type { NotificationRow } from './db';
import {
  supersededIds,
  type NotificationVersion,
} from '../domain/notification/notification-versions';
import { requestPersistenceOnFirstSave } from './durability';
import { toAuditRow } from './escalations-repository';
import { checkAfterRead, InvalidRecordError } from './record-checks';
import { seal, unseal, useVaultState } from './vault-session';

// The printed review's shape is the domain's (src/domain/redaction/review-rules.ts).
export type { PrintedDecision, PrintedFieldReview } from '../domain/redaction/review-rules';

// The sealed content's shape and schema are the domain's (src/domain/notification/notification-content.ts).
export type {
  NotificationContent,
  NotificationEvent,
  NotificationEventType,
  SendChannel,
} from '../domain/notification/notification-content';

/** A prepared notification, decrypted. */
export interface StoredNotification extends NotificationContent {
  id: string;
  escalationId: string;
  status: 'prepared' | 'sent';
  preparedAt: IsoDateTime;
}

async function toRow(notification: StoredNotification): Promise<NotificationRow> {
  const { id, escalationId, status, preparedAt, ...content } = notification;
  return { id, escalationId, status, preparedAt, sealed: await seal('notifications', id, content) };
}

async function openRow(row: NotificationRow): Promise<StoredNotification> {
  const value = await unseal<unknown>('notifications', row.id, row.sealed);
  const content = checkAfterRead(notificationContentSchema(), value, 'notification');
  return {
    ...content,
    id: row.id,
    escalationId: row.escalationId,
    status: row.status,
    preparedAt: row.preparedAt as IsoDateTime,
  };
}

function auditEvent(
  escalationId: string,
  at: IsoDateTime,
  action: AuditEvent['action'],
  detail: string,
): AuditEvent {
  return { id: crypto.randomUUID(), escalationId, at, action, detail };
}

/** What {@link recordPreparedNotification} stores. */
export interface PreparedNotificationInput {
  escalation: {
    id: string;
    caseRef: string;
    packId: string;
    packVersion: number;
    revision: number;
  };
  fileName: string;
  reviewedAt: IsoDateTime;
  review: Record<string, PrintedFieldReview>;
  model: NotificationModel;
  preparedAt: IsoDateTime;
}

/**
 * Records a notification as prepared (its `generated` event included) and returns its id. Atomic:
 * the notification and its 'notification-prepared' audit event are written together or not at all.
 */
export async function recordPreparedNotification(input: PreparedNotificationInput) {
  const { escalation, preparedAt } = input;
  const notification: StoredNotification = {
    id: crypto.randomUUID(),
    escalationId: escalation.id,
    status: 'prepared',
    preparedAt,
    caseRef: escalation.caseRef,
    packId: escalation.packId,
    packVersion: escalation.packVersion,
    recordRevision: escalation.revision,
    fileName: input.fileName,
    reviewedAt: input.reviewedAt,
    review: input.review,
    model: input.model,
    events: [{ type: 'generated', at: preparedAt }],
  };
  const row = await toRow(notification);
  const audit = await toAuditRow(
    auditEvent(
      escalation.id,
      preparedAt,
      'notification-prepared',
      `Notification prepared for the partnership (${input.fileName}).`,
    ),
  );
  const db = getDatabase();
  await db.transaction('rw', [db.notifications, db.auditEvents], async () => {
    await db.notifications.add(row);
    await db.auditEvents.add(audit);
  });
  void requestPersistenceOnFirstSave();
  return notification.id;
}

function sentDetail(event: NotificationEvent, fileName: string): string {
  const how = event.channel ? ` by ${channelWords(event.channel)}` : '';
  const to = event.recipient ? ` to ${event.recipient}` : '';
  const on = event.sentOn ? ` on ${longDate(event.sentOn)}` : '';
  return `Notification ${fileName} sent${how}${to}${on}.`;
}

/** Thrown when the notification to update is not on this device (deleted, or never stored). */
export class NotificationNotFoundError extends Error {
  override readonly name = 'NotificationNotFoundError';
  constructor() {
    super('This notification is no longer on this device.');
  }
}

const MAX_ATTEMPTS = 3;

function sameBlob(a: NotificationRow['sealed'], b: NotificationRow['sealed']): boolean {
  return a.iv.length === b.iv.length && a.iv.every((byte, index) => byte === b.iv[index]);
}

/**
 * Appends an event to a notification; a `sent` event also marks it sent. Atomic: the notification
 * and, for `sent`, its 'notification-sent' audit event are written together. Encryption happens
 * first, so the write checks that nobody (another tab) changed the notification meanwhile, and
 * starts again from the latest copy if they did.
 */
export async function appendNotificationEvent(id: string, event: NotificationEvent) {
  const db = getDatabase();
  for (let attempt = 1; ; attempt += 1) {
    const before = await db.notifications.get(id);
    if (!before) throw new NotificationNotFoundError();
    const current = await openRow(before);
    const status = event.type === 'sent' ? 'sent' : current.status;
    const row = await toRow({ ...current, status, events: [...current.events, event] });
    const audit =
      event.type === 'sent'
        ? await toAuditRow(
            auditEvent(
              current.escalationId,
              event.at,
              'notification-sent',
              sentDetail(event, current.fileName),
            ),
          )
        : undefined;
    const written = await db.transaction('rw', [db.notifications, db.auditEvents], async () => {
      const latest = await db.notifications.get(id);
      if (!latest || !sameBlob(latest.sealed, before.sealed)) return false;
      await db.notifications.put(row);
      if (audit) await db.auditEvents.add(audit);
      return true;
    });
    if (written) return;
    if (attempt >= MAX_ATTEMPTS) throw new Error('The notification could not be updated.');
  }
}

/** Every notification of an escalation, decrypted, oldest first. Needs the vault unlocked. */
export async function getNotificationsFor(escalationId: string): Promise<StoredNotification[]> {
  const rows = await getDatabase()
    .notifications.where('escalationId')
    .equals(escalationId)
    .toArray();
  const opened = await Promise.all(rows.map(openRow));
  return opened.sort((a, b) => a.preparedAt.localeCompare(b.preparedAt));
}

/**
 * How many notifications were prepared but not yet confirmed as sent, leaving out versions a later
 * one of the same record superseded (readable while locked: only fields kept in the clear).
 */
export async function countUnsentNotifications(): Promise<number> {
  const rows = await storedVersions();
  const superseded = supersededIds(rows);
  return rows.filter((row) => row.status === 'prepared' && !superseded.has(row.id)).length;
}

/**
 * Every notification's clear fields, read from the indexes alone: the encrypted contents stay on
 * disk (the count is taken on every visit to Escalations, and a device may hold hundreds). Two
 * key scans in one read transaction, joined on the notification's id.
 */
async function storedVersions(): Promise<NotificationVersion[]> {
  const table = getDatabase().notifications;
  return getDatabase().transaction('r', table, async () => {
    const records = new Map<string, string>();
    await table.orderBy('escalationId').eachKey((key, cursor) => {
      records.set(String(cursor.primaryKey), String(key));
    });
    const versions: NotificationVersion[] = [];
    await table.orderBy('[status+preparedAt]').eachKey((key, cursor) => {
      const [status, preparedAt] = key as [NotificationVersion['status'], string];
      const id = String(cursor.primaryKey);
      const escalationId = records.get(id);
      if (escalationId !== undefined) versions.push({ id, escalationId, status, preparedAt });
    });
    return versions;
  });
}

/** {@link countUnsentNotifications}, live; undefined while loading. */
export function useUnsentNotificationCount(): number | undefined {
  return useStoredQuery(countUnsentNotifications, [], 0);
}

export type NotificationsState =
  | { kind: 'loading' }
  | { kind: 'locked' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; notifications: StoredNotification[] };

type Opened = { escalationId: string; state: NotificationsState };

async function openAll(rows: NotificationRow[]): Promise<NotificationsState> {
  try {
    const notifications = await Promise.all(rows.map(openRow));
    notifications.sort((a, b) => a.preparedAt.localeCompare(b.preparedAt));
    return { kind: 'ready', notifications };
  } catch (error) {
    // A notification that decrypts but is not in the form Escalate writes says so, and what to do.
    if (error instanceof InvalidRecordError) return { kind: 'error', message: error.message };
    return {
      kind: 'error',
      message:
        'The notifications of this record could not be decrypted. They may be damaged; restore from a backup if you have one.',
    };
  }
}

/**
 * The notifications of an escalation, decrypted and live, oldest first. The live query reads the
 * sealed rows; decryption happens afterwards, and the decrypted copy is dropped when the vault locks.
 */
export function useNotificationsFor(escalationId: string): NotificationsState {
  const vault = useVaultState();
  const rows = useLiveQuery(
    () => getDatabase().notifications.where('escalationId').equals(escalationId).toArray(),
    [escalationId],
  );
  const [opened, setOpened] = useState<Opened>();

  useEffect(() => {
    if (vault !== 'unlocked' || !rows) return;
    let current = true;
    void openAll(rows).then((state) => {
      if (current) setOpened({ escalationId, state });
    });
    return () => {
      current = false;
    };
  }, [rows, vault, escalationId]);

  useEffect(() => {
    if (vault !== 'unlocked') return;
    return () => setOpened(undefined);
  }, [vault]);

  if (vault === 'loading') return { kind: 'loading' };
  if (vault !== 'unlocked') return { kind: 'locked' };
  if (!rows) return { kind: 'loading' };
  if (rows.length === 0) return { kind: 'ready', notifications: [] };
  // Keep the previous copy across live updates (no flash), but never another record's.
  return opened?.escalationId === escalationId ? opened.state : { kind: 'loading' };
}
