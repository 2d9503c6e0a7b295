// Search's lists are found by their labels and narrow the results to the choice made.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { EscalationSearch } from './escalation-search';
import { builtInPack, createTestRecord, setUpRecordTests } from './record/record-test-support';

setUpRecordTests('2026-03-02T10:00:00.000Z');

function renderSearch() {
  render(
    <MemoryRouter>
      <EscalationSearch />
    </MemoryRouter>,
  );
}

describe('escalation search', () => {
  it('narrows the results to the partnership chosen, and back to any', async () => {
    await createTestRecord(builtInPack('south-tyneside-joint-2024'), '2026-03-02T09:00:00.000Z');
    await createTestRecord(builtInPack('wiltshire-scb-2013'), '2026-03-02T09:30:00.000Z');
    const user = userEvent.setup();
    renderSearch();
    const section = screen.getByRole('region', { name: 'Find an escalation' });
    await within(section).findByText('Showing 1 to 2.');
    const partnership = screen.getByRole('combobox', { name: 'Partnership' });
    await user.selectOptions(partnership, 'Wiltshire Safeguarding Children Board');
    await within(section).findByText('Showing 1 to 1.');
    expect(within(section).getAllByRole('listitem')).toHaveLength(1);
    expect(within(section).getByText(/^WSCB · /)).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Area of disagreement' })).toBeTruthy();

    await user.selectOptions(partnership, 'Any partnership');
    await within(section).findByText('Showing 1 to 2.');
    expect(screen.queryByRole('combobox', { name: 'Area of disagreement' })).toBeNull();
  });

  it('finds records by the status chosen', async () => {
    await createTestRecord(builtInPack('south-tyneside-joint-2024'), '2026-03-02T09:00:00.000Z');
    const user = userEvent.setup();
    renderSearch();
    await screen.findByText('Showing 1 to 1.');
    const status = screen.getByRole('combobox', { name: 'Status' });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toContain(
      'Any status',
    );
    await user.selectOptions(status, 'Resolved');
    await screen.findByText('No escalations match.');
    await user.selectOptions(status, 'Open');
    await screen.findByText('Showing 1 to 1.');
  });
});
