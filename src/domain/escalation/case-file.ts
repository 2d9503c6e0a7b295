// The whole record for the agency's own case file: client details, every stage with its dates,
// every discussion, amendments, notifications and the audit trail. NOT anonymised: it is for the
// agency's records, and the screen says so before it is made. The print view and the PDF both
// draw this one model, in the words of the record vocabulary (UK dates).
import type { IsoDateTime } from '../calendar/iso-date';
import type { NotificationEvent } from '../notification/notification-content';
import { describeNotificationEvent } from '../notification/notification-events';
import {
  longDate,
  longDateTime,
  METHOD_LABELS,
  STATUS_LABELS,
  stageName,
  URGENCY_LABELS,
  type StageNames,
} from '../record-vocabulary';
import { readableChange, type ClientAmendment } from './client-amendment';
import { readableAuditDetail } from './escalation-text';
import type { AuditEvent, ClientIdentity, Discussion, Escalation, Person } from './escalation';

export const CASE_FILE_MARKING = 'OFFICIAL-SENSITIVE';
export const CASE_FILE_NOTICE =
  'Not anonymised: this is the full record, including the client’s details, for your agency’s own case file. Store and share it only as your agency’s policy allows.';

/** A notification as the case file lists it. */
export interface CaseFileNotification {
  fileName: string;
  preparedAt: IsoDateTime;
  events: readonly NotificationEvent[];
}

/**
 * What a column holds, so a layout can size it: a number, dates and times, short words (names,
 * stages, actions), or free text, which takes the room left. Printed in columns sized by their
 * content, a free-text column that may hold an unbroken web address squeezed the others.
 */
export type CaseFileColumnKind = 'number' | 'date' | 'brief' | 'text';

export interface CaseFileTable {
  columns: string[];
  /** One kind for each column, in the same order. */
  kinds: CaseFileColumnKind[];
  rows: string[][];
}

/** One part of the case file: label–value rows, a table, or both; or a line saying there is none. */
export interface CaseFileSection {
  heading: string;
  rows?: [string, string][];
  table?: CaseFileTable;
  empty?: string;
}

export interface CaseFile {
  title: string;
  marking: typeof CASE_FILE_MARKING;
  notice: string;
  caseRef: string;
  partnership: string;
  madeAt: string;
  madeBy: string;
  sections: CaseFileSection[];
}

export interface CaseFileInput {
  escalation: Escalation;
  discussions: readonly Discussion[];
  audit: readonly AuditEvent[];
  client: ClientIdentity | null;
  amendments: readonly ClientAmendment[];
  notifications: readonly CaseFileNotification[];
  pack: StageNames & {
    title: string;
    version: number;
    partnership: { name: string };
    categories: readonly { id: string; label: string }[];
  };
  madeAt: IsoDateTime;
  madeBy: string;
}

const name = (p: Person & { middleNames?: string }) =>
  [p.firstName, p.middleNames, p.lastName].filter(Boolean).join(' ');

function personLine(p: Person & { relationship?: string }): string {
  const born = p.dob ? `, born ${longDate(p.dob)}` : '';
  return `${name(p)}${p.relationship ? ` (${p.relationship})` : ''}${born}`;
}

function filled(rows: [string, string | undefined | null][]): [string, string][] {
  return rows.filter((row): row is [string, string] => Boolean(row[1]));
}

function clientSection(client: ClientIdentity | null): CaseFileSection {
  const heading = 'The child or adult (not anonymised)';
  if (!client) return { heading, empty: 'No client details were recorded.' };
  const { child, address } = client;
  return {
    heading,
    rows: filled([
      ['Name', name(child)],
      ['Preferred name', child.preferredName],
      ['Date of birth', child.dob && longDate(child.dob)],
      ['Expected date of delivery', child.edd && longDate(child.edd)],
      ['NHS number', child.nhsNumber],
      ['Unique Pupil Number', child.upn],
      ['School or setting', client.school],
      ['Address', address && Object.values(address).filter(Boolean).join(', ')],
      ['Brothers and sisters', client.siblings?.map(personLine).join('; ')],
      ['Family members', client.familyMembers?.map(personLine).join('; ')],
    ]),
  };
}

function recordSection(input: CaseFileInput): CaseFileSection {
  const { escalation: e, pack } = input;
  const categories = e.categoryIds.map(
    (id) => pack.categories.find((c) => c.id === id)?.label ?? id,
  );
  return {
    heading: 'The record',
    rows: filled([
      ['Case reference', e.caseRef],
      ['Partnership', pack.partnership.name],
      ['Policy', `${pack.title}, version ${pack.version}`],
      ['Status', STATUS_LABELS[e.status]],
      ['Urgency', URGENCY_LABELS[e.urgency]],
      ['Opened', longDateTime(e.createdAt)],
      ['Last changed', longDateTime(e.updatedAt)],
      ['Raised by', `${e.raisedBy.role}, ${e.raisedBy.agency}`],
      ['Categories', categories.join('; ')],
      ['What is escalated', e.statement.whatIsEscalated],
      ['Outcome sought', e.statement.outcomeSought],
      [
        'Outcome sought by',
        e.statement.outcomeSoughtBy ? longDate(e.statement.outcomeSoughtBy) : 'No date set',
      ],
      [
        'Professionals involved',
        e.professionals
          .map((p) => [p.name, p.role, p.agency].filter(Boolean).join(', '))
          .join('; '),
      ],
    ]),
  };
}

