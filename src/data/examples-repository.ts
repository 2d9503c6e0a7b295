// Synthetic training records: added and removed as a set, never mixed up with real ones.
import type { ClientIdentity, Discussion, Escalation } from '../domain/escalation/escalation';
import { getDatabase } from './database';
import { toAuditRow, toDiscussionRow, toEscalationRow } from './escalations-repository';
import { adjustOpenCounts } from './open-counts';
import { seal } from './vault-session';
import type { AuditEvent } from '../domain/escalation/escalation';

/** Stores a set of example records. Atomic: all of them or none. */
export async function addExampleEscalations(input: {
  escalations: Escalation[];
  discussions: Discussion[];
  clients: Record<string, ClientIdentity>;
  audit: AuditEvent[];
}): Promise<void> {
  const rows = await Promise.all(input.escalations.map(toEscalationRow));
  const discussions = await Promise.all(input.discussions.map(toDiscussionRow));
  const audit = await Promise.all(input.audit.map(toAuditRow));
  const clients = await Promise.all(
    Object.entries(input.clients).map(async ([escalationId, client]) => ({
      escalationId,
      sealed: await seal('clients', escalationId, client),
    })),
  );
  const db = getDatabase();
  await db.transaction(
    'rw',
    [db.escalations, db.clients, db.discussions, db.auditEvents, db.openCounts],
    async () => {
      await db.escalations.bulkAdd(rows);
      await adjustOpenCounts(db, [], rows);
      await db.clients.bulkPut(clients);
      await db.discussions.bulkAdd(discussions);
      await db.auditEvents.bulkAdd(audit);
    },
  );
}

/** Removes every example record with its discussions, client details, audit and notifications. Atomic. */
export async function removeExampleEscalations(): Promise<number> {
  const db = getDatabase();
  const tables = [
    db.escalations,
    db.clients,
    db.discussions,
    db.auditEvents,
    db.notifications,
    db.openCounts,
  ];
  return db.transaction('rw', tables, async () => {
    const examples = await db.escalations.where('example').equals(1).toArray();
    const ids = examples.map((row) => row.id);
    await db.discussions.where('escalationId').anyOf(ids).delete();
    await db.auditEvents.where('escalationId').anyOf(ids).delete();
    await db.notifications.where('escalationId').anyOf(ids).delete();
    await db.clients.bulkDelete(ids);
    await db.escalations.bulkDelete(ids);
    await adjustOpenCounts(db, examples, []);
    return ids.length;
  });
}

/** How many example records are on the device. */
export function countExampleEscalations(): Promise<number> {
  return getDatabase().escalations.where('example').equals(1).count();
}
