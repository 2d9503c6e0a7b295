// Shown as soon as the user says a child or adult is at imminent risk: first what to do in the next
// few minutes (Escalate's general advice, marked as such), then the pack's own urgent route, so
// nobody waits until the form is finished to know what to do.
import { firstMinutesAdvice, firstMinutesNote } from '../../domain/policy/first-minutes';
import { describeTimescale } from '../../domain/policy/timescale';
import type { PolicyPack } from '../../domain/policy/policy-pack';
import { URGENCY_LABELS } from '../../domain/record-vocabulary';

export function UrgentAdvice({
  pack,
  urgency,
}: {
  pack: PolicyPack;
  urgency: 'imminent-risk' | 'suspected-non-accidental-injury';
}) {
  const own = pack.urgentRoutes.find((r) => r.situation === urgency);
  const route = own ?? pack.urgentRoutes.find((r) => r.situation === 'imminent-risk');
  // Headed by the user's own choice unless the policy has a route for exactly that: a suspected
  // injury that falls back to the imminent-risk route is not headed "Child at imminent risk".
  return (
    <div className="banner banner--error" role="alert">
      <h3 className="banner__title">
        {own ? own.title : `${URGENCY_LABELS[urgency]}: act now, do not wait to finish this form`}
      </h3>
      {route && !own && (
        <p>
          This policy has no route of its own for this, so the record follows its urgent route “
          {route.title}”.
        </p>
      )}
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
