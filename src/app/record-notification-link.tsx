// On a record page: the way to the Notification of an Escalation, with what the policy expects.
import { Link } from 'react-router';
import { useNotificationsFor } from '../data/notifications-repository';

export function RecordNotificationLink({
  escalationId,
  status,
}: {
  escalationId: string;
  status: string;
}) {
  const state = useNotificationsFor(escalationId);
  const notifications = state.kind === 'ready' ? state.notifications : undefined;
  const sent = notifications?.filter((n) => n.status === 'sent').length ?? 0;
  const prepared = (notifications?.length ?? 0) - sent;
  return (
    <section aria-labelledby="record-notification-title" className="record-notification no-print">
      <h2 id="record-notification-title">Notification to the partnership</h2>
      <p>
        {status === 'open'
          ? 'Your policy may ask for a notification at a stage or when the disagreement ends. Escalate hides the client’s details for you to check before it makes the file.'
          : 'The policy asks the manager who resolved the disagreement to send the partnership an anonymised notification.'}
        {notifications &&
          notifications.length > 0 &&
          ` ${prepared} prepared and not yet sent; ${sent} sent.`}
      </p>
      <Link to={`/notifications/${escalationId}`} className="button">
        Prepare the notification
      </Link>
    </section>
  );
}
