// A guide's page loads its own built-in pack when it is not already there (after moving from
// another page), shows that it is loading meanwhile, and never loads the other four. This file
// imports nothing that lists every pack, so the pack really is loaded by the page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { loadedBuiltInPack } from '../../domain/policy/built-in-pack-registry';
import { setDatabaseForTests } from '../../data/database';
import { createDatabase, type EscalateDatabase } from '../../data/db';
import { GuideRoutes } from './guide-routes';

// Not guide-test-utils: it renders the pages that list every pack, so would load them all.
let database: EscalateDatabase;
beforeEach(() => {
  database = createDatabase(`guide-alone-${crypto.randomUUID()}`);
  setDatabaseForTests(database);
});
afterEach(async () => {
  setDatabaseForTests(undefined);
  await database.delete();
});

describe('a guide page reached before its pack has loaded', () => {
  it('says it is loading, then shows that guide, having loaded no other pack', async () => {
    expect(loadedBuiltInPack('lincolnshire-scb-2010')).toBeUndefined();
    render(
      <MemoryRouter initialEntries={['/guides/lincolnshire-scb-2010']}>
        <Routes>
          <Route path="/guides/*" element={<GuideRoutes />} />
        </Routes>
      </MemoryRouter>,
    );
    expect(screen.getByRole('status').textContent).toBe('Loading the guide…');
    await screen.findByRole('heading', {
      level: 1,
      name: 'Escalation Policy: Policy on Inter Agency Conflict Resolution',
    });
    expect(screen.getByText('Lincolnshire Safeguarding Children Board')).toBeTruthy();
    expect(loadedBuiltInPack('lincolnshire-scb-2010')).toBeDefined();
    expect(loadedBuiltInPack('wiltshire-scb-2013')).toBeUndefined();
  });
});
