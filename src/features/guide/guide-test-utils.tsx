// Test helpers for the guide feature: a fresh database per test and the guide routes in memory.
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { setDatabaseForTests } from '../../data/database';
import { createDatabase, type EscalateDatabase } from '../../data/db';
import { GuideRoutes } from './guide-routes';

let database: EscalateDatabase | undefined;

export function openFreshDatabase(): void {
  database = createDatabase(`guide-test-${crypto.randomUUID()}`);
  setDatabaseForTests(database);
}

export async function dropDatabase(): Promise<void> {
  setDatabaseForTests(undefined);
  await database?.delete();
  database = undefined;
}

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
}

/** Renders the guide routes at `path`, with the current address in `data-testid="location"`. */
export function renderGuide(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/guides/*" element={<GuideRoutes />} />
        <Route path="*" element={<p>Another page</p>} />
      </Routes>
      <LocationProbe />
    </MemoryRouter>,
  );
}
