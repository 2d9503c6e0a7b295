// The error summary takes focus in the same commit as it appears, so the next key press (a second
// Enter on the submit button, say) lands on the summary, never on what had focus before it.
import { afterEach, describe, expect, it } from 'vitest';
import { renderOutsideAct, type OutsideAct } from '../../test/fixtures/outside-act';
import { ErrorSummary, type FieldProblem } from './error-summary';

function Form({ problems }: { problems: FieldProblem[] }) {
  return (
    <form>
      <ErrorSummary problems={problems} />
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
      <Form problems={[]} />,
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
