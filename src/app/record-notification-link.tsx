// On a record page: the way to the notification, and how many are prepared or sent. Whether the
// policy asks for one now is said just above, by the record page itself.
import { Link } from 'react-router';
import { useNotificationsFor } from '../data/notifications-repository';

export function RecordNotificationLink({ escalationId }: { escalationId: string }) {
  const state = useNotificationsFor(escalationId);
  const notifications = state.kind === 'ready' ? state.notifications : undefined;
  const sent = notifications?.filter((n) => n.status === 'sent').length ?? 0;
  const prepared = (notifications?.length ?? 0) - sent;
  return (
    <section aria-labelledby="record-notification-title" className="record-notification no-print">
      <h2 id="record-notification-title">Notification to the partnership</h2>
      <p>
        Escalate hides the client’s details for you to check before it makes the file.
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
