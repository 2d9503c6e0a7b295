// On a record page: whether the policy asks for its notification now, which form, why (from the
// record), and where the policy says so. The way to prepare it is added by the app beside this.
import { notificationRequest } from '../../../domain/notification/notification-request';
import type { OpenRecord } from './use-open-record';

export function RecordNotificationStatus({ open }: { open: OpenRecord }) {
  const { pack } = open;
  const request = notificationRequest(open.record.escalation, pack);
  const form = pack.notificationForm;
  return (
    <section
      aria-labelledby="record-notification-status-title"
      className={`record-notification-status record-notification-status--${request.asked ? 'asked' : 'not-asked'}`}
    >
      <h2 id="record-notification-status-title">Does the policy ask for a notification now?</h2>
      <p>
        <strong>
          {request.asked
            ? `Yes: the policy asks for “${form.title}”.`
            : `Not now: the policy does not ask for “${form.title}” for this record yet.`}
        </strong>{' '}
        {request.because}
      </p>
      <p>
        The policy asks for it: {lowerFirst(request.when)}{' '}
        <span className="record-source">Source: {request.source}</span>
      </p>
      <p>
        It goes to {form.recipient.role}. Who completes it: {lowerFirst(form.completedBy.text)}{' '}
        <span className="record-source">Source: {form.completedBy.source}</span>
      </p>
      {!request.asked && (
        <p className="record-notification-status__warning">
          You can still prepare one, for example to keep the partnership informed. It will not be
          titled as the policy’s notification, and it will say at the top that the policy does not
          ask for it.
        </p>
      )}
    </section>
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
