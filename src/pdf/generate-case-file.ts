// The browser's way in to the case-file PDF: jsPDF and the fonts load on demand, from a click.
import type { CaseFile } from '../domain/escalation/case-file';
import { loadNotificationFonts } from './load-fonts';

/** Renders the case-file export as a PDF file, entirely on the device. */
export async function generateCaseFilePdf(file: CaseFile): Promise<Blob> {
  const [{ renderCaseFilePdf }, fonts] = await Promise.all([
    import('./render-case-file'),
    loadNotificationFonts(),
  ]);
  return new Blob([renderCaseFilePdf(file, fonts) as Uint8Array<ArrayBuffer>], {
    type: 'application/pdf',
  });
}
