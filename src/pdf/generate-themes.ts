// The browser's way in to the themes report PDF: jsPDF and the fonts load only when it is made.
import type { ThemesReport } from '../domain/register/themes';
import { loadNotificationFonts } from './load-fonts';

/** Renders the themes report as a PDF file, on the device. */
export async function generateThemesPdf(
  report: ThemesReport,
  partnership: string,
  periodName?: string,
): Promise<Blob> {
  const [{ renderThemesPdf }, fonts] = await Promise.all([
    import('./render-themes'),
    loadNotificationFonts(),
  ]);
  return new Blob([renderThemesPdf(report, partnership, fonts, periodName)], {
    type: 'application/pdf',
  });
}
