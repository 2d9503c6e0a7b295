// Shown as soon as the user says a child or adult is at imminent risk: first what to do in the next
// few minutes (Escalate's general advice, marked as such), then the pack's own urgent route, so
// nobody waits until the form is finished to know what to do.
import { firstMinutesAdvice, firstMinutesNote } from '../../domain/policy/first-minutes';
import { describeTimescale } from '../../domain/policy/timescale';
import type { PolicyPack } from '../../domain/policy/policy-pack';

export function UrgentAdvice({
  pack,
  urgency,
}: {
  pack: PolicyPack;
  urgency: 'imminent-risk' | 'suspected-non-accidental-injury';
}) {
  const route =
    pack.urgentRoutes.find((r) => r.situation === urgency) ??
    pack.urgentRoutes.find((r) => r.situation === 'imminent-risk');
  return (
    <div className="banner banner--error" role="alert">
      <h3 className="banner__title">
        {route ? route.title : 'Act now: do not wait to finish this form'}
      </h3>
      <p>
        <strong>First, in the next few minutes.</strong>{' '}
        {firstMinutesNote(pack.partnership.shortName)}
      </p>
      <ul>
        {firstMinutesAdvice(pack.partnership.audience).map((step) => (
          <li key={step.text}>{step.text}</li>
        ))}
      </ul>
      {route ? (
        <>
          <p>Then, as the policy asks, {describeTimescale(route.timescale)}:</p>
          <ol>
            {route.actions.map((action) => (
              <li key={action.id}>{action.text}</li>
            ))}
          </ol>
        </>
      ) : (
        <p>
          This policy has no separate urgent route. Take this straight to your line manager or
          safeguarding lead today; the record will be due immediately.
        </p>
      )}
    </div>
  );
}
