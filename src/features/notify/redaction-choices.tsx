// The choices in one field: each proposed redaction with a Hide tick box (ticked unless the user
// chose to keep it), and the spans the user hid themselves, each with "Show again".
import type { Finding } from '../../domain/anonymise/anonymise';
import type { FieldReviewDraft } from '../../data/notifications-repository-review';
import { isHidden, type Span } from '../../domain/redaction/review-rules';
import { identifierWords, isLessCertain } from './redaction-words';

interface ProposalChoicesProps {
  idPrefix: string;
  field: FieldReviewDraft;
  findings: readonly Finding[];
  onDecide: (finding: Span, hide: boolean) => void;
}

export function ProposalChoices({ idPrefix, field, findings, onDecide }: ProposalChoicesProps) {
  if (findings.length === 0) {
    return (
      <p className="notify-none">
        Escalate found nothing that looks like a client detail here. Read it yourself all the same,
        and hide anything that could identify the client or their family.
      </p>
    );
  }
  return (
    <fieldset className="notify-choices">
      <legend>Proposed redactions ({findings.length})</legend>
      <ul className="notify-choices__list">
        {findings.map((finding, index) => {
          const id = `${idPrefix}-proposal-${index + 1}`;
          const lessCertain = isLessCertain(finding.confidence);
          return (
            <li key={`${finding.start}:${finding.end}`} className="checkbox">
              <input
                id={id}
                type="checkbox"
                checked={isHidden(finding, field)}
                onChange={(event) => onDecide(finding, event.target.checked)}
                aria-describedby={`${id}-hint`}
              />
              <div>
                <label htmlFor={id}>
                  <span className="notify-choices__number" aria-hidden="true">
                    {index + 1}
                  </span>{' '}
                  Hide “{finding.original}” ({identifierWords(finding.type)})
                  {lessCertain && <strong className="notify-tag"> Less certain</strong>}
                </label>
                <p className="field__hint notify-choices__hint" id={`${id}-hint`}>
                  {finding.reason}. Prints as {finding.replacement}.
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

interface ManualChoicesProps {
  field: FieldReviewDraft;
  onShow: (span: Span) => void;
}

export function ManualChoices({ field, onShow }: ManualChoicesProps) {
  if (field.manual.length === 0) return null;
  return (
    <div className="notify-manual">
      <h4 className="notify-subheading">Text you hid</h4>
      <ul className="plain-list">
        {field.manual.map((span) => {
          const original = field.source.slice(span.start, span.end);
          return (
            <li key={`${span.start}:${span.end}`}>
              <span>“{original}”</span>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => onShow(span)}
              >
                Show again<span className="visually-hidden">: “{original}”</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
