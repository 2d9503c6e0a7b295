// Escalation records on the device: sealed with the vault's key before each transaction, and only
// non-identifying fields in clear for finding and sorting (docs/security.md).
import type {
  AuditEvent,
  ClientIdentity,
  Discussion,
  Escalation,
} from '../domain/escalation/escalation';
import {
  auditEventSchema,
  clientIdentitySchema,
  discussionSchema,
  escalationSchema,
} from '../domain/backup/backup-content';
import { getDatabase } from './database';
import type { AuditEventRow, DiscussionRow, EscalationRow } from './db';
import { requestPersistenceOnFirstSave } from './durability';
import { checkAfterRead, checkBeforeSave } from './record-checks';
import { seal, unseal } from './vault-session';

/** Someone else (another tab, or a restore) saved this record since it was opened here. */
export class RecordChangedElsewhereError extends Error {
  override readonly name = 'RecordChangedElsewhereError';
  constructor() {
    super(
      'This escalation was changed in another tab or window after you opened it, so your change was not saved over theirs. Reload the record to see the latest version, then make your change again.',
    );
  }
}

/** The clear, non-identifying fields of an escalation: enough for lists, counts and sorting. */
export type EscalationSummary = Omit<EscalationRow, 'sealed'>;

const NO_DUE_DATE = '~';

function currentVisit(escalation: Escalation) {
  return escalation.stageHistory[escalation.stageHistory.length - 1];
}

/** Seals an escalation into its stored row. */
export async function toEscalationRow(escalation: Escalation): Promise<EscalationRow> {
  const visit = currentVisit(escalation);
  const open = escalation.status === 'open';
  return {
    id: escalation.id,
    caseRef: escalation.caseRef,
    packId: escalation.packId,
    packVersion: escalation.packVersion,
    status: escalation.status,
    stageKey: `${escalation.packId}/${visit?.stageId ?? ''}`,
    dueSort: open && visit?.dueAt ? visit.dueAt : NO_DUE_DATE,
    createdAt: escalation.createdAt,
    updatedAt: escalation.updatedAt,
    revision: escalation.revision,
    categoryIds: [...escalation.categoryIds],
    example: escalation.isExample ? 1 : 0,
    sealed: await seal(
      'escalations',
      escalation.id,
      checkBeforeSave(escalationSchema, escalation, 'escalation'),
    ),
  };
}

/** Seals a discussion into its stored row. */
export async function toDiscussionRow(discussion: Discussion): Promise<DiscussionRow> {
  return {
    id: discussion.id,
    escalationId: discussion.escalationId,
    sequence: discussion.sequence,
    heldAt: discussion.heldAt,
    sealed: await seal(
      'discussions',
      discussion.id,
      checkBeforeSave(discussionSchema, discussion, 'discussion'),
    ),
  };
}

/** Seals an audit event into its stored row. */
export async function toAuditRow(event: AuditEvent): Promise<AuditEventRow> {
  checkBeforeSave(auditEventSchema, event, 'history entry');
  return {
    id: event.id,
    escalationId: event.escalationId,
    at: event.at,
    action: event.action,
    sealed: await seal('auditEvents', event.id, { detail: event.detail }),
  };
}

/** Seals a client's details into its stored row. */
export async function toClientRow(
  escalationId: string,
  client: ClientIdentity,
): Promise<{ escalationId: string; sealed: EscalationRow['sealed'] }> {
  return {
    escalationId,
    sealed: await seal(
      'clients',
      escalationId,
      checkBeforeSave(clientIdentitySchema, client, 'client’s details'),
    ),
  };
}

/**
 * Stores a new escalation with its client details, first audit event and any discussions.
 * Atomic: the record, client, discussions and audit event are written together or not at all.
 */
export async function createEscalationRecord(input: {
  escalation: Escalation;
  client: ClientIdentity | null;
  audit: AuditEvent;
  discussions?: Discussion[];
}): Promise<void> {
  const row = await toEscalationRow(input.escalation);
  const client = input.client && (await toClientRow(input.escalation.id, input.client));
  const discussions = await Promise.all((input.discussions ?? []).map(toDiscussionRow));
  const audit = await toAuditRow(input.audit);
  const db = getDatabase();
  await db.transaction(
    'rw',
    [db.escalations, db.clients, db.discussions, db.auditEvents],
    async () => {
      await db.escalations.add(row);
      if (client) await db.clients.put(client);
      await db.discussions.bulkAdd(discussions);
      await db.auditEvents.add(audit);
    },
  );
  void requestPersistenceOnFirstSave();
}

