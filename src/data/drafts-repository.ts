// Autosaved form drafts, sealed with the vault's key. Pending saves register a flusher so the shell
// can save everything before an update reload, a lock or a closing tab.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { getDatabase } from './database';
import { registerDraftFlusher } from './draft-flushers';
import { isUnlocked, onBeforeLock, seal, unseal } from './vault-session';

/** Saves a draft now, sealed (one put: atomic on its own). Does nothing while locked. */
export async function saveDraft(
  id: string,
  formId: string,
  values: unknown,
  now: Date,
): Promise<void> {
  if (!isUnlocked()) return;
  const sealed = await seal('drafts', id, values);
  await getDatabase().drafts.put({ id, formId, sealed, updatedAt: now.toISOString() });
}

/** The saved values of a draft, or undefined when there is none. Needs the vault unlocked. */
export async function loadDraft<T>(id: string): Promise<T | undefined> {
  const row = await getDatabase().drafts.get(id);
  if (!row) return undefined;
  if (row.sealed) return unseal<T>('drafts', id, row.sealed);
  return row.values as T | undefined;
}

/**
 * Seals drafts that an earlier version stored in clear (schema version 1), once, at unlock. Each
 * draft is encrypted first, then swapped in its own transaction, so a failure leaves it as it was.
 */
export async function sealPlainDrafts(): Promise<number> {
  const db = getDatabase();
  const plain = (await db.drafts.toArray()).filter((row) => !row.sealed && 'values' in row);
  for (const row of plain) {
    const sealed = await seal('drafts', row.id, row.values);
    await db.transaction('rw', db.drafts, async () => {
      const current = await db.drafts.get(row.id);
      if (current && !current.sealed) {
        await db.drafts.put({ id: row.id, formId: row.formId, updatedAt: row.updatedAt, sealed });
      }
    });
  }
  return plain.length;
}

/** Forgets a draft (after the form it belonged to was saved for real, or discarded). */
export async function deleteDraft(id: string): Promise<void> {
  await getDatabase().drafts.delete(id);
}

/**
 * Debounced autosave of a form's values. Call `schedule(values)` on every change; the latest values
 * are written after `delayMs` of quiet, when the page is hidden, and on `flushAllDrafts()`.
 *
 * A save that fails keeps its values waiting (unless newer ones came meanwhile) and is tried again
 * when the page is shown from the back/forward cache: leaving by a full page load fires `pagehide`,
 * which shuts the database (see database.ts), before `visibilitychange`, so the save on hiding
 * fails there, and the last moments of typing would otherwise be lost if the user comes back.
 */
export function useDraftAutosave(id: string, formId: string, delayMs = 600) {
  const pending = useRef<{ values: unknown } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = undefined;
    if (!next) return;
    try {
      await saveDraft(id, formId, next.values, new Date());
    } catch (error) {
      pending.current ??= next;
      throw error;
    }
  }, [id, formId]);

  useEffect(() => onBeforeLock(flush), [flush]);

  useEffect(() => {
    const unregister = registerDraftFlusher(flush);
    const saveQuietly = () => void flush().catch(() => undefined);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saveQuietly();
    };
    const onShown = (event: PageTransitionEvent) => {
      if (event.persisted) saveQuietly();
    };
    document.addEventListener('visibilitychange', onHidden);
    globalThis.addEventListener('pageshow', onShown);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      globalThis.removeEventListener('pageshow', onShown);
      unregister();
      saveQuietly();
    };
  }, [flush]);

  const schedule = useCallback(
    (values: unknown) => {
      pending.current = { values };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush().catch(() => undefined), delayMs);
    },
    [flush, delayMs],
  );

  return useMemo(() => ({ schedule, flush }), [schedule, flush]);
}

/** Holds the Web Lock `name` until the returned function is called; null when another tab holds it. */
function holdLock(locks: LockManager, name: string): Promise<(() => void) | null> {
  return new Promise((resolve) => {
    void locks.request(name, { ifAvailable: true }, (lock) => {
      if (!lock) {
        resolve(null);
        return;
      }
      return new Promise<void>((release) => resolve(() => release()));
    });
  });
}

/**
 * Claims a draft of `formId` for this tab, so two open tabs never share one draft (one child's
 * details must not end up in another record). A draft whose tab has closed is taken up again (the
 * newest first), so nothing typed is lost; otherwise this tab gets a new draft id. The claim is a
 * Web Lock held until `release`. Where there are no Web Locks, every tab uses the one draft
 * `formId`, as before.
 */
export async function claimDraft(formId: string): Promise<{ id: string; release: () => void }> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return { id: formId, release: () => undefined };
  const rows = await getDatabase().drafts.where('formId').equals(formId).toArray();
  rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  for (const row of rows) {
    const release = await holdLock(locks, `escalate-draft:${row.id}`);
    if (release) return { id: row.id, release };
  }
  const id = `${formId}:${crypto.randomUUID()}`;
  const release = (await holdLock(locks, `escalate-draft:${id}`)) ?? (() => undefined);
  return { id, release };
}
