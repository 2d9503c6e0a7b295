// Shown as soon as the user says a child or adult is at imminent risk: the pack's urgent route,
// so nobody waits until the form is finished to know what to do.
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
      {route ? (
        <>
          <p>Do this {describeTimescale(route.timescale)}, before you finish this form:</p>
          <ol>
            {route.actions.map((action) => (
              <li key={action.id}>{action.text}</li>
            ))}
          </ol>
        </>
      ) : (
        <p>
          This policy has no separate urgent route. If a child or adult is in immediate danger, call
          the police on 999. Then take this straight to your line manager or safeguarding lead
          today; the record will be due immediately.
        </p>
      )}
      <p>If anyone is in immediate danger, call 999.</p>
    </div>
  );
}
