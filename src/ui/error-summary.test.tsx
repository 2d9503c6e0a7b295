// The error summary takes focus in the same commit as it appears, so the next key press (a second
// Enter on the submit button, say) lands on the summary, never on what had focus before it. It
// takes focus at each failed try to save, and never because its words changed as the user typed.
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderOutsideAct, type OutsideAct } from '../../test/fixtures/outside-act';
import { ErrorSummary, type FieldProblem } from './error-summary';

function Form({ problems, attempt = 1 }: { problems: FieldProblem[]; attempt?: number }) {
  return (
    <form>
      <ErrorSummary problems={problems} attempt={attempt} />
      <input id="summary" aria-label="Summary" />
      <button type="submit">Save</button>
    </form>
  );
}

let page: OutsideAct | undefined;
afterEach(() => page?.close());

describe('the error summary', () => {
  it('has focus from the moment it is drawn', async () => {
    page = renderOutsideAct((container) => {
      const summary = container.querySelector('[role="alert"]');
      if (!summary) return 'no summary';
      return document.activeElement === summary ? 'summary, focused' : 'summary, not focused';
    });
    await page.render(
      <Form problems={[]} attempt={0} />,
      (container) => container.querySelector('button') !== null,
    );
    document.querySelector('button')?.focus();
    const problems = [{ fieldId: 'summary', message: 'Enter a summary of the discussion' }];
    await page.render(
      <Form problems={problems} />,
      (container) => container.querySelector('[role="alert"]') !== null,
    );

    expect(page.seen).toEqual(['no summary', 'summary, focused']);
  });
});

describe('when the error summary takes focus', () => {
  const missing = [{ fieldId: 'summary', message: 'Enter a summary of the discussion' }];
  const short = [{ fieldId: 'summary', message: 'The summary must be at least 10 characters' }];

  it('keeps focus in the field while the words change with the same try', () => {
    const { rerender } = render(<Form problems={missing} attempt={1} />);
    const field = document.getElementById('summary');
    field?.focus();
    rerender(<Form problems={short} attempt={1} />);
    rerender(<Form problems={[]} attempt={1} />);
    rerender(<Form problems={missing} attempt={1} />);
    expect(document.activeElement).toBe(field);
  });

  it('takes focus again at the next failed try, though its words are the same', () => {
    const { rerender } = render(<Form problems={missing} attempt={1} />);
    const summary = document.querySelector('.error-summary');
    expect(document.activeElement).toBe(summary);
    document.getElementById('summary')?.focus();
    rerender(<Form problems={missing} attempt={2} />);
    expect(document.activeElement).toBe(summary);
  });

  it('does not take focus for problems that appear after a try that saved', () => {
    const { rerender } = render(<Form problems={[]} attempt={0} />);
    rerender(<Form problems={[]} attempt={1} />);
    const field = document.getElementById('summary');
    field?.focus();
    rerender(<Form problems={short} attempt={1} />);
    expect(document.activeElement).toBe(field);
  });
});
