// The notify page for one escalation: check the free text, prepare the PDF, send it, and keep the
// ledger of what was sent. Also offers the policy's blank form.
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { ClientIdentity } from '../../domain/escalation/escalation';
import type { OpenedRecord } from '../../data/escalation-record-hooks';
import { useMyService } from '../../data/my-service-repository';
import type { PolicyPack } from '../../domain/policy/policy-pack';
import { usePageTitle } from '../../ui/page-title';
import { BlankFormButton } from './blank-form-button';
import { LedgerSection } from './ledger-section';
import { NotificationRequestWarning } from './notification-request-warning';
import { preloadPdf } from './pdf-file';
import { PrepareSection } from './prepare-section';
import { ReviewSection } from './review-section';
import { SendPanel } from './send-panel';
import { useNotifyReview } from './use-notify-review';
import { useNotifySource } from './use-notify-source';
import { usePrepare } from './use-prepare';
import './notify.css';

interface NotifyWorkspaceProps {
  record: Pick<OpenedRecord, 'escalation' | 'discussions'> & { client: ClientIdentity | null };
  pack: PolicyPack;
}

/** Everything on the notify page once the record and its pack are open. */
export function NotifyWorkspace({ record, pack }: NotifyWorkspaceProps) {
  const { escalation, discussions, client } = record;
  const form = pack.notificationForm;
  // The user's own name (My service) is printed where the form asks for the professionals involved.
  const notifierName = useMyService()?.name.trim() ?? '';
  const review = useNotifyReview({ escalation, discussions, pack, client, notifierName });
  const { status, prepared, prepare, remake } = usePrepare(
    { escalation, discussions, pack, notifierName },
    review,
  );
  useEffect(preloadPdf, []);
  return (
    <>
      <p className="notify-caption">Escalation {escalation.caseRef}</p>
      <h1>Notify the partnership</h1>
      <p className="lead">
        Make the {form.title} for {pack.partnership.name}, with the client anonymised. It goes to{' '}
        {form.recipient.role}. {form.trigger.text}
      </p>
      <NotificationRequestWarning escalation={escalation} pack={pack} />
      <ReviewSection review={review} />
      <PrepareSection review={review} status={status} onPrepare={() => void prepare()} />
      {prepared && <SendPanel prepared={prepared} pack={pack} />}
      <LedgerSection
        escalationId={escalation.id}
        currentRevision={escalation.revision}
        defaultRecipient={form.recipient.mailbox ?? form.recipient.role}
        onRemake={(notification) => void remake(notification)}
        status={status}
      />
      <section aria-labelledby="notify-blank-heading" className="notify-step">
        <h2 id="notify-blank-heading">A blank form to fill in by hand</h2>
        <p>
          The {form.title} with every field empty, ready to print. It holds nothing about this
          record.
        </p>
        <BlankFormButton packId={pack.id} />
      </section>
      <p>
        <Link className="link-standalone" to={`/escalations/${escalation.id}`}>
          Back to the record
        </Link>
      </p>
    </>
  );
}

export function NotifyPage({ escalationId }: { escalationId: string }) {
  const state = useNotifySource(escalationId);
  usePageTitle(state.kind === 'ready' ? 'Notify the partnership' : 'Notification');
  switch (state.kind) {
    case 'loading':
      return <p role="status">Loading the record…</p>;
    case 'locked':
      return <p>Unlock Escalate to prepare a notification.</p>;
    case 'not-found':
      return (
        <>
          <h1>Record not found</h1>
          <p>
            There is no escalation record here. It may have been deleted, or the link is wrong.{' '}
            <Link to="/escalations">See your escalations</Link>.
          </p>
        </>
      );
    case 'error':
      return (
        <>
          <h1>The notification cannot be made</h1>
          <p>{state.message}</p>
        </>
      );
    case 'ready':
      return <NotifyWorkspace record={state.record} pack={state.pack} />;
  }
}