/**
 * Saves a change to an escalation made from revision `expectedRevision`, with its audit event and
 * any new discussion entry. Atomic, and refused with RecordChangedElsewhereError when the stored
 * revision has moved on (two tabs never silently overwrite each other).
 */
export async function saveEscalationChange(input: {
  escalation: Escalation;
  expectedRevision: number;
  audit: AuditEvent;
  discussion?: Discussion;
  client?: ClientIdentity;
}): Promise<void> {
  const row = await toEscalationRow(input.escalation);
  const audit = await toAuditRow(input.audit);
  const discussion = input.discussion && (await toDiscussionRow(input.discussion));
  const client = input.client && (await toClientRow(input.escalation.id, input.client));
  const db = getDatabase();
  await db.transaction(
    'rw',
    [db.escalations, db.clients, db.discussions, db.auditEvents],
    async () => {
      const stored = await db.escalations.get(row.id);
      if (!stored || stored.revision !== input.expectedRevision)
        throw new RecordChangedElsewhereError();
      await db.escalations.put(row);
      if (discussion) await db.discussions.add(discussion);
      if (client) await db.clients.put(client);
      await db.auditEvents.add(audit);
    },
  );
}

/** Decrypts one escalation row. */
export async function openEscalationRow(row: EscalationRow): Promise<Escalation> {
  const value = await unseal<unknown>('escalations', row.id, row.sealed);
  return checkAfterRead(escalationSchema, value, 'escalation');
}

/** Decrypts a client row. */
export async function openClientRow(row: {
  escalationId: string;
  sealed: EscalationRow['sealed'];
}): Promise<ClientIdentity> {
  const value = await unseal<unknown>('clients', row.escalationId, row.sealed);
  return checkAfterRead(clientIdentitySchema, value, 'client’s details');
}

/** Decrypts discussion rows, in log order. */
export function openDiscussionRows(rows: DiscussionRow[]): Promise<Discussion[]> {
  return Promise.all(
    rows.map(async (row) =>
      checkAfterRead(
        discussionSchema,
        await unseal<unknown>('discussions', row.id, row.sealed),
        'discussion',
      ),
    ),
  );
}

/** Decrypts audit rows, oldest first. */
export async function openAuditRows(rows: AuditEventRow[]): Promise<AuditEvent[]> {
  return Promise.all(
    rows.map(async (row) =>
      checkAfterRead(
        auditEventSchema,
        {
          id: row.id,
          escalationId: row.escalationId,
          at: row.at,
          action: row.action,
          detail: (await unseal<{ detail?: unknown }>('auditEvents', row.id, row.sealed)).detail,
        },
        'history entry',
      ),
    ),
  );
}

/** One escalation, decrypted, or undefined. */
export async function getEscalation(id: string): Promise<Escalation | undefined> {
  const row = await getDatabase().escalations.get(id);
  return row && openEscalationRow(row);
}

/** The client's identifying details for an escalation, decrypted, or null. */
export async function getClientIdentity(escalationId: string): Promise<ClientIdentity | null> {
  const row = await getDatabase().clients.get(escalationId);
  return row ? openClientRow(row) : null;
}

/** Every discussion of an escalation, decrypted, in log order. */
export async function getDiscussions(escalationId: string): Promise<Discussion[]> {
  const rows = await getDatabase()
    .discussions.where('[escalationId+sequence]')
    .between([escalationId, 0], [escalationId, Infinity])
    .toArray();
  return openDiscussionRows(rows);
}

/** Every audit event of an escalation, decrypted, oldest first. */
export async function getAuditEvents(escalationId: string): Promise<AuditEvent[]> {
  const rows = await getDatabase()
    .auditEvents.where('[escalationId+at]')
    .between([escalationId, ''], [escalationId, '\uffff'])
    .toArray();
  return openAuditRows(rows);
}

/** Strips the sealed part of a row. */
export function summarise(row: EscalationRow): EscalationSummary {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { sealed, ...summary } = row;
  return summary;
}
