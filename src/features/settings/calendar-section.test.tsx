// Settings → Working days: the bank-holiday list is found by its label and saves the region chosen.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readCalendarSettings } from '../../data/calendar-settings-repository';
import { setUpTestDatabase } from '../../../test/fixtures/vault/test-vault';
import { CalendarSection } from './calendar-section';

setUpTestDatabase('calendar-section-test');

describe('Settings → Working days', () => {
  it('saves the bank holidays chosen, and shows them chosen', async () => {
    const user = userEvent.setup();
    render(<CalendarSection />);
    const region = await screen.findByRole<HTMLSelectElement>('combobox', {
      name: 'Bank holidays for',
    });
    expect(region.value).toBe('england-and-wales');
    await user.selectOptions(region, 'Scotland');
    // Shown at once, not snapping back to the old region while the choice is saved.
    expect(region.value).toBe('scotland');
    await waitFor(async () => expect((await readCalendarSettings()).region).toBe('scotland'));
    expect(region.value).toBe('scotland');
  });
});
