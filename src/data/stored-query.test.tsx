// A live read on a device with no database yet (decision 0053): it answers "nothing stored" from the
// first render and, while the database stays absent, never renders its reader a second time for the
// same answer (a second, urgent render of a whole page that React cannot slice).
import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { probeDatabase } from './database-presence';
import { readSetting, writeSetting } from './settings-repository';
import { useStoredQuery } from './stored-query';
import { endFirstVisit, startFirstVisit } from '../../test/fixtures/first-visit';

beforeEach(startFirstVisit);

afterEach(endFirstVisit);

/** Gives a second render, were there one, time to happen (what is awaited uses findBy instead). */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

function renderCountingReader() {
  const renders: (number | undefined)[] = [];
  function Reader() {
    const minutes = useStoredQuery(() => readSetting('vault.autoLockMinutes', 5), [], 5);
    renders.push(minutes);
    return <p>Lock after {minutes ?? '…'} minutes</p>;
  }
  render(<Reader />);
  return renders;
}

describe('useStoredQuery', () => {
  it('renders its reader once on a device with no database', async () => {
    await probeDatabase();
    const renders = renderCountingReader();
    await settle();
    expect(screen.getByText('Lock after 5 minutes')).toBeTruthy();
    expect(renders).toEqual([5]);
  });

  it('reads what is stored once the database exists, and follows changes', async () => {
    await writeSetting('vault.autoLockMinutes', 15);
    await probeDatabase();
    const renders = renderCountingReader();
    expect(await screen.findByText('Lock after 15 minutes')).toBeTruthy();
    expect(renders[0]).toBeUndefined();
    await act(() => writeSetting('vault.autoLockMinutes', 30));
    expect(await screen.findByText('Lock after 30 minutes')).toBeTruthy();
  });

  it('shows what the first write stores on a device that had no database', async () => {
    await probeDatabase();
    renderCountingReader();
    expect(screen.getByText('Lock after 5 minutes')).toBeTruthy();
    await act(() => writeSetting('vault.autoLockMinutes', 10));
    expect(await screen.findByText('Lock after 10 minutes')).toBeTruthy();
  });

  it('hydrates the first visit the build drew, then reads what this device has stored', async () => {
    // A page the build wrote draws a first visit (decision 0064); on a device with a database the
    // first client render must draw the same, or React reports a mismatch and draws it all again.
    function Reader() {
      const minutes = useStoredQuery(() => readSetting('vault.autoLockMinutes', 5), [], 5);
      return <p>Lock after {minutes ?? '…'} minutes</p>;
    }
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Reader />);
    expect(container.textContent).toBe('Lock after 5 minutes');
    await writeSetting('vault.autoLockMinutes', 15);
    await probeDatabase();
    const mismatches: unknown[] = [];
    document.body.append(container);
    render(<Reader />, {
      container,
      hydrate: true,
      onRecoverableError: (error) => mismatches.push(error),
    });
    expect(await screen.findByText('Lock after 15 minutes')).toBeTruthy();
    expect(mismatches).toEqual([]);
  });
});
