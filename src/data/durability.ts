// Whether the browser may evict our storage, how much is used, and how the app is running.

export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';

export interface StorageStatus {
  persistence: PersistenceState;
  usageBytes?: number;
  quotaBytes?: number;
}

/**
 * Asks the browser to keep our storage under storage pressure. Call it from a user action (the first
 * save): browsers grant it more readily then. Resolves to the resulting state; never throws.
 */
export async function requestPersistence(): Promise<PersistenceState> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}

let firstSaveRequest: Promise<PersistenceState> | undefined;

/**
 * Asks for persistence once per page load, at the first save (DESIGN.md §1): call it after every
 * save the user made; only the first call reaches the browser.
 */
export function requestPersistenceOnFirstSave(): Promise<PersistenceState> {
  firstSaveRequest ??= requestPersistence();
  return firstSaveRequest;
}

/** The current persistence state and storage estimate, as far as the browser says. */
export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persisted) return { persistence: 'unsupported' };
  try {
    const [persisted, estimate] = await Promise.all([
      storage.persisted(),
      storage.estimate ? storage.estimate() : Promise.resolve<StorageEstimate>({}),
    ]);
    return {
      persistence: persisted ? 'persisted' : 'not-persisted',
      ...(estimate.usage !== undefined && { usageBytes: estimate.usage }),
      ...(estimate.quota !== undefined && { quotaBytes: estimate.quota }),
    };
  } catch {
    return { persistence: 'unsupported' };
  }
}

/** Chromium's incognito windows get a small fixed quota; a normal profile gets a share of the disk. */
const PRIVATE_QUOTA_CEILING = 120 * 1024 * 1024;

/**
 * Best-effort detection of a private-browsing window, whose storage is thrown away when it closes.
 * Firefox private windows have no service worker; Chromium incognito has a small quota. Safari's
 * private mode cannot be detected reliably, so this returns false there.
 */
export async function looksLikePrivateBrowsing(env: {
  isSecureContext: boolean;
  hasServiceWorker: boolean;
  estimate?: () => Promise<StorageEstimate>;
}): Promise<boolean> {
  if (env.isSecureContext && !env.hasServiceWorker) return true;
  if (!env.estimate) return false;
  try {
    const { quota } = await env.estimate();
    return quota !== undefined && quota < PRIVATE_QUOTA_CEILING;
  } catch {
    return false;
  }
}
