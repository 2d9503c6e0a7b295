// Changing the client's details after the start, as an amendment: who, when and what changed,
// with the details as they were kept beside the new ones (append-only, like the discussion log).
import { longDate } from '../calendar/date-words';
import { isIsoDate, type IsoDateTime } from '../calendar/iso-date';
import { ok, type Result } from '../result';
import type { AuditEvent, ClientIdentity, Escalation, Person } from './escalation';
import { refuse, type EscalationError } from './escalation-error';
import { checkInstant } from './escalation-validation';
import { countOf } from '../plural';

/** One change to the client's details: the whole previous details are kept, never overwritten. */
export interface ClientAmendment {
  id: string;
  at: IsoDateTime;
  /** Who made it: the user's own name, role and agency as far as they are known. */
  by: string;
  /** Plain-English list of what changed ("Sibling added: Ava Smith"). Identifying; kept sealed. */
  changes: string[];
  /** The details as they stood before this amendment. */
  previous: ClientIdentity;
}

/** The child's details that are dates, written as "5 May 2021" in the list of changes. */
const DATE_FIELDS: readonly (keyof ClientIdentity['child'])[] = ['dob', 'edd'];

const CHILD_FIELDS: readonly [keyof ClientIdentity['child'], string][] = [
  ['firstName', 'First name'],
  ['middleNames', 'Middle names'],
  ['lastName', 'Last name'],
  ['preferredName', 'Preferred name or nickname'],
  ['dob', 'Date of birth'],
  ['edd', 'Expected date of delivery'],
  ['nhsNumber', 'NHS number'],
  ['upn', 'Unique Pupil Number'],
];

const ADDRESS_FIELDS = ['line1', 'line2', 'town', 'postcode'] as const;

function personText(person: Person & { relationship?: string }): string {
  const name = [person.firstName, person.lastName].filter(Boolean).join(' ');
  const relationship = person.relationship ? ` (${person.relationship})` : '';
  return `${name}${relationship}${person.dob ? `, born ${longDate(person.dob)}` : ''}`;
}

/** A date field's value in words; anything that is not a date (from an old backup) as it is. */
const asDate = (value: string | undefined) => (value && isIsoDate(value) ? longDate(value) : value);

function changedValue(label: string, before: string | undefined, after: string | undefined) {
  if ((before ?? '') === (after ?? '')) return [];
  if (!before) return [`${label} added: ${after ?? ''}`];
  if (!after) return [`${label} removed (was ${before})`];
  return [`${label} changed from ${before} to ${after}`];
}

function listChanges(noun: string, before: string[], after: string[]): string[] {
  const added = after.filter((entry) => !before.includes(entry));
  const removed = before.filter((entry) => !after.includes(entry));
  return [
    ...added.map((entry) => `${noun} added: ${entry}`),
    ...removed.map((entry) => `${noun} removed: ${entry}`),
  ];
}

/** What changed between two versions of the client's details, in plain English, field by field. */
export function describeClientChanges(before: ClientIdentity, after: ClientIdentity): string[] {
  const address = (identity: ClientIdentity) =>
    ADDRESS_FIELDS.map((key) => identity.address?.[key])
      .filter(Boolean)
      .join(', ');
  return [
    ...CHILD_FIELDS.flatMap(([key, label]) =>
      DATE_FIELDS.includes(key)
        ? changedValue(label, asDate(before.child[key]), asDate(after.child[key]))
        : changedValue(label, before.child[key], after.child[key]),
    ),
    ...listChanges(
      'Sibling',
      (before.siblings ?? []).map(personText),
      (after.siblings ?? []).map(personText),
    ),
    ...listChanges(
      'Family member',
      (before.familyMembers ?? []).map(personText),
      (after.familyMembers ?? []).map(personText),
    ),
    ...changedValue('Address', address(before), address(after)),
    ...changedValue('School or setting', before.school, after.school),
  ];
}

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

const inWords = (text: string) =>
  text.replace(ISO_DATE, (date) => (isIsoDate(date) ? longDate(date) : date));

/**
 * A change as the record and the case file show it. Amendments kept before dates were written in
 * words say "Sibling added: Tilly Pellworth, born 2021-05-05" or "Date of birth changed from
 * 2015-03-02 to 2015-03-12"; those dates, and only those, are shown as "5 May 2021". Anything else
 * in the line is what the user typed, and is shown as kept.
 */
export function readableChange(change: string): string {
  const dateField =
    /^((?:Date of birth|Expected date of delivery) (?:added|removed|changed))(.*)$/s;
  const field = dateField.exec(change);
  if (field) return `${field[1]}${inWords(field[2] ?? '')}`;
  const person = /^((?:Sibling|Family member) (?:added|removed): .*, born )(\d{4}-\d{2}-\d{2})$/s;
  const born = person.exec(change);
  if (born?.[2] && isIsoDate(born[2])) return `${born[1]}${longDate(born[2])}`;
  return change;
}

/** The amended record, the amendment to keep and the audit event, for one transaction. */
export interface ClientAmended {
  escalation: Escalation;
  amendment: ClientAmendment;
  audit: Omit<AuditEvent, 'id' | 'escalationId'>;
}

/**
 * Amends the client's details of an open record. Refused when the record is closed, when the
 * child's or adult's first name is left blank, or when nothing changed. The record's revision and
 * last change move on (so another tab's stale save is refused); the audit event names only which
 * kinds of detail changed, and the amendment keeps the details as they were.
 */
export function amendClientDetails(input: {
  escalation: Escalation;
  before: ClientIdentity;
  after: ClientIdentity;
  now: IsoDateTime;
  by: string;
  id: string;
}): Result<ClientAmended, EscalationError> {
  const { escalation, before, after } = input;
  const now = checkInstant(input.now, 'now', 'the time now');
  if (!now.ok) return now;
  if (escalation.status !== 'open') {
    return refuse(
      'record-closed',
      'This record is closed, so its client details can no longer be changed. Note anything new in your agency’s own case file.',
    );
  }
  if (after.child.firstName.trim() === '') {
    return refuse(
      'required',
      'Enter the first name of the child or adult the concern is about.',
      'child.firstName',
    );
  }
  const changes = describeClientChanges(before, after);
  if (changes.length === 0) {
    return refuse('no-changes', 'Nothing was changed. Change a detail, or go back to the record.');
  }
  const kinds = [...new Set(changes.map((change) => change.split(/ (added|removed|changed)/)[0]))];
  const by = input.by.trim() || 'the user of this device';
  return ok({
    escalation: {
      ...escalation,
      revision: escalation.revision + 1,
      updatedAt: input.now,
    },
    amendment: { id: input.id, at: input.now, by, changes, previous: before },
    audit: {
      at: input.now,
      action: 'client-details-amended',
      detail: `Client details amended by ${by}: ${kinds.join(', ').toLowerCase()} (${countOf(changes.length, 'change')}). The details as they were are kept with the amendment.`,
    },
  });
}
