// The file name of a notification PDF: the anonymous case reference and the date, nothing else.
import type { IsoDate } from '../calendar/iso-date';

/**
 * `notification-ESC-7KQ4-M2XD-2026-11-24.pdf`, or `notification-blank-2026-11-24.pdf` for a blank
 * form. Anything but letters, digits and hyphens in the reference becomes a hyphen, so the name is
 * safe on every file system and carries no client identifier.
 */
export function notificationFileName(caseRef: string | null, date: IsoDate): string {
  const reference = (caseRef ?? 'blank')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return `notification-${reference || 'blank'}-${date}.pdf`;
}

/**
 * `notification-blank-WSCB-2026-11-24.pdf`: a blank form's file name names its partnership (by its
 * short name), so forms for different partnerships saved on one day do not look alike.
 */
export function blankFormFileName(partnershipShortName: string, date: IsoDate): string {
  const partnership = partnershipShortName.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `notification-blank-${partnership || 'form'}-${date}.pdf`;
}
