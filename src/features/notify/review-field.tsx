// One free-text field under review: its text with the proposals marked, the choices, the ways to
// hide more, the exact text that will print, and "I have checked this field".
import { useRef } from 'react';
import { TextArea } from '../../ui/text-field';
import { HighlightedText } from './highlighted-text';
import { HidePhrase, HideSelection } from './hide-text-controls';
import { ManualChoices, ProposalChoices } from './redaction-choices';
import type { ReviewActions, ReviewFieldView } from './use-notify-review';

/** A DOM id for a review key such as `discussion.d-1.summary`. */
export function reviewFieldId(key: string): string {
  return `notify-${key.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

function FinalText({ id, final }: { id: string; final: string }) {
  return (
    <div className="notify-final-frame">
      <h4 className="notify-subheading" id={`${id}-final-heading`}>
        Exactly what will print
      </h4>
      <div className="notify-final" id={`${id}-final`}>
        {final.trim() === '' ? <em>Nothing: this will print blank.</em> : final}
      </div>
    </div>
  );
}

/** The marked text, the proposals, and the ways to hide more, for a field with text. */
function FieldTools({
  id,
  view,
  actions,
}: {
  id: string;
  view: ReviewFieldView;
  actions: ReviewActions;
}) {
  const { item, field, findings } = view;
  const containerRef = useRef<HTMLDivElement>(null);
  const hide = (text: string) => actions.hideEverywhere(text);
  return (
    <>
      <h4 className="notify-subheading" id={`${id}-source-heading`}>
        {item.origin === 'typed-at-notify'
          ? 'Your text, with proposed redactions marked'
          : 'The text in the record'}
      </h4>
      <HighlightedText
        id={`${id}-source`}
        field={field}
        findings={findings}
        containerRef={containerRef}
      />
      <HideSelection
        fieldLabel={item.label}
        source={field.source}
        containerRef={containerRef}
        onHide={hide}
      />
      <ProposalChoices
        idPrefix={id}
        field={field}
        findings={findings}
        onDecide={(finding, hidden) => actions.decide(item.key, finding, hidden)}
      />
      <ManualChoices field={field} onShow={(span) => actions.show(item.key, span)} />
      <HidePhrase idPrefix={id} fieldLabel={item.label} source={field.source} onHide={hide} />
    </>
  );
}

interface ReviewFieldProps {
  view: ReviewFieldView;
  actions: ReviewActions;
}

export function ReviewField({ view, actions }: ReviewFieldProps) {
  const { item, field, final, checked, anonymiserFailed } = view;
  const id = reviewFieldId(item.key);
  const typed = item.origin === 'typed-at-notify';
  const hasText = field.source.trim() !== '';
  return (
    <section
      className={`notify-field${checked ? ' notify-field--checked' : ''}`}
      role="group"
      aria-labelledby={`${id}-label`}
    >
      <h3 id={`${id}-label`} className="notify-field__label">
        {item.label}
        {checked && <span className="notify-tag notify-tag--done"> Checked</span>}
      </h3>
      {typed && (
        <TextArea
          id={`${id}-typed`}
          label={
            <>
              What to print <span className="visually-hidden">for {item.label}</span>
            </>
          }
          hint="This is not in the record: write it here. It is checked for client details too."
          rows={3}
          value={field.source}
          onChange={(event) => actions.type(item.key, event.target.value)}
        />
      )}
      {anonymiserFailed && (
        <p className="warning-text">
          <span className="warning-text__icon" aria-hidden="true">
            !
          </span>
          Escalate could not check this text automatically. Read it carefully and hide every client
          detail yourself.
        </p>
      )}
      {hasText && <FieldTools id={id} view={view} actions={actions} />}
      <FinalText id={id} final={final} />
      <div className="checkbox notify-check">
        <input
          id={`${id}-checked`}
          type="checkbox"
          checked={checked}
          onChange={(event) => actions.check(item.key, event.target.checked)}
          aria-describedby={`${id}-checked-hint`}
        />
        <div>
          <label htmlFor={`${id}-checked`}>
            I have checked this field<span className="visually-hidden">: {item.label}</span>
          </label>
          <p className="field__hint" id={`${id}-checked-hint`}>
            If you change anything in this field afterwards, tick this again.
          </p>
        </div>
      </div>
    </section>
  );
}
