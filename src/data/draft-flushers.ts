// Pending draft saves, so the shell can save everything before an update reload or a version
// change. Kept apart from the drafts repository so the shell does not load the vault code.

const flushers = new Set<() => Promise<void>>();

/** Registers a pending-save flusher; returns the unregister function. */
export function registerDraftFlusher(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Saves every draft that has unsaved changes waiting in a debounce. */
export async function flushAllDrafts(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
