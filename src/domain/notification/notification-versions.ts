// Several versions of one record's notification: each file gets a name of its own, and a version
// nobody sent before a later one was prepared is superseded. Superseded is worked out from what is
// stored (no field of its own), so nothing is rewritten or deleted and the ledger keeps every version.

/**
 * `base` if no earlier notification of the record has that name, else the first free
 * `…-v2.pdf`, `…-v3.pdf`: re-preparing on the same day no longer gives two files one name.
 */
export function versionedFileName(base: string, taken: readonly string[]): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  const stem = base.replace(/\.pdf$/i, '');
  for (let version = 2; ; version += 1) {
    const name = `${stem}-v${version}.pdf`;
    if (!names.has(name)) return name;
  }
}

/** What deciding which versions are superseded needs of a notification (all stored in the clear). */
export interface NotificationVersion {
  id: string;
  escalationId: string;
  status: 'prepared' | 'sent';
  preparedAt: string;
}

/**
 * The notifications prepared but not sent before a later one of the same record was prepared:
 * out of date, so not counted as waiting to be sent. One sent afterwards is sent, not superseded.
 */
export function supersededIds(notifications: readonly NotificationVersion[]): Set<string> {
  const latest = new Map<string, string>();
  for (const { escalationId, preparedAt } of notifications) {
    const seen = latest.get(escalationId);
    if (seen === undefined || preparedAt > seen) latest.set(escalationId, preparedAt);
  }
  return new Set(
    notifications
      .filter((n) => n.status === 'prepared' && n.preparedAt < (latest.get(n.escalationId) ?? ''))
      .map((n) => n.id),
  );
}
