// Step 1 of notifying: check every free-text field that will appear on the form.
import { NotificationBanner } from '../../ui/notification-banner';
import type { ReviewNotice } from './review';
import { ReviewField } from './review-field';
import type { ReviewState } from './use-notify-review';

function ChangedNotice({ notice }: { notice: ReviewNotice }) {
  return (
    <NotificationBanner title="The record changed after you checked it" tone="warning">
      <p>
        So the notification matches the record, check every field again. Your choices are kept for
        fields whose text has not changed.
      </p>
      {notice.changedLabels.length > 0 && (
        <>
          <p>These fields are new or their text changed, so they start again:</p>
          <ul>
            {notice.changedLabels.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </>
      )}
    </NotificationBanner>
  );
}

function HowToReview() {
  return (
    <div className="notify-how">
      <p>
        Nothing about the client may leave this device. Escalate has marked everything in the text
        below that looks like a client detail: names, dates of birth, addresses, NHS numbers and so
        on. Each one is hidden unless you untick it.
      </p>
      <ul>
        <li>
          Untick a proposal only if it does not identify the client or their family, for example a
          professional’s name or an ordinary word. Those marked <strong>Less certain</strong> are
          the likeliest to be ordinary words.
        </li>
        <li>
          To hide anything Escalate missed, select it and press <strong>Hide selected text</strong>,
          or type it in the box under the field.
        </li>
        <li>
          Read <strong>Exactly what will print</strong>, then tick{' '}
          <strong>I have checked this field</strong>.
        </li>
      </ul>
    </div>
  );
}

export function ReviewSection({ review }: { review: ReviewState }) {
  if (review.status === 'loading') return <p role="status">Loading your review…</p>;
  const { views, notice, checkedCount, actions } = review;
  return (
    <section aria-labelledby="notify-review-heading" className="notify-step">
      <h2 id="notify-review-heading">1. Check what will be printed</h2>
      {notice && <ChangedNotice notice={notice} />}
      <HowToReview />
      <p className="notify-progress" role="status">
        {views.length === 0
          ? 'This form has no free text to check.'
          : `You have checked ${checkedCount} of ${views.length} field${views.length === 1 ? '' : 's'}.`}
      </p>
      {views.map((view) => (
        <ReviewField key={view.item.key} view={view} actions={actions} />
      ))}
    </section>
  );
}
