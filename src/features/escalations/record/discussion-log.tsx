// The discussion log, append-only: each entry as first written, and any corrections under it, both
// kept and labelled, so the record shows what was said and what was later put right.
import { Link } from 'react-router';
import type { Discussion } from '../../../domain/escalation/escalation';
import { discussionLog } from '../../../domain/escalation/escalation-queries';
import { longDateTime } from '../../../domain/escalation/escalation-text';
import { SummaryRow } from './record-details';
import {
  describePerson,
  METHOD_LABELS,
  methodInText,
  placeName,
  unfoldCorrection,
} from './record-text';
import type { OpenRecord } from './use-open-record';

function stageOf(open: OpenRecord, stageId: string): string {
  const visit = open.record.escalation.stageHistory.find((v) => v.stageId === stageId);
  return visit ? placeName(open.pack, visit) : stageId;
}

function DiscussionDetails({ open, entry }: { open: OpenRecord; entry: Discussion }) {
  const { summary, whatWasWrong } = unfoldCorrection(entry);
  return (
    <dl className="summary-list">
      {whatWasWrong !== '' && (
        <SummaryRow label="What was corrected">
          <span className="record-text">{whatWasWrong}</span>
        </SummaryRow>
      )}
      <SummaryRow label="Held">{longDateTime(entry.heldAt)}</SummaryRow>
      <SummaryRow label="Stage">{stageOf(open, entry.stageId)}</SummaryRow>
      <SummaryRow label="With">
        <ul className="record-plain-list">
          {entry.withWhom.map((person, index) => (
            <li key={index}>{describePerson(person)}</li>
          ))}
        </ul>
      </SummaryRow>
      <SummaryRow label="How">{METHOD_LABELS[entry.method]}</SummaryRow>
      <SummaryRow label="Summary">
        <span className="record-text">{summary}</span>
      </SummaryRow>
      <SummaryRow label="Agreed actions">
        <span className="record-text">{entry.agreedActions || 'None recorded'}</span>
      </SummaryRow>
    </dl>
  );
}

export function DiscussionLog({ open }: { open: OpenRecord }) {
  const entries = discussionLog(open.record.discussions);
  const canAmend = open.record.escalation.status === 'open';
  return (
    <section aria-labelledby="record-log-title">
      <h2 id="record-log-title">Discussion log</h2>
      {entries.length === 0 ? (
        <p>No discussions have been logged yet.</p>
      ) : (
        <ol className="record-log">
          {entries.map(({ original, amendments }) => (
            <li key={original.id} className="record-log__entry">
              <h3>
                Discussion {original.sequence}:{' '}
                {[methodInText(original.method), longDateTime(original.heldAt)]
                  .filter(Boolean)
                  .join(', ')}
              </h3>
              <p className="record-meta">Recorded {longDateTime(original.recordedAt)}</p>
              <DiscussionDetails open={open} entry={original} />
              {amendments.map((amendment) => (
                <div key={amendment.id} className="record-amendment">
                  <h4>Amended on {longDateTime(amendment.recordedAt)}:</h4>
                  <DiscussionDetails open={open} entry={amendment} />
                </div>
              ))}
              {canAmend && (
                <p className="record-log__amend">
                  <Link to={`discussions/${original.id}/amend`}>
                    Amend <span className="visually-hidden">discussion {original.sequence}</span>
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
