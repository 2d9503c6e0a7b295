// The escalation record (DESIGN.md §3): one professional disagreement about one client, walked
// through a policy pack's stages. Plain data; the rules live in escalation-machine.ts.
import type { IsoDate, IsoDateTime } from '../calendar/iso-date';
import type { AgencyType } from '../policy/agency-type';
import type { RecordThemeChoices, ThemeChoices } from './theme-choices';

/** Where an escalation stands. Only `open` records accept changes. */
export type EscalationStatus = 'open' | 'resolved' | 'referred-to-partnership' | 'withdrawn';

/** How urgent the disagreement is; anything but `routine` starts on the pack's urgent route. */
export type Urgency = 'routine' | 'imminent-risk' | 'suspected-non-accidental-injury';

/** A professional involved in the disagreement. Their name is sensitive (stored encrypted). */
export interface Professional {
  id: string;
  name: string;
  role: string;
  agency: string;
  agencyType: AgencyType | null;
}

/** The person who raised the concern: the user of this device. */
export interface RaisedBy {
  agencyType: AgencyType;
  role: string;
  agency: string;
}

/** The disagreement as the policies ask it to be put. */
export interface Statement {
  /** What is being escalated: the decision or action disputed, and why. */
  whatIsEscalated: string;
  /** The outcome sought. */
  outcomeSought: string;
  /** By when the outcome is needed, if the raiser set a date. */
  outcomeSoughtBy: IsoDate | null;
}

/** One spell at a stage (or on an urgent route). `dueAt` is null when the pack states no timescale. */
export interface StageVisit {
  kind: 'stage' | 'urgent-route';
  stageId: string;
  enteredAt: IsoDateTime;
  dueDate: IsoDate | null;
  dueAt: IsoDateTime | null;
  leftAt: IsoDateTime | null;
  /**
   * Why the escalation moved into this stage. For the first visit, empty unless the record started
   * as urgent, when it says where it started and why (e.g. the policy has no urgent route).
   */
  reason: string;
}

/** Feedback given to the person who raised the concern. */
export interface FeedbackEntry {
  id: string;
  at: IsoDateTime;
  text: string;
}

/** How a resolved disagreement ended, as the policies ask it to be recorded. */
export interface Resolution {
  resolvedAt: IsoDateTime;
  agreedOutcome: string;
  /** Who written confirmation of the outcome went to (all parties). */
  confirmationSentTo: string;
  confirmationSentOn: IsoDate | null;
  outstandingIssues: string;
  howOutstandingWillBePursued: string;
  debrief: string;
  learning: string;
  /** Since issue 10: the practitioner's choices for the partnership's themes (optional). */
  themes?: ThemeChoices;
}

/** A closing event other than resolution: referral to the partnership, or withdrawal. */
export interface Closure {
  at: IsoDateTime;
  reason: string;
}

/** One escalation record. `revision` increases with every saved change (two-tab version check). */
export interface Escalation {
  id: string;
  caseRef: string;
  packId: string;
  packVersion: number;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  revision: number;
  isExample: boolean;
  raisedBy: RaisedBy;
  categoryIds: string[];
  statement: Statement;
  professionals: Professional[];
  urgency: Urgency;
  status: EscalationStatus;
  stageHistory: StageVisit[];
  feedback: FeedbackEntry[];
  resolution: Resolution | null;
  referral: Closure | null;
  withdrawal: Closure | null;
  /**
   * Since issue 10: the practitioner's theme choices made at the start or by editing the details
   * (optional; absent means "derive from the record"). Choices made at resolution win over these.
   */
  themes?: RecordThemeChoices;
}

/** How a discussion took place. */
export type DiscussionMethod = 'meeting' | 'phone' | 'video-call' | 'email' | 'letter' | 'other';

/**
 * One logged discussion. Append-only: a correction is a new entry whose `amends` names the original;
 * both are kept and shown.
 */
export interface Discussion {
  id: string;
  escalationId: string;
  /** Position in the log, from 1; orders entries that share a time. */
  sequence: number;
  /** When the discussion happened. */
  heldAt: IsoDateTime;
  /** When it was written down. */
  recordedAt: IsoDateTime;
  stageId: string;
  withWhom: Omit<Professional, 'id'>[];
  method: DiscussionMethod;
  summary: string;
  agreedActions: string;
  amends: string | null;
}

/** A person in the client's family or circle, as the anonymiser knows them. */
export interface Person {
  firstName: string;
  lastName?: string;
  dob?: IsoDate;
}

/**
 * The client's identifying details: stored encrypted, used to anonymise, never in a notification;
 * printed only in the case-file export for the agency's own records.
 */
export interface ClientIdentity {
  child: Person & {
    preferredName?: string;
    middleNames?: string;
    nhsNumber?: string;
    upn?: string;
    edd?: IsoDate;
  };
  siblings?: Person[];
  familyMembers?: (Person & {
    relationship: string;
    phone?: string;
    email?: string;
    nino?: string;
    nhsNumber?: string;
  })[];
  address?: { line1?: string; line2?: string; town?: string; postcode?: string };
  school?: string;
}

/** Who changed what, when: one entry per change to a record. */
export interface AuditEvent {
  id: string;
  escalationId: string;
  at: IsoDateTime;
  action:
    | 'created'
    | 'discussion-logged'
    | 'discussion-amended'
    | 'escalated'
    | 'feedback-recorded'
    | 'resolved'
    | 'referred-to-partnership'
    | 'withdrawn'
    | 'edited'
    | 'notification-prepared'
    | 'notification-sent'
    | 'client-details-amended'
    | 'case-file-exported';
  /** Plain-English detail; may name people, so it is stored encrypted. */
  detail: string;
}
