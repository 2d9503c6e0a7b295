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
    // The list opens with the half-year in progress; the page, with the last complete one.
    const [, latest, before] = within(halfYear).getAllByRole<HTMLOptionElement>('option');
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

  it('keeps dates typed out of order, says what to change, and offers the half-year so far', async () => {
    // December 2026: the page opens on April to September 2026, in the half-year after it.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime('2026-12-06T09:00:00.000Z');
    renderRegister('/register/themes');
    await screen.findByRole('heading', { level: 1, name: 'Themes: April to September 2026' });
    const from = screen.getByLabelText<HTMLInputElement>('From');
    const to = screen.getByLabelText<HTMLInputElement>('To');
    // From moved past To: the date typed stays, and the report stays on the last period in order.
    from.focus();
    fireEvent.change(from, { target: { value: '2026-10-01' } });
    expect(from.value).toBe('2026-10-01');
    // The dates apply as they are typed: the message must not take the next key from the field.
    expect(document.activeElement).toBe(from);
    const message =
      'From (1 October 2026) is after To (30 September 2026). Choose a From date on or before 30 September 2026, or a later To date. The report below is still for April to September 2026.';
    expect(within(screen.getByRole('alert')).getByRole('link', { name: message })).toBeTruthy();
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Themes: April to September 2026',
    );
    // Then To: the period meant, October 2026 to March 2027, which is still going.
    fireEvent.change(to, { target: { value: '2027-03-31' } });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Themes: October 2026 to March 2027 (so far)',
      }),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(from.getAttribute('aria-invalid')).toBeNull();
    const halfYear = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Half-year' });
    expect(halfYear.selectedOptions[0]?.textContent).toBe('October 2026 to March 2027 (so far)');
    expect(
      screen.getByText(/^0 notifications received in October 2026 to March 2027 so far, against/),
    ).toBeTruthy();
    // A date cleared (or half typed) stays as it is too, and says what to enter.
    fireEvent.change(to, { target: { value: '' } });
    expect(to.value).toBe('');
    expect(screen.getByRole('alert').textContent).toContain(
      'Enter the To date in full, for example 1 October 2026. The report below is still for October 2026 to March 2027.',
    );
  });

  it('puts each chart and its table in a region that scrolls sideways, the chart’s words at 12 px or more', async () => {
    renderRegister('/register/themes');
    const region = await screen.findByRole('region', {
      name: 'Table: Working days from start to resolution',
    });
    // Named and focusable, so a keyboard can scroll it (ui/scroll-region).
    expect(region.tabIndex).toBe(0);
    expect(
      within(region).getByRole('table', { name: 'Working days from start to resolution' }),
    ).toBeTruthy();
    const chart = region.querySelector('svg.bar-chart');
    // On a phone the chart keeps its drawn width in the region (register.css), so its sizes are
    // the sizes seen: labels, this period's counts and the previous period's.
    const sizes = [...(chart?.querySelectorAll('text') ?? [])].map((text) =>
      Number(text.getAttribute('font-size')),
    );
    expect(sizes.length).toBe(15);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });
});
