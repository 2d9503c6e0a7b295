// Step 2: "Prepare notification", allowed once every field is checked; shows progress and any
// problem in plain English.
import type { PrepareStatus } from './use-prepare';
import type { ReviewState } from './use-notify-review';

interface PrepareSectionProps {
  review: ReviewState;
  status: PrepareStatus;
  onPrepare: () => void;
}

function waitingFor(review: ReviewState): string {
  if (review.status === 'loading') return 'Loading your review…';
  const left = review.views.length - review.checkedCount;
  if (left === 0)
    return 'Every field is checked. The PDF is made on this device; nothing is sent yet.';
  return `Check ${left === 1 ? 'the last field' : `the ${left} fields still unchecked`} above first. Nothing can be made until every field is checked.`;
}

export function PrepareSection({ review, status, onPrepare }: PrepareSectionProps) {
  const ready = review.status === 'ready' && review.complete;
  const working = status.kind === 'working' && status.notificationId === null;
  const problem = status.kind === 'error' && status.notificationId === null ? status.message : '';
  return (
    <section aria-labelledby="notify-prepare-heading" className="notify-step">
      <h2 id="notify-prepare-heading">2. Prepare the notification</h2>
      <p id="notify-prepare-hint" className="field__hint">
        {waitingFor(review)}
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          disabled={!ready || working}
          aria-describedby="notify-prepare-hint"
          onClick={onPrepare}
        >
          Prepare notification
        </button>
      </div>
      <p className="notify-status" role="status">
        {working ? 'Preparing the PDF…' : ''}
      </p>
      {problem && (
        <div className="error-summary" role="alert">
          <h3 className="error-summary__title">The notification was not prepared</h3>
          <p>{problem}</p>
        </div>
      )}
    </section>
  );
}
