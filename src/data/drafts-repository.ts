// Autosaved form drafts. Pending saves register a flusher so the shell can save everything before
// an update reload, a lock or a closing tab.
import { useCallback, useEffect, useRef } from 'react';
import { getDatabase } from './database';

const flushers = new Set<() => Promise<void>>();

/** Saves a draft now (one put: atomic on its own). */
export async function saveDraft(
  id: string,
  formId: string,
  values: unknown,
  now: Date,
): Promise<void> {
  await getDatabase().drafts.put({ id, formId, values, updatedAt: now.toISOString() });
}

/** The saved values of a draft, or undefined when there is none. */
export async function loadDraft<T>(id: string): Promise<T | undefined> {
  return (await getDatabase().drafts.get(id))?.values as T | undefined;
}

/** Forgets a draft (after the form it belonged to was saved for real, or discarded). */
export async function deleteDraft(id: string): Promise<void> {
  await getDatabase().drafts.delete(id);
}

/** Saves every draft that has unsaved changes waiting in a debounce. */
export async function flushAllDrafts(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush()));
}

/**
 * Debounced autosave of a form's values. Call `schedule(values)` on every change; the latest values
 * are written after `delayMs` of quiet, when the page is hidden, and on `flushAllDrafts()`.
 */
export function useDraftAutosave(id: string, formId: string, delayMs = 600) {
  const pending = useRef<{ values: unknown } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = undefined;
    if (next) await saveDraft(id, formId, next.values, new Date());
  }, [id, formId]);

  useEffect(() => {
    flushers.add(flush);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      flushers.delete(flush);
      void flush();
    };
  }, [flush]);

  const schedule = useCallback(
    (values: unknown) => {
      pending.current = { values };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  return { schedule, flush };
}
