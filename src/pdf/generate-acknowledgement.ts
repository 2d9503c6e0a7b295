// The browser's way in to the acknowledgement PDF: jsPDF and the fonts load only when it is made.
import type { AcknowledgementModel } from '../domain/register/acknowledgement';
import { loadNotificationFonts } from './load-fonts';

/** Renders the acknowledgement as a PDF file, on the device. */
export async function generateAcknowledgementPdf(model: AcknowledgementModel): Promise<Blob> {
  const [{ renderAcknowledgementPdf }, fonts] = await Promise.all([
    import('./render-acknowledgement'),
    loadNotificationFonts(),
  ]);
  return new Blob([renderAcknowledgementPdf(model, fonts)], { type: 'application/pdf' });
}
