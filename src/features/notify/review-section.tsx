// Step 1 of notifying: check every free-text field that will appear on the form.
import { NotificationBanner } from '../../ui/notification-banner';
import type { ReviewNotice } from '../../domain/redaction/review-rules';
import { ReviewField } from './review-field';
import { AllFinalTexts, TermChoices } from './redaction-terms';
import type { ReviewActions, ReviewState } from './use-notify-review';
import type { ReadingProgress } from './use-read-ahead';
import { countOf } from '../../domain/plural';

function ChangedNotice({ notice }: { notice: ReviewNotice }) {
  return (
    <NotificationBanner title="The record changed after you checked it" tone="warning">
      <p>
        So the notification matches the record, check the fields whose text changed. Fields whose
        text has not changed keep your choices and stay checked.
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
          Under <strong>Proposed for hiding, by word</strong>, press <strong>Keep</strong> only for
          a word that does not identify the client or their family, for example a professional’s
          name or an ordinary word. Those marked <strong>Less certain</strong> are the likeliest to
          be ordinary words. What you hide stays hidden in later notifications of this record.
        </li>
        <li>
          To hide anything Escalate missed, select it in a field and press{' '}
          <strong>Hide selected text</strong>, or type it in the box under the field.
        </li>
        <li>
          Read <strong>Everything that will print</strong>, then press{' '}
          <strong>I have read every field as it will print</strong> (or tick each field).
        </li>
      </ul>
    </div>
  );
}

function SchoolAgencyLine({
  school,
  hidden,
  actions,
}: {
  school: string;
  hidden: boolean;
  actions: ReviewActions;
}) {
  return (
    <p className="notify-school-agency">
      “{school}” is the child’s school and also a professional’s agency:{' '}
      {hidden
        ? 'it is hidden everywhere, agency fields included.'
        : 'it prints in the agency fields and is hidden everywhere else.'}{' '}
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          hidden
            ? actions.forget(school)
            : actions.hideEverywhere(school, { type: 'school', replacement: '[school]' })
        }
      >
        {hidden ? 'Print it in the agency fields' : 'Hide it in the agency fields too'}
      </button>
    </p>
  );
}

/** While the anonymiser reads the fields before the review first draws: said once, shown as a bar. */
function Reading({ read, total }: ReadingProgress) {
  return (
    <div className="notify-reading">
      <p role="status">
        Looking for names, places and numbers in {countOf(total, 'field')} of this record…
      </p>
      <progress value={read} max={total} aria-label="Fields read so far">
        {read} of {total}
      </progress>
    </div>
  );
}

export function ReviewSection({ review }: { review: ReviewState }) {
  if (review.status === 'loading') {
    if (review.reading) return <Reading {...review.reading} />;
    return <p role="status">Loading your review…</p>;
  }
  const { views, groups, notice, checkedCount, complete, actions } = review;
  return (
    <section aria-labelledby="notify-review-heading" className="notify-step">
      <h2 id="notify-review-heading">1. Check what will be printed</h2>
      {notice && <ChangedNotice notice={notice} />}
      <HowToReview />
      <p className="notify-progress" role="status">
        {views.length === 0
          ? 'This form has no free text to check.'
          : `You have checked ${checkedCount} of ${countOf(views.length, 'field')}.`}
      </p>
      {review.schoolAgency && (
        <SchoolAgencyLine
          school={review.schoolAgency}
          hidden={review.schoolAgencyHidden}
          actions={actions}
        />
      )}
      <TermChoices groups={groups} actions={actions} />
      <AllFinalTexts views={views} complete={complete} actions={actions} />
      <h3 className="notify-fields-heading">Field by field</h3>
      <p className="field__hint">
        To change one field only, or to hide something Escalate missed, use the field below.
      </p>
      {views.map((view) => (
        <ReviewField key={view.item.key} view={view} actions={actions} />
      ))}
    </section>
  );
}
