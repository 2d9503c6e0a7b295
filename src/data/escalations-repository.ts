// Escalation records on the device: sealed with the vault's key before each transaction, and only
// non-identifying fields in clear for finding and sorting (docs/security.md).
import type { ClientAmendment } from '../domain/escalation/client-amendment';
import type {
  AuditEvent,
  ClientIdentity,
  Discussion,
  Escalation,
} from '../domain/escalation/escalation';
import { z } from 'zod';
import { caseTermsSchema, type CaseTerms } from '../domain/redaction/case-terms';
import {
  auditEventSchema,
  clientAmendmentSchema,
  clientIdentitySchema,
  discussionSchema,
  escalationSchema,
} from '../domain/backup/record-schemas';
import { getDatabase } from './database';
import type { AuditEventRow, ClientRow, DiscussionRow, EscalationRow } from './db';
import { requestPersistenceOnFirstSave } from './durability';
import { adjustOpenCounts } from './open-counts';
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

/**
 * Seals a client's details (and any amendments made since the start, and the case's list of hidden
 * and kept terms) into its stored row.
 */
export async function toClientRow(
  escalationId: string,
  client: ClientIdentity,
  amendments: ClientAmendment[] = [],
  caseTerms?: CaseTerms,
): Promise<{ escalationId: string; sealed: EscalationRow['sealed'] }> {
  const checked = checkBeforeSave(clientIdentitySchema, client, 'client’s details');
  const payload = withClientDetails(caseTerms ? { caseTerms } : {}, checked, amendments);
  return { escalationId, sealed: await seal('clients', escalationId, payload) };
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
    [db.escalations, db.clients, db.discussions, db.auditEvents, db.openCounts],
    async () => {
      await db.escalations.add(row);
      await adjustOpenCounts(db, [], [row]);
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
    [db.escalations, db.clients, db.discussions, db.auditEvents, db.openCounts],
    async () => {
      const stored = await db.escalations.get(row.id);
      if (!stored || stored.revision !== input.expectedRevision)
        throw new RecordChangedElsewhereError();
      await db.escalations.put(row);
      await adjustOpenCounts(db, [stored], [row]);
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

/**
 * Decrypts a client row: the client's details as they stand and the amendments made since the
 * start, each checked against its schema (other keys in the payload are not returned here).
 */
export async function openClientDetails(row: {
  escalationId: string;
  sealed: EscalationRow['sealed'];
}): Promise<{ client: ClientIdentity; amendments: ClientAmendment[]; caseTerms?: CaseTerms }> {
  const value = await unseal<unknown>('clients', row.escalationId, row.sealed);
  const payload = typeof value === 'object' && value !== null ? (value as ClientPayload) : {};
  const { client, amendments } = splitClientPayload(payload);
  const caseTerms = caseTermsSchema.safeParse(payload.caseTerms);
  return {
    client: checkAfterRead(clientIdentitySchema, client, 'client’s details'),
    amendments: checkAfterRead(z.array(clientAmendmentSchema), amendments, 'client’s amendments'),
    ...(caseTerms.success && { caseTerms: caseTerms.data }),
  };
}

/** Decrypts a client row's details, checked against their schema. */
export async function openClientRow(row: {
  escalationId: string;
  sealed: EscalationRow['sealed'];
}): Promise<ClientIdentity> {
  return (await openClientDetails(row)).client;
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

/**
 * The sealed payload of a client row: the client's details (as their own keys, or under `client`),
 * the amendments made since the start, and any other keys another part of the app keeps there,
 * which every write here carries over untouched.
 */
type ClientPayload = Record<string, unknown>;

const IDENTITY_KEYS = ['child', 'siblings', 'familyMembers', 'address', 'school'] as const;

function isWrapped(payload: ClientPayload): boolean {
  return typeof payload.client === 'object' && payload.client !== null && !('child' in payload);
}

/** The client's details and their amendments, out of a decrypted client row payload. */
export function splitClientPayload(payload: ClientPayload): {
  client: ClientIdentity;
  amendments: ClientAmendment[];
} {
  const amendments = Array.isArray(payload.amendments)
    ? (payload.amendments as ClientAmendment[])
    : [];
  if (isWrapped(payload)) return { client: payload.client as ClientIdentity, amendments };
  // Only the identity's own keys: other parts of the app keep their own keys beside them.
  const client = Object.fromEntries(
    Object.entries(payload).filter(([key]) => (IDENTITY_KEYS as readonly string[]).includes(key)),
  );
  return { client: client as unknown as ClientIdentity, amendments };
}

/** A client row payload with `client` and `amendments` replaced and every other key kept. */
export function withClientDetails(
  payload: ClientPayload,
  client: ClientIdentity,
  amendments: ClientAmendment[],
): ClientPayload {
  const rest = Object.fromEntries(
    Object.entries(payload).filter(
      ([key]) =>
        key !== 'amendments' &&
        (isWrapped(payload)
          ? key !== 'client'
          : !(IDENTITY_KEYS as readonly string[]).includes(key)),
    ),
  );
  const details = isWrapped(payload) ? { client } : client;
  return { ...rest, ...details, ...(amendments.length > 0 && { amendments }) };
}

async function readClientPayload(escalationId: string): Promise<{
  payload: ClientPayload;
  sealed: ClientRow['sealed'] | null;
}> {
  const row = await getDatabase().clients.get(escalationId);
  if (!row) return { payload: {}, sealed: null };
  return {
    payload: await unseal<ClientPayload>('clients', escalationId, row.sealed),
    sealed: row.sealed,
  };
}

/** The client's identifying details for an escalation, decrypted, or null. */
export async function getClientIdentity(escalationId: string): Promise<ClientIdentity | null> {
  const row = await getDatabase().clients.get(escalationId);
  return row ? (await openClientDetails(row)).client : null;
}

/** The amendments made to the client's details since the start, oldest first. */
export async function getClientAmendments(escalationId: string): Promise<ClientAmendment[]> {
  const row = await getDatabase().clients.get(escalationId);
  return row ? (await openClientDetails(row)).amendments : [];
}

function sameBlob(a: ClientRow['sealed'] | null, b: ClientRow['sealed'] | undefined): boolean {
  if (a === null || b === undefined) return a === null && b === undefined;
  return a.iv.length === b.iv.length && a.iv.every((byte, index) => byte === b.iv[index]);
}

/**
 * Saves an amendment to the client's details (made by `amendClientDetails` in the domain from
 * revision `expectedRevision`). Only the client's details in the sealed client payload are
 * replaced; the amendment is appended to its list and every other key is kept. Atomic: the
 * record's new revision, the client row and the audit event are written together, and refused with
 * RecordChangedElsewhereError when the record or its client row changed meanwhile.
 */
export async function saveClientAmendment(input: {
  escalation: Escalation;
  expectedRevision: number;
  client: ClientIdentity;
  amendment: ClientAmendment;
  audit: AuditEvent;
}): Promise<void> {
  const id = input.escalation.id;
  const read = await readClientPayload(id);
  const { amendments } = splitClientPayload(read.payload);
  const payload = withClientDetails(read.payload, input.client, [...amendments, input.amendment]);
  const clientRow = { escalationId: id, sealed: await seal('clients', id, payload) };
  const row = await toEscalationRow(input.escalation);
  const audit = await toAuditRow(input.audit);
  const db = getDatabase();
  const tables = [db.escalations, db.clients, db.auditEvents, db.openCounts];
  await db.transaction('rw', tables, async () => {
    const [stored, storedClient] = await Promise.all([db.escalations.get(id), db.clients.get(id)]);
    if (!stored || stored.revision !== input.expectedRevision)
      throw new RecordChangedElsewhereError();
    if (!sameBlob(read.sealed, storedClient?.sealed)) throw new RecordChangedElsewhereError();
    await db.escalations.put(row);
    await adjustOpenCounts(db, [stored], [row]);
    await db.clients.put(clientRow);
    await db.auditEvents.add(audit);
  });
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

/**
 * Records that the record was exported for the case file (as a PDF or printed). An audit event
 * only: the record itself does not change, so its revision stays as it is.
 */
export async function recordCaseFileExport(input: {
  escalationId: string;
  at: AuditEvent['at'];
  how: 'PDF downloaded' | 'print view printed';
  by: string;
}): Promise<void> {
  const audit = await toAuditRow({
    id: crypto.randomUUID(),
    escalationId: input.escalationId,
    at: input.at,
    action: 'case-file-exported',
    detail: `Case-file export (not anonymised), ${input.how}, by ${input.by}.`,
  });
  await getDatabase().auditEvents.add(audit);
}
