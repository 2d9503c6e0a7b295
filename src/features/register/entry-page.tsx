// One register entry: what the notification said, the partnership's own fields (editable, each
// change audited), and the entry's audit trail.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  getRegisterAudit,
  getRegisterEntry,
  RegisterEntryChangedError,
  updatePartnershipFields,
} from '../../data/register-repository';
import { InvalidRecordError } from '../../data/record-checks';
import { isIsoDate, isoDateTime, type IsoDate } from '../../domain/calendar/iso-date';
import { readableRegisterDetail } from '../../domain/register/register-audit-text';
import { registerCells, registerColumns } from '../../domain/register/register-columns';
import { longDate, longDateOf, longDateTime } from '../../domain/record-vocabulary';
import {
  registerStatusLabels,
  registerStatuses,
  type PartnershipFields,
  type RegisterEntry,
  type RegisterStatus,
} from '../../domain/register/register-entry';
import { usePageTitle } from '../../ui/page-title';
import { SelectField } from '../../ui/select-field';
import { TextArea, TextField } from '../../ui/text-field';
import { AcknowledgeSection } from './acknowledge-section';

type AuditLine = Awaited<ReturnType<typeof getRegisterAudit>>[number];

const SHOWN = [
  'received',
  'agencies',
  'stageReached',
  'category',
  'summary',
  'outcome',
  'learning',
] as const;

const STATUS_OPTIONS = registerStatuses.map(
  (status) => [status, registerStatusLabels[status]] as const,
);

function PartnershipForm({
  entry,
  onSaved,
}: {
  entry: RegisterEntry;
  onSaved(entry: RegisterEntry): void;
}) {
  const [fields, setFields] = useState<PartnershipFields>(entry.partnership);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const set = (change: Partial<PartnershipFields>) =>
    setFields((current) => ({ ...current, ...change }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    try {
      const saved = await updatePartnershipFields(
        entry,
        fields,
        isoDateTime(new Date().toISOString()),
      );
      onSaved(saved);
      setMessage({ tone: 'success', text: 'Saved. The change is in the entry’s history below.' });
    } catch (error) {
      setMessage({
        tone: 'error',
        text:
          error instanceof RegisterEntryChangedError || error instanceof InvalidRecordError
            ? error.message
            : 'Could not save the change on this device. Try again; nothing was lost from the register.',
      });
    }
  }

  return (
    <form onSubmit={(event) => void save(event)} aria-labelledby="partnership-heading">
      <h2 id="partnership-heading">The partnership’s record</h2>
      <SelectField
        id="entry-status"
        label="Status"
        options={STATUS_OPTIONS}
        value={fields.status}
        onChange={(event) => set({ status: event.target.value as RegisterStatus })}
      />
      <TextField
        id="entry-acknowledged"
        label="Acknowledged on"
        type="date"
        value={fields.acknowledgedOn ?? ''}
        onChange={(event) =>
          set({
            acknowledgedOn: isIsoDate(event.target.value) ? (event.target.value as IsoDate) : null,
          })
        }
      />
      <TextArea
        id="entry-plan"
        label="Plan of action"
        rows={3}
        value={fields.planOfAction}
        onChange={(event) => set({ planOfAction: event.target.value })}
      />
      <TextArea
        id="entry-actions"
        label="Partnership actions"
        rows={3}
        value={fields.partnershipActions}
        onChange={(event) => set({ partnershipActions: event.target.value })}
      />
      {message && (
        <p
          role={message.tone === 'error' ? 'alert' : 'status'}
          className={message.tone === 'error' ? 'field__error' : undefined}
        >
          {message.text}
        </p>
      )}
      <button type="submit" className="button">
        Save changes
      </button>
    </form>
  );
}

export function EntryPage() {
  const { entryId = '' } = useParams();
  const [entry, setEntry] = useState<RegisterEntry | null | undefined>(undefined);
  const [audit, setAudit] = useState<AuditLine[]>([]);
  const [saves, setSaves] = useState(0);
  usePageTitle(entry ? `Register: ${entry.caseRef}` : 'Register entry');

  // Kept with the entry it is about, so another entry's address never shows it.
  const [problem, setProblem] = useState<{ entryId: string; message: string } | null>(null);

  useEffect(() => {
    getRegisterEntry(entryId).then(
      (found) => setEntry(found ?? null),
      (error: unknown) =>
        setProblem({
          entryId,
          message:
            error instanceof InvalidRecordError
              ? error.message
              : 'This entry could not be opened. Unlock the app if it locked, then try again.',
        }),
    );
    void getRegisterAudit(entryId).then(setAudit);
  }, [entryId]);

  if (problem?.entryId === entryId) {
    return (
      <>
        <h1>Register entry</h1>
        <p role="alert">{problem.message}</p>
        <p>
          <Link to="/register">Back to the register</Link>
        </p>
      </>
    );
  }
  if (entry === undefined) return <p role="status">Opening the entry…</p>;
  if (entry === null) {
    return (
      <>
        <h1>Entry not found</h1>
        <p>
          There is no register entry with this address on this device.{' '}
          <Link to="/register">Back to the register</Link>.
        </p>
      </>
    );
  }
  // The register's table gives dates in short ("6 Jan 2027") to fit its columns; here, as on
  // every other page a person reads, they are in full.
  const cells = {
    ...registerCells(entry),
    received: longDate(entry.receivedOn),
  };
  const saved = (next: RegisterEntry) => {
    setEntry(next);
    void getRegisterAudit(entryId).then(setAudit);
  };
  /** Saved from outside the form: remount it so it shows the new values. */
  const acknowledged = (next: RegisterEntry) => {
    saved(next);
    setSaves((count) => count + 1);
  };
  return (
    <>
      <p>
        <Link to="/register">Back to the register</Link>
      </p>
      <h1>{entry.caseRef}</h1>
      <dl className="summary-list">
        {SHOWN.map((key) => (
          <div key={key}>
            <dt>{registerColumns[key].label}</dt>
            <dd className="register-text">{cells[key] || 'Not given'}</dd>
          </div>
        ))}
        <div>
          <dt>From</dt>
          <dd>
            {entry.source === 'notification'
              ? `Notification PDF${entry.generatedAt ? ` made ${longDateOf(entry.generatedAt)}` : ''}`
              : 'An earlier spreadsheet'}
          </dd>
        </div>
      </dl>
      <AcknowledgeSection entry={entry} onSaved={acknowledged} />
      <PartnershipForm key={saves} entry={entry} onSaved={saved} />
      <section aria-labelledby="entry-history-heading">
        <h2 id="entry-history-heading">History</h2>
        <ol className="register-history">
          {audit.map((event, index) => (
            <li key={`${event.at}-${index}`}>
              <time dateTime={event.at}>{longDateTime(event.at)}</time>:{' '}
              {readableRegisterDetail(event.detail)}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
