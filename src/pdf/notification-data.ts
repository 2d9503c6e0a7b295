// Puts the notification's machine-readable data into its PDF as the document's XMP metadata
// stream (docs/notification-data-format.md), so a partnership imports the very file it received.
import type { jsPDF } from 'jspdf';
import type { NotificationModel } from '../domain/notification/notification-model';
import { notificationDataOf } from '../domain/register/notification-data';
import { notificationPacket } from '../domain/register/notification-packet';

/**
 * Embeds the data of a printed notification; a blank form carries none. jsPDF writes the packet
 * verbatim and uncompressed as the catalog's `/Metadata` stream, and only once per document.
 */
export function embedNotificationData(doc: jsPDF, model: NotificationModel): void {
  const data = notificationDataOf(model);
  if (data) doc.addMetadata(notificationPacket(data), true);
}
