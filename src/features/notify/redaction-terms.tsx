// The review grouped by term: "Lulu — 5 places in 3 fields", with one choice for the whole case
// (hide everywhere, or keep), then the text of every field exactly as it will print and one
// confirmation for all of them.
import type { TermGroup } from '../../domain/redaction/term-groups';
import { identifierWords, isLessCertain } from './redaction-words';
import type { ReviewActions, ReviewFieldView } from './use-notify-review';

function placesText(group: TermGroup): string {
  const places = group.places === 1 ? '1 place' : `${group.places} places`;
  const fields = group.fieldLabels.length;
  return `${places} in ${fields === 1 ? '1 field' : `${fields} fields`}`;
}

const STATE_WORDS: Record<TermGroup['state'], string> = {
  hidden: 'Hidden everywhere',
  kept: 'Kept',
  mixed: 'Chosen field by field',
};

function TermRow({ group, actions }: { group: TermGroup; actions: ReviewActions }) {
  const id = `notify-term-${group.key.replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <li className="notify-term" aria-labelledby={`${id}-name`}>
      <p className="notify-term__line">
        <strong id={`${id}-name`} className="notify-term__name">
          {group.term}
        </strong>{' '}
        — {placesText(group)}{' '}
        <span className="notify-term__kind">({identifierWords(group.type)})</span>
        {isLessCertain(group.lessCertain ? 'low' : 'high') && (
          <strong className="notify-tag"> Less certain</strong>
        )}
        <span className="notify-term__state"> {STATE_WORDS[group.state]}.</span>
      </p>
      <div className="notify-term__actions" role="group" aria-label={`Choice for “${group.term}”`}>
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={group.state === 'hidden'}
          onClick={() =>
            actions.hideEverywhere(group.term, { type: group.type, replacement: group.replacement })
          }
        >
          Hide everywhere<span className="visually-hidden">: {group.term}</span>
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={group.state === 'kept'}
          onClick={() => actions.keepEverywhere(group.term)}
        >
          Keep<span className="visually-hidden">: {group.term}</span>
        </button>
      </div>
    </li>
  );
}

/** Every proposal, grouped by term, each hidden or kept for the whole case with one tap. */
export function TermChoices({
  groups,
  actions,
}: {
  groups: readonly TermGroup[];
  actions: ReviewActions;
}) {
  return (
    <section aria-labelledby="notify-terms-heading" className="notify-terms">
      <h3 id="notify-terms-heading">Proposed for hiding, by word</h3>
      {groups.length === 0 ? (
        <p>
          Escalate found nothing that looks like a client detail. Read every field all the same.
        </p>
      ) : (
        <>
          <p className="field__hint">
            Each is hidden in every field, in this notification and later ones for this record,
            unless you keep it. Keep only what does not identify the client or their family.
          </p>
          <ul className="notify-terms__list">
            {groups.map((group) => (
              <TermRow key={group.key} group={group} actions={actions} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The final text of every field, and one confirmation that all of it was read. */
export function AllFinalTexts({
  views,
  complete,
  actions,
}: {
  views: readonly ReviewFieldView[];
  complete: boolean;
  actions: ReviewActions;
}) {
  return (
    <section aria-labelledby="notify-all-final-heading" className="notify-all-final">
      <h3 id="notify-all-final-heading">Everything that will print</h3>
      <dl className="notify-all-final__list">
        {views.map((view) => (
          <div key={view.item.key} className="notify-all-final__item">
            <dt>{view.item.label}</dt>
            <dd>{view.final.trim() === '' ? <em>Blank</em> : view.final}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        className="button"
        disabled={complete || views.length === 0}
        onClick={actions.checkAll}
      >
        {complete ? 'Every field is checked' : 'I have read every field as it will print'}
      </button>
    </section>
  );
}
