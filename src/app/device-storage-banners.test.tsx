// A save that fails because the device is full is explained, not swallowed.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DeviceStorageBanners } from './device-storage-banners';

function rejectUnhandled(reason: unknown) {
  const event = new Event('unhandledrejection') as Event & { reason: unknown };
  event.reason = reason;
  window.dispatchEvent(event);
}

describe('storage failure banner', () => {
  it('explains a full device when a save fails with a quota error', async () => {
    render(<DeviceStorageBanners />);
    act(() => rejectUnhandled({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }));
    expect(await screen.findByRole('heading', { name: 'Your change was not saved' })).toBeTruthy();
    expect(screen.getByText(/out of storage space/)).toBeTruthy();
    expect(screen.getByText(/earlier records are safe/)).toBeTruthy();
  });

  it('stays quiet for failures that are not about storage', () => {
    render(<DeviceStorageBanners />);
    act(() => rejectUnhandled(new TypeError('x is not a function')));
    expect(screen.queryByRole('heading', { name: 'Your change was not saved' })).toBeNull();
  });
});
