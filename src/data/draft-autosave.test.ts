// @vitest-environment jsdom
// The last moments of typing survive leaving by a full page load: the save on hiding fails there
// (the database is already shut for the back/forward cache) and is made when the page comes back.
import { act, cleanup, renderHook } from '@testing-library/react';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, expect, it, vi, type MockInstance } from 'vitest';
import { setDatabaseForTests } from './database';
import { createDatabase, type EscalateDatabase } from './db';
import { loadDraft, useDraftAutosave } from './drafts-repository';
import { lock, resetVaultSessionForTests, setUpVault } from './vault-session';

let db: EscalateDatabase;

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

function pageTransition(type: 'pagehide' | 'pageshow', persisted: boolean): Event {
  const event = new Event(type);
  Object.defineProperty(event, 'persisted', { value: persisted });
  return event;
}

let put: MockInstance<EscalateDatabase['drafts']['put']>;

/**
 * Waits until the hook has tried `count` draft writes in all and each has finished, stored or
 * refused. A save seals first (WebCrypto) and writes after: a fixed pause can end before either on a
 * busy machine, and a refused save still sealing when the database opens again would be stored.
 */
async function writesSettled(count: number): Promise<void> {
  while (put.mock.results.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
  await Promise.allSettled(put.mock.results.map((result) => result.value as Promise<unknown>));
}

beforeEach(async () => {
  resetVaultSessionForTests();
  db = createDatabase(`draft-autosave-${Math.random()}`);
  setDatabaseForTests(db);
  await setUpVault('draft autosave passphrase', { iterations: 100_000 });
  put = vi.spyOn(db.drafts, 'put');
});

afterEach(async () => {
  cleanup();
  setVisibility('visible');
  await lock();
  db.close();
  await Dexie.delete(db.name);
  setDatabaseForTests(undefined);
});

it('saves the values waiting in the debounce when the page is hidden', async () => {
  const { result } = renderHook(() => useDraftAutosave('draft-hidden', 'start', 60_000));
  act(() => result.current.schedule({ reason: 'Typed just before switching apps' }));
  setVisibility('hidden');
  await writesSettled(1);
  expect(await loadDraft('draft-hidden')).toEqual({ reason: 'Typed just before switching apps' });
});

it('keeps values whose save failed while the page was in the back/forward cache, and saves them when it is shown again', async () => {
  const { result } = renderHook(() => useDraftAutosave('draft-bfcache', 'start', 60_000));
  act(() => result.current.schedule({ reason: 'Typed just before following a link' }));
  // As on a full page load away: `pagehide` shuts the connection, then the page is hidden.
  db.close({ disableAutoOpen: true });
  setVisibility('hidden');
  await writesSettled(1);
  await db.open();
  expect(await loadDraft('draft-bfcache')).toBeUndefined();

  setVisibility('visible');
  globalThis.dispatchEvent(pageTransition('pageshow', true));
  await writesSettled(2);
  expect(await loadDraft('draft-bfcache')).toEqual({
    reason: 'Typed just before following a link',
  });
});

it('does not put back the values of a failed save over typing that came while it was failing', async () => {
  const { result } = renderHook(() => useDraftAutosave('draft-newer', 'start', 60_000));
  act(() => result.current.schedule({ reason: 'first words' }));
  db.close({ disableAutoOpen: true });
  setVisibility('hidden');
  // The failing save is still sealing when more is typed.
  act(() => result.current.schedule({ reason: 'first words, then more' }));
  await writesSettled(1);
  await db.open();
  setVisibility('visible');
  await act(() => result.current.flush());
  expect(await loadDraft('draft-newer')).toEqual({ reason: 'first words, then more' });
});
