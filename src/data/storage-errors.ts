// Turns IndexedDB and Dexie failures into plain-English messages that say what to do next.

export type StorageErrorKind = 'quota' | 'blocked' | 'connection-lost' | 'unavailable' | 'unknown';

export interface StorageProblem {
  kind: StorageErrorKind;
  message: string;
}

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const { name, message } = current as { name?: unknown; message?: unknown };
    if (typeof name === 'string') names.push(name);
    if (typeof message === 'string') names.push(message);
    current = (current as { inner?: unknown }).inner;
  }
  return names;
}

/** Classifies a storage failure; Dexie often wraps the real cause in `inner` (e.g. an AbortError). */
export function describeStorageError(error: unknown): StorageProblem {
  const text = namesOf(error).join(' ');
  if (/QuotaExceeded|quota/i.test(text)) {
    return {
      kind: 'quota',
      message:
        'This device is out of storage space, so the last change was not saved. Your earlier records are safe. Free some space (delete unused apps, photos or downloads), then try again.',
    };
  }
  if (/Blocked|VersionError/i.test(text)) {
    return {
      kind: 'blocked',
      message:
        'Escalate is open in another tab or window that is holding on to an older version of its storage. Close the other Escalate tabs, then reload this page.',
    };
  }
  if (/DatabaseClosed|connection.*lost|UnknownError|InvalidState/i.test(text)) {
    return {
      kind: 'connection-lost',
      message:
        'The connection to this device’s storage was lost (this can happen after the app has been in the background). Your saved work is safe. Reload the page to carry on.',
    };
  }
  if (/MissingAPI|InvalidAccess|SecurityError|not supported/i.test(text)) {
    return {
      kind: 'unavailable',
      message:
        'This browser is not letting Escalate store anything, which happens in some private-browsing modes or when site data is blocked. Open Escalate in a normal window, or allow site data in your browser settings.',
    };
  }
  return {
    kind: 'unknown',
    message:
      'Something went wrong while saving to this device, so the last change may not have been saved. Reload the page and check your work; if it keeps happening, download a backup from Settings.',
  };
}

/** True for errors that came from storage rather than from the app's own logic. */
export function isStorageError(error: unknown): boolean {
  const text = namesOf(error).join(' ');
  return /Dexie|IndexedDB|IDB|Quota|DatabaseClosed|Blocked|VersionError|AbortError|MissingAPI|OpenFailed/i.test(
    text,
  );
}
