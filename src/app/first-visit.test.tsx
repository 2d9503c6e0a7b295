// A first visit to Home draws the page at once and leaves nothing on the device: no database is
// created to read an empty one (decision 0053). Once something is saved (here, a passphrase's
// header, as setting up the vault writes it), Home reads the database live and shows what is due.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { DATABASE_NAME } from '../data/db';
import { probeDatabase } from '../data/database-presence';
import { useSetting, writeSetting } from '../data/settings-repository';
import { HomeRoute } from './home-route';
import { databaseNames, endFirstVisit, startFirstVisit } from '../../test/fixtures/first-visit';

function renderHome() {
  const router = createMemoryRouter([{ path: '/', Component: HomeRoute }], {
    initialEntries: ['/'],
  });
  render(<RouterProvider router={router} />);
}

beforeEach(startFirstVisit);

afterEach(endFirstVisit);

describe('Home on a first visit', () => {
  it('shows the introduction and creates no database', async () => {
    await probeDatabase();
    renderHome();
    expect(screen.getByRole('heading', { level: 1, name: 'Escalate' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'What is due' })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await databaseNames()).not.toContain(DATABASE_NAME);
  });

  it('reads the database live once the first thing is saved', async () => {
    await probeDatabase();
    renderHome();
    await writeSetting('vault.header', { note: 'any stored header' });
    expect(await screen.findByRole('heading', { name: 'What is due' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Unlock Escalate' })).toBeTruthy();
  });
});

describe('a setting read on a first visit', () => {
  it('goes from the default to the saved value without a loading state between', async () => {
    await probeDatabase();
    const seen: unknown[] = [];
    function Reader() {
      const value = useSetting('guide.packId', 'none chosen');
      seen.push(value);
      return <p>{value === undefined ? 'Loading' : `Chosen: ${String(value)}`}</p>;
    }
    render(<Reader />);
    expect(screen.getByText('Chosen: none chosen')).toBeTruthy();
    await writeSetting('guide.packId', 'wiltshire-scb-2013');
    expect(await screen.findByText('Chosen: wiltshire-scb-2013')).toBeTruthy();
    expect(seen).not.toContain(undefined);
  });
});
