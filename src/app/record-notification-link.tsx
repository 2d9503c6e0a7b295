// On a record page: the way to the notification, and how many are prepared or sent. Whether the
// policy asks for one now is said just above, by the record page itself.
import { useState, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { useNotificationsFor } from '../data/notifications-repository';
import { supersededIds } from '../domain/notification/notification-versions';

/** True for a plain click that follows the link here (not one that opens a new tab or window). */
function followsHere(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function RecordNotificationLink({ escalationId }: { escalationId: string }) {
  const state = useNotificationsFor(escalationId);
  // The notification page's code (the anonymiser and its gazetteer) loads the first time it is
  // opened, and the anonymiser then runs: seconds on a slow phone, with this page still showing.
  // The link says at once that the work has started, so nobody taps it again or thinks it broken.
  const [opening, setOpening] = useState(false);
  const notifications = state.kind === 'ready' ? state.notifications : undefined;
  const sent = notifications?.filter((n) => n.status === 'sent').length ?? 0;
  const superseded = notifications ? supersededIds(notifications).size : 0;
  const prepared = (notifications?.length ?? 0) - sent - superseded;
  return (
    <section aria-labelledby="record-notification-title" className="record-notification no-print">
      <h2 id="record-notification-title">Notification to the partnership</h2>
      <p>
        Escalate hides the client’s details for you to check before it makes the file.
        {notifications &&
          notifications.length > 0 &&
          ` ${prepared} prepared and not yet sent; ${sent} sent${superseded > 0 ? `; ${superseded} superseded by a later version` : ''}.`}
      </p>
      <Link
        to={`/notifications/${escalationId}`}
        className="button"
        aria-busy={opening || undefined}
        onClick={(event) => {
          if (followsHere(event)) setOpening(true);
        }}
      >
        {opening ? 'Preparing the notification…' : 'Prepare the notification'}
      </Link>
      {opening && (
        <p role="status">
          Opening the notification and checking its text for the client’s details.
        </p>
      )}
    </section>
  );
}
