// A drop-down list is found by its label, says its hint and its error to a screen reader, and
// reports the choice made.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SelectField, type SelectOption } from './select-field';

const STATUSES: readonly SelectOption[] = [
  ['open', 'Open'],
  ['closed', 'Closed'],
];

function Status({ hint, error }: { hint?: string; error?: string }) {
  const [status, setStatus] = useState('');
  return (
    <>
      <SelectField
        id="status"
        label="Status"
        hint={hint}
        error={error}
        emptyOption="Any"
        options={STATUSES}
        value={status}
        onChange={(event) => setStatus(event.target.value)}
      />
      <p>Chosen: {status || 'nothing'}</p>
    </>
  );
}

describe('SelectField', () => {
  it('is found by its label, offers the empty choice first, and reports the choice made', async () => {
    const user = userEvent.setup();
    render(<Status />);
    const list = screen.getByRole('combobox', { name: 'Status' });
    expect(
      screen
        .getAllByRole('option')
        .map((option) => [option.getAttribute('value'), option.textContent]),
    ).toEqual([
      ['', 'Any'],
      ['open', 'Open'],
      ['closed', 'Closed'],
    ]);
    await user.selectOptions(list, 'Closed');
    expect(screen.getByText('Chosen: closed')).toBeTruthy();
    await user.selectOptions(list, 'Any');
    expect(screen.getByText('Chosen: nothing')).toBeTruthy();
  });

  it('has no empty choice unless asked for one', () => {
    render(<SelectField id="status" label="Status" options={STATUSES} defaultValue="open" />);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Open',
      'Closed',
    ]);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Status' }).value).toBe('open');
  });

  it('is described by its hint, and by its error, which marks it invalid', () => {
    const { rerender } = render(<Status hint="Only this partnership's entries." />);
    const list = screen.getByRole('combobox', {
      name: 'Status',
      description: "Only this partnership's entries.",
    });
    expect(list.getAttribute('aria-invalid')).toBeNull();
    rerender(<Status hint="Only this partnership's entries." error="Choose a status" />);
    expect(
      screen.getByRole('combobox', {
        name: 'Status',
        // jsdom's description drops the space that ends the hidden "Error: " prefix.
        description: /^Only this partnership's entries\. Error: ?Choose a status$/,
      }),
    ).toBe(list);
    expect(list.getAttribute('aria-invalid')).toBe('true');
  });

  it('has no description when it shows neither hint nor error', () => {
    render(<Status />);
    expect(screen.getByRole('combobox', { name: 'Status' }).hasAttribute('aria-describedby')).toBe(
      false,
    );
  });

  it('hands its element to a form library through selectRef', () => {
    const ref = createRef<HTMLSelectElement>();
    render(<SelectField id="status" label="Status" options={STATUSES} selectRef={ref} />);
    expect(ref.current).toBe(screen.getByRole('combobox', { name: 'Status' }));
  });
});
