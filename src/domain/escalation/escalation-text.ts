// Dates and record states in the plain English the messages and audit entries use, in UK time.
import type { IsoDateTime } from '../calendar/iso-date';
import { longDateOf } from '../record-vocabulary';
import type { Escalation } from './escalation';

export { longDate, longDateTime } from '../record-vocabulary';

/**
 * How a closed record ended, with the UK date: "resolved on 3 March 2026", "referred to the
 * partnership on …", "withdrawn on …"; null while the record is open.
 */
export function describeClosure(escalation: Escalation): string | null {
  const on = (at: IsoDateTime | undefined) => longDateOf(at ?? escalation.updatedAt);
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

/**
 * An audit entry as shown. Entries kept before "a" or "an" was chosen by sound said "Logged
 * discussion 4, a email exchange held on…"; they read "an email exchange" now. Nothing else in an
 * entry is changed.
 */
export function readableAuditDetail(detail: string): string {
  return detail.replace(/^(Logged discussion \d+, )a (email exchange )/, '$1an $2');
}
