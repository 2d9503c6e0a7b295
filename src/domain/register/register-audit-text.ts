// What a register entry's history says, in the words the rest of the app uses: dates as
// "6 January 2027", statuses by their labels ("In progress"). Lines kept before, which said
// "2027-01-06" and "in-progress", are shown the same way.
import { longDate } from '../calendar/date-words';
import { isIsoDate, type IsoDate } from '../calendar/iso-date';
import { registerStatusLabels, type PartnershipFields } from './register-entry';

/** The partnership's fields as the history names them. */
export const PARTNERSHIP_FIELD_NAMES: Readonly<Record<keyof PartnershipFields, string>> = {
  partnershipActions: 'Partnership actions',
  status: 'Status',
  acknowledgedOn: 'Acknowledged on',
  planOfAction: 'Plan of action',
};

/** A stored value as a person reads it: a date in words, a status by its label, else as kept. */
function inWords(value: string): string {
  if (isIsoDate(value)) return longDate(value);
  return (registerStatusLabels as Record<string, string>)[value] ?? value;
}

/** "Acknowledged on changed from “” to “6 January 2027”." */
export function fieldChangeDetail(
  key: keyof PartnershipFields,
  before: string | null,
  after: string | null,
): string {
  const [was, now] = [before ?? '', after ?? ''].map((value) =>
    key === 'status' || key === 'acknowledgedOn' ? inWords(value) : value,
  );
  return `${PARTNERSHIP_FIELD_NAMES[key]} changed from “${was}” to “${now}”.`;
}

/** "A newer version of the notification (made 29 December 2026) was imported from …". */
export function newerNotificationDetail(generatedOn: IsoDate, fileName: string): string {
  return `A newer version of the notification (made ${longDate(generatedOn)}) was imported from ${fileName}.`;
}

/**
 * A line of an entry's history as shown. Only the dates and statuses the app itself wrote into
 * these two kinds of line are put into words; what the user typed (a plan of action, say) is shown
 * as kept, even when it looks like a date.
 */
export function readableRegisterDetail(detail: string): string {
  const newer = /^(A newer version of the notification \(made )(\d{4}-\d{2}-\d{2})(\) .*)$/s.exec(
    detail,
  );
  if (newer?.[2] && isIsoDate(newer[2])) return `${newer[1]}${longDate(newer[2])}${newer[3]}`;
  const change = /^(Status|Acknowledged on) changed from “(.*)” to “(.*)”\.$/s.exec(detail);
  if (change)
    return `${change[1]} changed from “${inWords(change[2] ?? '')}” to “${inWords(change[3] ?? '')}”.`;
  return detail;
}
