// The browser's way in to the PDF: loaded with `await import()` from a click handler, it loads the
// fonts and the jsPDF renderer on demand, so neither is in the first-load bundle.
import type { NotificationModel } from '../domain/notification/notification-model';
import { loadNotificationFonts } from './load-fonts';

/** The MIME type of a notification file. */
export const NOTIFICATION_MIME_TYPE = 'application/pdf';

/**
 * Starts loading the renderer and fonts without rendering, e.g. when the review screen opens, so
 * that "Prepare notification" is quick. Safe to call many times.
 */
export async function preloadNotificationPdf(): Promise<void> {
  await Promise.all([import('./render-notification'), loadNotificationFonts()]);
}

/** Renders the notification (or blank form) as a PDF file, entirely on the device. */
export async function generateNotificationPdf(model: NotificationModel): Promise<Blob> {
  const [{ renderNotificationPdf }, fonts] = await Promise.all([
    import('./render-notification'),
    loadNotificationFonts(),
  ]);
  return new Blob([renderNotificationPdf(model, fonts)], { type: NOTIFICATION_MIME_TYPE });
}
