// Test support for the register's pages: a fresh unlocked vault per test (read through, as pages
// under jsdom need), and the pages rendered where the app mounts them.
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach } from 'vitest';
import { closeTestVault, openTestVault } from '../../../test/fixtures/vault/test-vault';
import type { EscalateDatabase } from '../../data/db';
import { RegisterRoutes } from './register-routes';

/**
 * Opens a fresh database with an unlocked vault before each test and deletes it after; returns a
 * function that gives the current test's database.
 */
export function setUpRegisterTests(label: string): () => EscalateDatabase {
  let db: EscalateDatabase | undefined;
  beforeEach(async () => {
    db = await openTestVault(label, { uncached: true });
  });
  afterEach(async () => {
    if (db) await closeTestVault(db);
    db = undefined;
  });
  return () => {
    if (!db) throw new Error('the register test database is open only during a test');
    return db;
  };
}

/** Renders the register's routes at `path`, as the app mounts them under /register. */
export function renderRegister(path = '/register') {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/register/*" element={<RegisterRoutes />} />
      </Routes>
    </MemoryRouter>,
  );
}
