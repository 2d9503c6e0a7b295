// Two ways to hide text the anonymiser did not propose: select it and press "Hide selected text",
// or (by keyboard, or on a small screen) type it. Either hides it everywhere in the case: in every
// field of this notification and of every later one.
import { useEffect, useState, type FormEvent, type RefObject } from 'react';
import { expandToWords, spansOfPhrase, type Span } from '../../domain/redaction/review-rules';
import { selectionSpan } from './selection-offsets';

interface HideSelectionProps {
  fieldLabel: string;
  source: string;
  containerRef: RefObject<HTMLDivElement | null>;
  /** Called with the text to hide everywhere in the case. */
  onHide: (text: string) => void;
}

/** The span of source text selected inside the container, kept while focus moves to the button. */
function useSelectedSpan(containerRef: RefObject<HTMLDivElement | null>): Span | null {
  const [span, setSpan] = useState<Span | null>(null);
  useEffect(() => {
    const update = () => {
      const container = containerRef.current;
      const selection = document.getSelection();
      if (!container || !selection || selection.rangeCount === 0) return;
      const found = selectionSpan(container, selection.getRangeAt(0));
      // A selection elsewhere replaces this one; a collapsed one (tapping the button on a tablet
      // clears the selection) keeps it, so the button still knows what was selected.
      if (found) setSpan(found);
      else if (!selection.isCollapsed) setSpan(null);
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [containerRef]);
  return span;
}

export function HideSelection({ fieldLabel, source, containerRef, onHide }: HideSelectionProps) {
  const selected = useSelectedSpan(containerRef);
  const [message, setMessage] = useState('');

  function hideSelected() {
    const container = containerRef.current;
    const selection = document.getSelection();
    const live =
      container && selection && selection.rangeCount > 0
        ? selectionSpan(container, selection.getRangeAt(0))
        : null;
    const span = live ?? selected;
    const words = span && expandToWords(source, span);
    if (!words) {
      setMessage('Select some of the text above first, or type the text in the box below.');
      return;
    }
    const text = source.slice(words.start, words.end);
    onHide(text);
    selection?.removeAllRanges();
    setMessage(`Hidden everywhere in this case: “${text}”.`);
  }

  return (
    <div className="notify-hide-selection">
      <button
        type="button"
        className="button button--secondary"
        // Keep the selection: pressing the button must not clear what was selected.
        onMouseDown={(event) => event.preventDefault()}
        onClick={hideSelected}
      >
        Hide selected text <span className="visually-hidden">in {fieldLabel}</span>
      </button>
      <p className="notify-status" role="status">
        {message}
      </p>
    </div>
  );
}

interface HidePhraseProps {
  idPrefix: string;
  fieldLabel: string;
  source: string;
  /** Called with the text to hide everywhere in the case. */
  onHide: (text: string) => void;
}

export function HidePhrase({ idPrefix, fieldLabel, source, onHide }: HidePhraseProps) {
  const [phrase, setPhrase] = useState('');
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const id = `${idPrefix}-hide-phrase`;

  function submit(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    if (!phrase.trim()) {
      setError('Enter the text to hide');
      return;
    }
    const spans = spansOfPhrase(source, phrase);
    if (spans.length === 0) {
      setError('That text is not in this field. Check the spelling and try again');
      return;
    }
    setError('');
    onHide(phrase.trim());
    setPhrase('');
    setMessage(
      `Hidden everywhere in this case (${spans.length === 1 ? '1 place' : `${spans.length} places`} in this field).`,
    );
  }

  return (
    <form
      autoComplete="off"
      className={`field notify-hide-phrase${error ? ' field--error' : ''}`}
      onSubmit={submit}
      noValidate
    >
      <label className="field__label" htmlFor={id}>
        Hide this text everywhere in this case{' '}
        <span className="visually-hidden">({fieldLabel})</span>
      </label>
      <div className="field__hint" id={`${id}-hint`}>
        Capitals, accents and apostrophes do not matter. For example, a nickname or a street name.
        It is hidden in every field, and in later notifications of this record.
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className="inline-input">
        <input
          id={id}
          className="input notify-hide-phrase__input"
          value={phrase}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(event) => setPhrase(event.target.value)}
        />
        <button type="submit" className="button button--secondary">
          Hide this text <span className="visually-hidden">in {fieldLabel}</span>
        </button>
      </div>
      <p className="notify-status" role="status">
        {message}
      </p>
    </form>
  );
}
