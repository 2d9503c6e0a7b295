// "Clear the form" sits next to "Start escalation", so one tap must be undoable.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { setUpRecordTests } from './record/record-test-support';
import { StartEscalationPage } from './start-escalation-page';

setUpRecordTests('2026-03-02T10:00:00.000Z');

describe('start an escalation: clear the form', () => {
  it('clears what was typed and brings it back on undo', async () => {
    render(
      <MemoryRouter>
        <StartEscalationPage />
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    const what = await screen.findByLabelText(/What are you escalating/);
    await user.type(what, 'The referral was closed without a visit.');
    await user.click(screen.getByRole('button', { name: 'Clear the form' }));
    expect((screen.getByLabelText(/What are you escalating/) as HTMLTextAreaElement).value).toBe(
      '',
    );
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    expect((screen.getByLabelText(/What are you escalating/) as HTMLTextAreaElement).value).toBe(
      'The referral was closed without a visit.',
    );
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull();
  });
});
