// Live, decrypted views of one escalation for the record page. The live query reads sealed rows
// (Dexie only); decryption happens afterwards, outside the query, and is dropped on lock.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ClientAmendment } from '../domain/escalation/client-amendment';
import type {
  AuditEvent,
  ClientIdentity,
  Discussion,
  Escalation,
} from '../domain/escalation/escalation';
import { getDatabase } from './database';
import type { EscalationRow } from './db';
import {
  openAuditRows,
  openClientDetails,
  openDiscussionRows,
  openEscalationRow,
} from './escalations-repository';
import { InvalidRecordError } from './record-checks';
import { isUnlocked, onBeforeLock, useVaultState } from './vault-session';

export interface OpenedRecord {
  escalation: Escalation;
  discussions: Discussion[];
  audit: AuditEvent[];
  client: ClientIdentity | null;
  /** Changes to the client's details since the start, oldest first (each keeps what was before). */
  amendments: ClientAmendment[];
}

export type RecordState =
  | { kind: 'loading' }
  | { kind: 'locked' }
  | { kind: 'not-found' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; record: OpenedRecord };

type SealedRecord = Awaited<ReturnType<typeof readSealedRecord>>;

async function readSealedRecord(id: string) {
  const db = getDatabase();
  const [row, discussions, audit, client] = await Promise.all([
    db.escalations.get(id),
    db.discussions.where('[escalationId+sequence]').between([id, 0], [id, Infinity]).toArray(),
    db.auditEvents.where('[escalationId+at]').between([id, ''], [id, '\uffff']).toArray(),
    db.clients.get(id),
  ]);
  return { row: row ?? null, discussions, audit, client: client ?? null };
}

async function decryptRecord(sealed: SealedRecord, row: EscalationRow): Promise<RecordState> {
  try {
    const { client } = sealed;
    const [escalation, discussions, audit, clientIdentity] = await Promise.all([
      openEscalationRow(row),
      openDiscussionRows(sealed.discussions),
      openAuditRows(sealed.audit),
      client ? openClientDetails(client) : null,
    ]);
    return {
      kind: 'ready',
      record: {
        escalation,
        discussions,
        audit,
        client: clientIdentity?.client ?? null,
        amendments: clientIdentity?.amendments ?? [],
      },
    };
  } catch (error) {
    if (error instanceof InvalidRecordError) return { kind: 'error', message: error.message };
    return {
      kind: 'error',
      message:
        'This record could not be decrypted. It may be damaged. Your other records are not affected; restore from a backup if you have one.',
    };
  }
}

/**
 * Decrypted records, kept here rather than in React state: React (and the live-query subscription
 * that holds a component's state setter) can keep a component's last state reachable after it has
 * unmounted, so a locked page could still hold a child's details in memory. React state holds only
 * a key into this map, and the map is emptied before every lock.
 */
const decrypted = new Map<symbol, RecordState>();
onBeforeLock(async () => {
  decrypted.clear();
});

/**
 * One escalation with its discussions, audit trail and client details, decrypted and live. The
 * decrypted copy is dropped as soon as the vault locks.
 */
export function useEscalationRecord(id: string): RecordState {
  const vault = useVaultState();
  const sealed = useLiveQuery(() => readSealedRecord(id), [id]);
  const [opened, setOpened] = useState<{ source: SealedRecord; key: symbol }>();

  useEffect(() => {
    const row = sealed?.row;
    if (vault !== 'unlocked' || !sealed || !row) return;
    let current = true;
    void decryptRecord(sealed, row).then((state) => {
      if (!current || !isUnlocked()) return;
      const key = Symbol('record');
      decrypted.set(key, state);
      setOpened((previous) => {
        if (previous) decrypted.delete(previous.key);
        return { source: sealed, key };
      });
    });
    return () => {
      current = false;
    };
  }, [sealed, vault]);

  // Drop the decrypted copy on unmount and when the vault locks (kept across live updates, which
  // avoids a flash).
  useEffect(() => {
    if (vault !== 'unlocked') return;
    return () =>
      setOpened((previous) => {
        if (previous) decrypted.delete(previous.key);
        return undefined;
      });
  }, [vault]);
  useEffect(
    () => () => {
      if (opened) decrypted.delete(opened.key);
    },
    [opened],
  );

  if (vault === 'loading') return { kind: 'loading' };
  if (vault !== 'unlocked') return { kind: 'locked' };
  if (!sealed) return { kind: 'loading' };
  if (!sealed.row) return { kind: 'not-found' };
  return (opened && decrypted.get(opened.key)) ?? { kind: 'loading' };
}
