// What the send buttons do: share through the device's share sheet, download, start an e-mail,
// open the PDF to print; each noted in the ledger.
import { useState } from 'react';
import {
  appendNotificationEvent,
  type NotificationEventType,
} from '../../data/notifications-repository';
import type { IsoDateTime } from '../../domain/calendar/iso-date';
import { NOTIFICATION_TITLE } from '../../domain/notification/notification-model';
import { downloadFile } from '../../ui/download';

/** A notification file ready to send, and the ledger entry it belongs to. */
export interface PreparedFile {
  notificationId: string;
  caseRef: string;
  file: File;
}

const PRINT_URL_LIFETIME_MS = 5 * 60_000;

/** True where the device can hand this file to another app (iPad, Android, some desktops). */
export function canShareFile(file: File): boolean {
  return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

/** The user closed the share sheet (a DOMException, which is not an Error in every realm). */
function isAbort(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError'
  );
}

/**
 * Opens the PDF in a new tab for the browser's own print. Returns false when the browser did not
 * open it (a blocked pop-up, or an installed app that cannot).
 */
export function openForPrinting(file: File): boolean {
  const url = URL.createObjectURL(file);
  const opened = window.open(url, '_blank');
  setTimeout(() => URL.revokeObjectURL(url), PRINT_URL_LIFETIME_MS);
  return opened !== null;
}

/** The send actions for a prepared file, and a plain-English status of the last one. */
export function useSendActions({ notificationId, caseRef, file }: PreparedFile) {
  const [status, setStatus] = useState('');

  function record(type: NotificationEventType, done: string) {
    const at = new Date().toISOString() as IsoDateTime;
    appendNotificationEvent(notificationId, { type, at }).then(
      () => setStatus(done),
      () => setStatus(`${done} It could not be noted in the list below.`),
    );
  }

  // Synchronous inside the tap: awaiting anything first would lose the user's gesture.
  function share() {
    const data: ShareData = { files: [file], title: `${NOTIFICATION_TITLE} – ${caseRef}` };
    if (!navigator.canShare?.(data)) {
      setStatus('This device cannot share the file. Use Download instead.');
      return;
    }
    navigator.share(data).then(
      () => record('shared', 'Shared.'),
      (error: unknown) =>
        setStatus(
          isAbort(error)
            ? 'Sharing was cancelled. The file is still ready.'
            : 'The file could not be shared. Use Download instead.',
        ),
    );
  }

  function download() {
    downloadFile(file, file.name, file.type);
    record('downloaded', `Downloaded ${file.name}.`);
  }

  function print() {
    if (openForPrinting(file))
      record('printed', 'The PDF opened in a new tab: print it from there.');
    else setStatus('The PDF did not open. Download it instead, then open it and print it.');
  }

  const emailed = () => record('emailed', 'Your e-mail app should open: attach the file there.');
  return { status, share, download, print, emailed };
}
