// Dexie on its own: main.tsx evaluates it in a task of its own before the app, rather than as part
// of one long task evaluating the app's code (decision 0047). The build puts it in a file of its own.

/** Loads and evaluates the storage library; the app's own modules then find it ready. */
export async function loadStorageLibrary(): Promise<void> {
  await import('dexie');
}
