// How the record ended (resolution, referral or withdrawal) and the feedback given along the way.
import type { Closure, Escalation } from '../../../domain/escalation/escalation';
import { longDate, longDateTime } from '../../../domain/escalation/escalation-text';
import { SummaryRow } from './record-details';

const orNone = (text: string) => (text === '' ? 'None recorded' : text);

function Resolution({ escalation }: { escalation: Escalation }) {
  const { resolution } = escalation;
  if (resolution === null) return null;
  const sentOn = resolution.confirmationSentOn;
  return (
    <section aria-labelledby="record-resolution-title">
      <h2 id="record-resolution-title">Resolution</h2>
      <dl className="summary-list record-text-values">
        <SummaryRow label="Resolved">{longDateTime(resolution.resolvedAt)}</SummaryRow>
        <SummaryRow label="Agreed outcome">{resolution.agreedOutcome}</SummaryRow>
        <SummaryRow label="Written confirmation">
          {sentOn === null
            ? 'Not yet recorded as sent'
            : `Sent to ${resolution.confirmationSentTo} on ${longDate(sentOn)}`}
        </SummaryRow>
        <SummaryRow label="Outstanding issues">{orNone(resolution.outstandingIssues)}</SummaryRow>
        <SummaryRow label="How they will be pursued">
          {orNone(resolution.howOutstandingWillBePursued)}
        </SummaryRow>
        <SummaryRow label="Debrief">{orNone(resolution.debrief)}</SummaryRow>
        <SummaryRow label="Learning">{orNone(resolution.learning)}</SummaryRow>
      </dl>
    </section>
  );
}

function ClosureSection({ id, title, closure }: { id: string; title: string; closure: Closure }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <dl className="summary-list record-text-values">
        <SummaryRow label="When">{longDateTime(closure.at)}</SummaryRow>
        <SummaryRow label="Reason">{closure.reason}</SummaryRow>
      </dl>
    </section>
  );
}

function Feedback({ escalation }: { escalation: Escalation }) {
  if (escalation.feedback.length === 0) return null;
  return (
    <section aria-labelledby="record-feedback-title">
      <h2 id="record-feedback-title">Feedback to the person who raised the concern</h2>
      <dl className="summary-list record-text-values">
        {escalation.feedback.map((entry) => (
          <SummaryRow key={entry.id} label={longDateTime(entry.at)}>
            {entry.text}
          </SummaryRow>
        ))}
      </dl>
    </section>
  );
}

export function RecordOutcome({ escalation }: { escalation: Escalation }) {
  return (
    <>
      <Resolution escalation={escalation} />
      {escalation.referral && (
        <ClosureSection
          id="record-referral-title"
          title="Referred to the partnership"
          closure={escalation.referral}
        />
      )}
      {escalation.withdrawal && (
        <ClosureSection
          id="record-withdrawal-title"
          title="Withdrawn"
          closure={escalation.withdrawal}
        />
      )}
      <Feedback escalation={escalation} />
    </>
  );
}
