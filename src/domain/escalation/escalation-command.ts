// What a person can do to an open escalation record, as data: one command per action, and what a
// successful command gives back (the changed record, its audit entry, and any discussion to store).
import type { DueDateOptions } from '../calendar/due-dates';
import type { IsoDateTime } from '../calendar/iso-date';
import type {
  AuditEvent,
  Discussion,
  Escalation,
  Professional,
  Resolution,
  Statement,
} from './escalation';
import type { RecordThemeChoices } from './theme-choices';

/** The resolution as entered; `resolvedAt` is the moment the command is applied. */
export type ResolutionInput = Omit<Resolution, 'resolvedAt'>;

/** A discussion as entered; id, sequence, record and time of writing are filled in. */
export type DiscussionInput = Pick<
  Discussion,
  'heldAt' | 'stageId' | 'withWhom' | 'method' | 'summary' | 'agreedActions'
>;

/** Every change a person can make to an open record. */
export type EscalationCommand =
  /**
   * Move on because the current stage did not resolve it: to the stage the pack names for "if
   * unresolved", else the next in order. `toStageId` may name a later stage instead (from an urgent
   * route, any stage; without it, an urgent route moves on to the first stage).
   */
  | { type: 'escalate'; reason: string; toStageId?: string }
  /** Feedback given to the person who raised the concern. */
  | { type: 'record-feedback'; text: string }
  /** Close the record with an agreed outcome. */
  | { type: 'resolve'; resolution: ResolutionInput }
  /** Close the record by referring the disagreement to the partnership. */
  | { type: 'refer-to-partnership'; reason: string }
  /** Close the record because the concern is no longer pursued. */
  | { type: 'withdraw'; reason: string }
  /** Correct the statement, the professionals involved or the categories; omitted parts are kept. */
  | {
      type: 'edit-details';
      statement?: Statement;
      professionals?: Professional[];
      categoryIds?: string[];
      /** The theme choices; empty lists clear them (the notification derives from the record). */
      themes?: RecordThemeChoices;
    }
  /** Log a discussion that took place (possibly before the record was opened). */
  | { type: 'note-discussion'; discussion: DiscussionInput }
  /** Log a correction to a logged discussion; the original is kept unchanged. */
  | { type: 'amend-discussion'; amends: string; discussion: DiscussionInput };

/** The moment, calendar and id source a command runs with, and the record's logged discussions. */
export interface CommandContext {
  now: IsoDateTime;
  calendar?: DueDateOptions;
  /** Makes a new unique id (for feedback entries and discussions). */
  newId: () => string;
  /** The discussions already logged for the record (needed to log or amend one); none if omitted. */
  discussions?: readonly Discussion[];
}

/** A successful command: the record to save, the audit entry, and the new discussion if any. */
export interface CommandOutcome {
  escalation: Escalation;
  audit: Omit<AuditEvent, 'id' | 'escalationId'>;
  /** The discussion to append to the log (`note-discussion`, `amend-discussion`), else null. */
  discussion: Discussion | null;
}

/** What one command handler decides, before the common bookkeeping (revision, time, audit). */
export interface Change {
  escalation: Escalation;
  action: AuditEvent['action'];
  detail: string;
  discussion: Discussion | null;
}