function outcomeSection(e: Escalation): CaseFileSection {
  const heading = 'Outcome';
  const feedback: [string, string][] = e.feedback.map((f) => [
    `Feedback, ${longDateTime(f.at)}`,
    f.text,
  ]);
  const r = e.resolution;
  const closing = r
    ? filled([
        ['Resolved', longDateTime(r.resolvedAt)],
        ['Agreed outcome', r.agreedOutcome],
        [
          'Written confirmation',
          `${r.confirmationSentTo}${r.confirmationSentOn ? ` on ${longDate(r.confirmationSentOn)}` : ''}`,
        ],
        ['Outstanding issues', r.outstandingIssues],
        ['How they will be pursued', r.howOutstandingWillBePursued],
        ['Debrief', r.debrief],
        ['Learning', r.learning],
      ])
    : filled([
        ['Referred to the partnership', e.referral && longDateTime(e.referral.at)],
        ['Reason for referral', e.referral?.reason],
        ['Withdrawn', e.withdrawal && longDateTime(e.withdrawal.at)],
        ['Reason for withdrawal', e.withdrawal?.reason],
      ]);
  const rows = [...closing, ...feedback];
  return rows.length > 0 ? { heading, rows } : { heading, empty: 'Still open.' };
}

/**
 * "Sent by secure e-mail (NHSmail) to the business manager on 24 November 2026 (24 November 2026
 * at 11:00)", as the sent ledger says it: not "sent … by secure-email", without the date it was sent.
 */
function notificationEvent(event: NotificationEvent): string {
  return `${describeNotificationEvent(event)} (${longDateTime(event.at)})`;
}

/** What each audit entry records, as the case file's "What" column says it. */
const AUDIT_ACTION_WORDS: Readonly<Record<AuditEvent['action'], string>> = {
  created: 'Record started',
  'discussion-logged': 'Discussion logged',
  'discussion-amended': 'Discussion corrected',
  escalated: 'Escalated',
  'feedback-recorded': 'Feedback recorded',
  resolved: 'Resolved',
  'referred-to-partnership': 'Referred to the partnership',
  withdrawn: 'Withdrawn',
  edited: 'Record edited',
  'notification-prepared': 'Notification prepared',
  'notification-sent': 'Notification sent',
  'client-details-amended': 'Client details amended',
  'case-file-exported': 'Case file exported',
};

/** Builds the case-file export of a record. Pure: the time and who made it are parameters. */
export function buildCaseFile(input: CaseFileInput): CaseFile {
  const { escalation: e, pack } = input;
  const stages: CaseFileTable = {
    columns: ['Stage', 'Entered', 'Due', 'Left', 'Why it moved here'],
    kinds: ['brief', 'date', 'date', 'date', 'text'],
    rows: e.stageHistory.map((visit) => [
      stageName(pack, visit),
      longDateTime(visit.enteredAt),
      visit.dueAt ? longDateTime(visit.dueAt) : 'No timescale stated',
      visit.leftAt ? longDateTime(visit.leftAt) : 'Current stage',
      visit.reason,
    ]),
  };
  const discussions: CaseFileTable = {
    columns: ['No.', 'Held', 'Stage and method', 'With whom', 'Summary and agreed actions'],
    kinds: ['number', 'date', 'brief', 'brief', 'text'],
    rows: input.discussions.map((d) => [
      `${d.sequence}${d.amends ? ' (correction)' : ''}`,
      `${longDateTime(d.heldAt)}; recorded ${longDateTime(d.recordedAt)}`,
      `${stageName(pack, { stageId: d.stageId })}; ${METHOD_LABELS[d.method]}`,
      d.withWhom.map((p) => [p.name, p.role, p.agency].filter(Boolean).join(', ')).join('; '),
      [d.summary, d.agreedActions && `Agreed actions: ${d.agreedActions}`]
        .filter(Boolean)
        .join('\n'),
    ]),
  };
  const amendments: CaseFileTable = {
    columns: ['When', 'By', 'What changed'],
    kinds: ['date', 'brief', 'text'],
    rows: input.amendments.map((a) => [
      longDateTime(a.at),
      a.by,
      a.changes.map(readableChange).join('\n'),
    ]),
  };
  const notifications: CaseFileTable = {
    columns: ['File', 'Prepared', 'What happened'],
    kinds: ['brief', 'date', 'text'],
    rows: input.notifications.map((n) => [
      n.fileName,
      longDateTime(n.preparedAt),
      n.events.map(notificationEvent).join('\n'),
    ]),
  };
  const audit: CaseFileTable = {
    columns: ['When', 'What', 'Detail'],
    kinds: ['date', 'brief', 'text'],
    rows: input.audit.map((a) => [
      longDateTime(a.at),
      AUDIT_ACTION_WORDS[a.action],
      readableAuditDetail(a.detail),
    ]),
  };
  const tableSection = (heading: string, table: CaseFileTable, empty: string) =>
    table.rows.length > 0 ? { heading, table } : { heading, empty };
  return {
    title: `Escalation record ${e.caseRef}`,
    marking: CASE_FILE_MARKING,
    notice: CASE_FILE_NOTICE,
    caseRef: e.caseRef,
    partnership: pack.partnership.name,
    madeAt: longDateTime(input.madeAt),
    madeBy: input.madeBy,
    sections: [
      recordSection(input),
      clientSection(input.client),
      tableSection('Amendments to the client’s details', amendments, 'None.'),
      tableSection('Stages and due dates', stages, 'None.'),
      tableSection('Discussions', discussions, 'No discussions logged.'),
      outcomeSection(e),
      tableSection('Notifications made and sent', notifications, 'No notification prepared.'),
      tableSection('Audit trail', audit, 'No events.'),
    ],
  };
}
