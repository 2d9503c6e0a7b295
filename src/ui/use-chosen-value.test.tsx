// A settings field shows the user's choice at once, and the stored value wins once it changes.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useChosenValue } from './use-chosen-value';

interface Pending {
  value: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

function MinutesField({
  stored,
  saves,
  failures,
}: {
  stored: number | undefined;
  saves: Pending[];
  failures: unknown[];
}) {
  const [minutes, choose] = useChosenValue(
    stored,
    (value: number) =>
      new Promise<void>((resolve, reject) => {
        saves.push({ value, resolve, reject });
      }),
  );
  return (
    <label>
      Minutes
      <select
        value={String(minutes)}
        onChange={(event) => {
          choose(Number(event.target.value)).catch((error: unknown) => failures.push(error));
        }}
      >
        {[5, 15, 30].map((choice) => (
          <option key={choice}>{choice}</option>
        ))}
      </select>
    </label>
  );
}

describe('useChosenValue', () => {
  it('shows the choice before the write lands, then follows the stored value', async () => {
    const saves: Pending[] = [];
    const { rerender } = render(<MinutesField stored={5} saves={saves} failures={[]} />);
    const field = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Minutes' });
    await userEvent.setup().selectOptions(field, '15');
    expect(saves.map((save) => save.value)).toEqual([15]);
    expect(field.value).toBe('15');
    // The write lands and the live read catches up.
    await act(async () => saves[0]?.resolve());
    rerender(<MinutesField stored={15} saves={saves} failures={[]} />);
    expect(field.value).toBe('15');
    // Another tab changes it later: the store wins over the old choice.
    rerender(<MinutesField stored={30} saves={saves} failures={[]} />);
    expect(field.value).toBe('30');
  });

  it('returns to the stored value and passes the failure on when the write fails', async () => {
    const saves: Pending[] = [];
    const failures: unknown[] = [];
    render(<MinutesField stored={5} saves={saves} failures={failures} />);
    const field = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Minutes' });
    await userEvent.setup().selectOptions(field, '30');
    expect(field.value).toBe('30');
    const full = new Error('The device is full');
    await act(async () => saves[0]?.reject(full));
    expect(field.value).toBe('5');
    expect(failures).toEqual([full]);
  });
});
