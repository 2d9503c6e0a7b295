// Dates and record states in the plain English the messages and audit entries use, in UK time.
import type { IsoDateTime } from '../calendar/iso-date';
import { longDate } from '../calendar/date-words';
import { londonDateOf, londonTimeOf } from '../calendar/london-time';
import type { Escalation } from './escalation';

export { longDate } from '../calendar/date-words';

/** "3 March 2026 at 14:05", in UK local time. */
export function longDateTime(instant: IsoDateTime): string {
  return `${longDate(londonDateOf(instant))} at ${londonTimeOf(instant)}`;
}

/**
 * How a closed record ended, with the UK date: "resolved on 3 March 2026", "referred to the
 * partnership on …", "withdrawn on …"; null while the record is open.
 */
export function describeClosure(escalation: Escalation): string | null {
  const on = (at: IsoDateTime | undefined) => longDate(londonDateOf(at ?? escalation.updatedAt));
  switch (escalation.status) {
    case 'open':
      return null;
    case 'resolved':
      return `resolved on ${on(escalation.resolution?.resolvedAt)}`;
    case 'referred-to-partnership':
      return `referred to the partnership on ${on(escalation.referral?.at)}`;
    case 'withdrawn':
      return `withdrawn on ${on(escalation.withdrawal?.at)}`;
  }
}
