// On the notify page: a warning, before anything is made, when the policy does not ask for its
// notification for this record; the file made then is titled as a summary and says so at the top.
import type { Escalation } from '../../domain/escalation/escalation';
import { notificationRequest } from '../../domain/notification/notification-request';
import type { PolicyPack } from '../../domain/policy/policy-pack';

export function NotificationRequestWarning({
  escalation,
  pack,
}: {
  escalation: Escalation;
  pack: PolicyPack;
}) {
  const request = notificationRequest(escalation, pack);
  if (request.asked) return null;
  return (
    <div className="banner banner--warning" role="note" aria-labelledby="notify-not-asked-title">
      <p id="notify-not-asked-title">
        <strong>The policy does not ask for “{request.formTitle}” for this record.</strong>
      </p>
      <p>
        {request.because} It asks for it: {request.when.charAt(0).toLowerCase()}
        {request.when.slice(1)} (Source: {request.source})
      </p>
      <p>
        You can still make one. It will be titled “Summary of an escalation: not a notification the
        policy asks for”, and it will say at the top why.
      </p>
    </div>
  );
}
