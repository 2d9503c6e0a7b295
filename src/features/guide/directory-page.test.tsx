import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { findBuiltInPack } from '../../domain/policy/built-in-packs';
import { filterDirectories, rowCount } from './directory-search';
import { dropDatabase, openFreshDatabase, renderGuide } from './guide-test-utils';

beforeEach(openFreshDatabase);
afterEach(dropDatabase);

function bodyRows(): HTMLElement[] {
  return screen.queryAllByRole('row').filter((row) => row.closest('tbody'));
}

describe('directory search', () => {
  it('matches every word, ignoring case and curly quotes', () => {
    const pack = findBuiltInPack('cambridgeshire-lscb-2013');
    if (!pack) throw new Error('missing pack');
    const [ladders] = filterDirectories(pack.directories, 'LOCALITY hv’s');
    expect(
      ladders && 'ladders' in ladders ? ladders.ladders.map((l) => l.professional) : [],
    ).toEqual(['Health Visitor']);
  });

  it('filters the Lincolnshire senior liaison officers as you type and announces the count', async () => {
    const user = userEvent.setup();
    renderGuide('/guides/lincolnshire-scb-2010/directories');
    const search = await screen.findByRole('searchbox', { name: 'Search by agency or role' });
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('30 entries');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(bodyRows()).toHaveLength(30);
    expect(screen.getByText(/Published 5 May 2010/)).toBeTruthy();

    await user.type(search, 'police');
    const pack = findBuiltInPack('lincolnshire-scb-2010');
    const expected = filterDirectories(pack?.directories ?? [], 'police').reduce(
      (sum, item) => sum + rowCount(item),
      0,
    );
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(30);
    await waitFor(() =>
      expect(status.textContent).toBe(`${expected} of 30 entries match “police”`),
    );
    expect(bodyRows()).toHaveLength(expected);
    for (const row of bodyRows()) expect(row.textContent?.toLowerCase()).toContain('police');

    await user.clear(search);
    await user.type(search, 'no such agency');
    await waitFor(() => expect(status.textContent).toBe('No entries match “no such agency”'));
    expect(bodyRows()).toHaveLength(0);
  });

  it('finds ladders by role, e.g. the headteacher a school escalates to', async () => {
    const user = userEvent.setup();
    renderGuide('/guides/cambridgeshire-lscb-2013/directories');
    const search = await screen.findByRole('searchbox', { name: 'Search by agency or role' });
    await user.type(search, 'headteacher');
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(within(bodyRows()[0] as HTMLElement).getByText('Member of school staff')).toBeTruthy();
  });
});
