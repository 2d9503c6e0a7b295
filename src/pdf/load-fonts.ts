// Loads the PDF's embedded font (DejaVu Sans, regular and bold) in the browser. The font files are
// separate build assets, precached by the service worker, fetched on first use and kept in memory.
import regularUrl from './fonts/DejaVuSans.ttf?url';
import boldUrl from './fonts/DejaVuSans-Bold.ttf?url';
import type { NotificationFonts } from './render-notification';

let loading: Promise<NotificationFonts> | null = null;

async function fetchFont(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(
      `The font for the PDF could not be loaded (HTTP ${response.status} for ${url}).`,
    );
  }
  return response.arrayBuffer();
}

async function fetchFonts(): Promise<NotificationFonts> {
  const [regular, bold] = await Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]);
  return { regular, bold };
}

/**
 * The font files for the notification PDF: fetched once (from the service worker's precache when
 * offline) and then served from memory. A failed load is not cached, so the next call tries again.
 */
export function loadNotificationFonts(): Promise<NotificationFonts> {
  if (!loading) {
    loading = fetchFonts().catch((error: unknown) => {
      loading = null;
      throw error;
    });
  }
  return loading;
}
