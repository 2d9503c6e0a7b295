// The themes page counts the register's notifications for the chosen period, with a table and a
// summary for each chart.
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  chosenFile,
  notificationFileBytes,
} from '../../../test/fixtures/register/notification-file';
import { importNotificationFiles } from '../../data/register-repository';
import type { IsoDate, IsoDateTime } from '../../domain/calendar/iso-date';
import { testNotificationData } from '../../domain/register/register-test-data';
import { renderRegister, setUpRegisterTests } from './register-test-support';

setUpRegisterTests('themes-ui');

afterEach(() => vi.useRealTimers());

describe('themes page', () => {
  it('shows each chart’s table and summary for the chosen period', async () => {
    // May 2027: the page opens on October 2026 to March 2027, when nothing was received.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime('2027-05-03T09:00:00.000Z');
    const file = (caseRef: string, overrides = {}) =>
      chosenFile(
        `${caseRef}.pdf`,
        notificationFileBytes(testNotificationData(caseRef, undefined, overrides)),
      );
    await importNotificationFiles(
      [
        file('ESC-A'),
        file('ESC-B', { ending: 'open', endedOn: null, workingDaysToResolution: null }),
      ],
      '2026-05-11' as IsoDate,
      '2026-05-11T09:00:00.000Z' as IsoDateTime,
    );
    renderRegister('/register/themes');
    await screen.findByText(/^0 notifications received in October 2026 to March 2027/);
    // The counts for the new period load after the choice: the heading must name the period the
    // counts below it are for, never the new period over the old counts.
    fireEvent.change(screen.getByRole('combobox', { name: 'Half-year' }), {
      target: { value: '2026-04-01' },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Themes: April to September 2026' }),
    ).toBeTruthy();
    expect(screen.getByText(/^2 notifications received in April to September 2026/)).toBeTruthy();
    const resolved = screen.getByRole('region', { name: 'Resolved or not' });
    expect(
      within(resolved).getByText(
        '1 of 2 notifications were resolved, up from 0 in the previous period.',
      ),
    ).toBeTruthy();
    const row = within(resolved).getByRole('row', { name: /Not resolved/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '0']);
    const how = screen.getByRole('region', {
      name: 'How the resolved disagreements were resolved',
    });
    expect(within(how).getByText(/^Of the 1 resolved, 1 was resolved by agreement/)).toBeTruthy();
    const agreed = within(how).getByRole('row', { name: /Resolved by agreement/ });
    expect(
      within(agreed)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '0']);
  });

  it('shows the half-year chosen from the list, and says "Other dates" for dates typed in', async () => {
    const user = userEvent.setup();
    renderRegister('/register/themes');
    const halfYear = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Half-year' });
    const [latest, before] = within(halfYear).getAllByRole<HTMLOptionElement>('option');
    expect(halfYear.value).toBe(latest?.value);
    await user.selectOptions(halfYear, before as HTMLOptionElement);
    expect(
      await screen.findByRole('heading', { level: 1, name: `Themes: ${before?.textContent}` }),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2020-01-01' } });
    await screen.findByRole('heading', { level: 1, name: /^Themes: .*2020/ });
    expect(halfYear.value).toBe('custom');
    expect(halfYear.selectedOptions[0]?.textContent).toBe('Other dates');
  });
});
