// The notification PDF as a File, made on the device. The PDF code and its fonts load on demand
// (a separate chunk, precached for offline use), so they are imported only here, dynamically.
import { londonDateOf } from '../../domain/calendar/london-time';
import type { IsoDateTime } from '../../domain/calendar/iso-date';
import type { NotificationModel } from '../../domain/notification/notification-model';
import { notificationFileName } from '../../domain/notification/notification-file-name';

const PDF_TYPE = 'application/pdf';

/** Something went wrong making the PDF; `message` is plain English and says what to do. */
export class PdfProblem extends Error {
  override readonly name = 'PdfProblem';
}

function isLoadFailure(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|Importing a module script failed|ChunkLoadError|font|fetch|network|Load failed/i.test(
    text,
  );
}

/** Plain-English words for a failure to make the PDF. */
export function describePdfProblem(error: unknown): string {
  if (isLoadFailure(error)) {
    return 'The part of Escalate that makes PDFs could not be loaded. It is normally kept on this device for offline use, so this may mean Escalate was updated, or the device is short of space. Connect to the internet and reload Escalate once, then try again. Nothing you checked has been lost.';
  }
  return 'The PDF could not be made on this device. Try again; if it fails again, restart the browser. Nothing you checked has been lost.';
}

/** Starts loading the PDF code and fonts in the background, so making the file is quick. */
export function preloadPdf(): void {
  void import('../../pdf/generate-notification')
    .then((module) => module.preloadNotificationPdf())
    .catch(() => undefined);
}

/** The file name for a notification (or blank form) made at `at`. */
export function fileNameFor(model: NotificationModel, at: IsoDateTime): string {
  return notificationFileName(model.caseRef, londonDateOf(at));
}

/** Renders the model as a PDF File with this name; throws a {@link PdfProblem}. */
export async function makePdfFile(model: NotificationModel, fileName: string): Promise<File> {
  try {
    const { generateNotificationPdf } = await import('../../pdf/generate-notification');
    const blob = await generateNotificationPdf(model);
    return new File([blob], fileName, { type: PDF_TYPE });
  } catch (error) {
    throw new PdfProblem(describePdfProblem(error));
  }
}
