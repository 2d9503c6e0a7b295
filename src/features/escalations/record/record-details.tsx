// The record's details: where it stands, under which policy, the disagreement as stated, who raised
// it and the professionals involved. The client's details stay folded away and never print.
import type { ReactNode } from 'react';
import { readableChange, type ClientAmendment } from '../../../domain/escalation/client-amendment';
import type { ClientIdentity, Escalation } from '../../../domain/escalation/escalation';
import { agencyTypeLabels } from '../../../domain/policy/agency-type';
import { disagreementThemeLabels } from '../../../domain/register/notification-themes';
import { longDate, longDateTime } from '../../../domain/escalation/escalation-text';
import { categoryLabels, describePerson, STATUS_LABELS, URGENCY_LABELS } from './record-text';
import type { OpenRecord } from './use-open-record';

export function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function fullName(person: { firstName: string; middleNames?: string; lastName?: string }) {
  return [person.firstName, person.middleNames, person.lastName].filter(Boolean).join(' ');
}

function clientRows(client: ClientIdentity): [string, string][] {
  const { child, address } = client;
  const rows: [string, string | undefined][] = [
    ['Name', fullName(child)],
    ['Preferred name', child.preferredName],
    ['Date of birth', child.dob && longDate(child.dob)],
    ['Expected date of delivery', child.edd && longDate(child.edd)],
    ['NHS number', child.nhsNumber],
    ['Unique pupil number', child.upn],
    ['School', client.school],
    ['Address', address && Object.values(address).filter(Boolean).join(', ')],
    ['Brothers and sisters', client.siblings?.map(fullName).join('; ')],
    [
      'Family members',
      client.familyMembers?.map((m) => `${fullName(m)} (${m.relationship})`).join('; '),
    ],
  ];
  return rows.filter((row): row is [string, string] => Boolean(row[1]));
}

function Amendments({ amendments }: { amendments: ClientAmendment[] }) {
  if (amendments.length === 0) return null;
  return (
    <>
      <h3>Amendments</h3>
      <ol className="record-amendments">
        {amendments.map((amendment) => (
          <li key={amendment.id}>
            <p>
              {longDateTime(amendment.at)}, by {amendment.by}:
            </p>
            <ul>
              {amendment.changes.map((change) => (
                <li key={change}>{readableChange(change)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}

function ClientDetails({
  client,
  amendments,
}: {
  client: ClientIdentity | null;
  amendments: ClientAmendment[];
}) {
  return (
    <details className="record-client">
      <summary>Client details (sensitive)</summary>
      <p className="field__hint">
        Kept encrypted on this device. Hidden from the notification; included only in the case-file
        export for your agency’s own records.
      </p>
      {client === null ? (
        <p>No client details were recorded.</p>
      ) : (
        <dl className="summary-list">
          {clientRows(client).map(([label, value]) => (
            <SummaryRow key={label} label={label}>
              {value}
            </SummaryRow>
          ))}
        </dl>
      )}
      <Amendments amendments={amendments} />
    </details>
  );
}

/** The theme choices made at the start or since, in words; null when none were made. */
function themeChoicesInWords(escalation: Escalation): string | null {
  const { themes } = escalation;
  if (!themes) return null;
  const parts = [
    themes.about.length > 0
      ? `About: ${themes.about.map((theme) => disagreementThemeLabels[theme]).join('; ')}`
      : '',
    themes.agencyTypes.length > 0
      ? `Other agencies: ${themes.agencyTypes.map((type) => agencyTypeLabels[type]).join('; ')}`
      : '',
  ].filter(Boolean);
  return parts.join('. ');
}

function RecordOverview({ open }: { open: OpenRecord }) {
  const { escalation } = open.record;
  const { pack } = open;
  const categories = categoryLabels(pack, escalation.categoryIds);
  const themes = themeChoicesInWords(escalation);
  return (
    <dl className="summary-list">
      <SummaryRow label="Status">{STATUS_LABELS[escalation.status]}</SummaryRow>
      <SummaryRow label="Partnership">{pack.partnership.name}</SummaryRow>
      <SummaryRow label="Policy">
        {pack.title}, version {pack.version}
      </SummaryRow>
      <SummaryRow label="Categories">
        {categories.length > 0 ? categories.join('; ') : 'None chosen'}
      </SummaryRow>
      {themes && <SummaryRow label="For the partnership’s themes">{themes}</SummaryRow>}
      <SummaryRow label="Urgency">{URGENCY_LABELS[escalation.urgency]}</SummaryRow>
      <SummaryRow label="Raised by">
        {escalation.raisedBy.role}, {escalation.raisedBy.agency}
      </SummaryRow>
      <SummaryRow label="Opened">{longDateTime(escalation.createdAt)}</SummaryRow>
      <SummaryRow label="Last changed">{longDateTime(escalation.updatedAt)}</SummaryRow>
    </dl>
  );
}

export function RecordDetails({ open }: { open: OpenRecord }) {
  const { escalation, client } = open.record;
  const { statement } = escalation;
  return (
    <section aria-labelledby="record-details-title">
      <h2 id="record-details-title">Details</h2>
      <RecordOverview open={open} />
      <h3>The disagreement</h3>
      <dl className="summary-list">
        <SummaryRow label="What is escalated">
          <span className="record-text">{statement.whatIsEscalated}</span>
        </SummaryRow>
        <SummaryRow label="Outcome sought">
          <span className="record-text">{statement.outcomeSought}</span>
        </SummaryRow>
        <SummaryRow label="Sought by">
          {statement.outcomeSoughtBy ? longDate(statement.outcomeSoughtBy) : 'No date set'}
        </SummaryRow>
      </dl>
      <h3>Professionals involved</h3>
      {escalation.professionals.length === 0 ? (
        <p>None recorded.</p>
      ) : (
        <ul>
          {escalation.professionals.map((person) => (
            <li key={person.id}>{describePerson(person)}</li>
          ))}
        </ul>
      )}
      <ClientDetails client={client} amendments={open.record.amendments} />
    </section>
  );
}
