// The plain-English wording the notification form uses for dates, stages and discussion methods.
import type { DiscussionMethod } from '../escalation/escalation';
import { longDate, METHOD_LABELS, shortDate } from '../record-vocabulary';

/** "24 November 2026". */
export const formatLongDate = longDate;

/** "24 Nov 2026", for narrow table columns. */
export const formatShortDate = shortDate;

export { longDateOf, shortDateOf, stageName, type StageNames } from '../record-vocabulary';

/** How a discussion took place, as a noun phrase: "Phone call". */
export function methodLabel(method: DiscussionMethod): string {
  return METHOD_LABELS[method];
}

/** A professional as the form names them: "Zoë Fairweather, Social worker, Northshire Council". */
export function professionalLine(person: { name: string; role: string; agency: string }): string {
  return [person.name, person.role, person.agency]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(', ');
}
