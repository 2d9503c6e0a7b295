// One escalation record: where it is and when it is due, what can be done next, the details, the
// discussion log, how it ended, and its full history. Prints as a clean A4 record.
import { useLocation, useNavigate } from 'react-router';
import { currentVisit } from '../../../domain/escalation/escalation-queries';
import { Flowchart, type FlowStep } from '../../../ui/flowchart';
import { NotificationBanner } from '../../../ui/notification-banner';
import { usePageTitle } from '../../../ui/page-title';
import { CurrentStagePanel } from './current-stage-panel';
import { DiscussionLog } from './discussion-log';
import { RecordActions } from './record-actions';
import { RecordDetails } from './record-details';
import { RecordChronology, StageHistory } from './record-history';
import { RecordNotificationStatus } from './record-notification-status';
import { RecordOutcome } from './record-outcome';
import { placeName, STATUS_LABELS } from './record-text';
import type { OpenRecord } from './use-open-record';
import { recordPageSections } from '../../../ui/render-slot';

/** The message a form passed on after saving (`navigate(…, { state: { message } })`). */
function savedMessage(state: unknown): string | undefined {
  const message = (state as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : undefined;
}

function PolicyFlowchart({ open }: { open: OpenRecord }) {
  const { pack } = open;
  const visit = currentVisit(open.record.escalation);
  const steps: FlowStep[] = pack.stages.map((stage) => ({
    id: stage.id,
    // The policy's own label only: a step the source does not number is not numbered here.
    heading: stage.label ?? '',
    text: stage.title,
  }));
  const urgent: FlowStep[] = pack.urgentRoutes.map((route) => ({
    id: route.id,
    heading: 'Urgent',
    text: route.title,
  }));
  return (
    <section aria-labelledby="record-flow-title" className="record-flow">
      <h2 id="record-flow-title">Where it is in the policy</h2>
      {visit && <p>The highlighted box is where this record is: {placeName(pack, visit)}.</p>}
      <Flowchart
        steps={steps}
        urgent={urgent}
        currentId={visit?.stageId}
        title={`${pack.title}: the stages of the policy`}
      />
    </section>
  );
}

export function RecordPage({ open }: { open: OpenRecord }) {
  const { escalation } = open.record;
  usePageTitle(`Escalation ${escalation.caseRef}`);
  const location = useLocation();
  const navigate = useNavigate();
  const message = savedMessage(location.state);
  return (
    <article className="record">
      {message && (
        <NotificationBanner
          tone="success"
          title={message}
          onDismiss={() => void navigate('.', { replace: true, state: null })}
        />
      )}
      <p className="record-caption">Escalation record</p>
      <h1>{escalation.caseRef}</h1>
      <p className={`record-status record-status--${escalation.status}`}>
        <span className="visually-hidden">Status: </span>
        {STATUS_LABELS[escalation.status]}
        {escalation.isExample && ' – example record for training, not a real case'}
      </p>
      <CurrentStagePanel open={open} />
      <RecordActions open={open} />
      <RecordNotificationStatus open={open} />
      <recordPageSections.Slot escalationId={escalation.id} status={escalation.status} />
      <RecordDetails open={open} />
      <DiscussionLog open={open} />
      <RecordOutcome escalation={escalation} />
      <PolicyFlowchart open={open} />
      <StageHistory open={open} />
      <RecordChronology open={open} />
    </article>
  );
}
