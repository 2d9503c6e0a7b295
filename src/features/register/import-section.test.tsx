// After a spreadsheet's rows are imported, the column-matching form (and its Import button, which had
// focus) goes away: focus moves to the import's result, so a keyboard or screen-reader user hears
// what happened and carries on from there, and the result is scrolled into view.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { renderRegister, setUpRegisterTests } from './register-test-support';

setUpRegisterTests('register-import-focus');

let scrolled: MockInstance<Element['scrollIntoView']>;
beforeEach(() => {
  scrolled = vi.spyOn(Element.prototype, 'scrollIntoView');
});
afterEach(() => {
  scrolled.mockRestore();
});

describe('importing a spreadsheet', () => {
  it('moves focus to the result once the rows are imported, and brings it into view', async () => {
    const user = userEvent.setup();
    renderRegister();
    const csv =
      'Date received,Case Ref,Summary of issue\r\n' +
      '01/04/2026,SC-7,Transport to school\r\n' +
      '02/04/2026,SC-8,Missed strategy meeting\r\n';
    await user.upload(
      await screen.findByLabelText(/Choose notification PDFs/),
      new File([csv], 'old.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Import 2 rows' }));

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Import 2 rows' })).toBeNull());
    const results = screen.getByRole('region', { name: 'Import results' });
    const focused = document.activeElement as HTMLElement;
    expect(results.contains(focused)).toBe(true);
    expect(focused.textContent).toMatch(/old\.csv.* 2 of 2 rows/);
    // Announced when it appears as well as read when focused.
    expect(focused.getAttribute('role')).toBe('status');
    expect(scrolled.mock.contexts).toContain(
      within(results).getByRole('heading', { name: 'Import results' }),
    );
  });

  it('shows no empty results while the columns are being matched, and Cancel returns to the file box', async () => {
    const user = userEvent.setup();
    renderRegister();
    const csv = 'Date received,Case Ref\r\n01/04/2026,SC-7\r\n';
    const files = await screen.findByLabelText(/Choose notification PDFs/);
    await user.upload(files, new File([csv], 'old.csv', { type: 'text/csv' }));
    await screen.findByRole('button', { name: 'Import 1 row' });
    expect(screen.queryByRole('heading', { name: 'Import results' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Import 1 row' })).toBeNull();
    expect(document.activeElement).toBe(files);
  });
});
