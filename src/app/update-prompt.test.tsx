// The update banner never reloads under the user, and saves drafts before it updates.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { registerDraftFlusher } from '../data/draft-flushers';
import { UpdatePrompt } from './update-prompt';

const calls: string[] = [];
const updateServiceWorker = vi.fn(async () => {
  calls.push('update');
});

vi.mock('virtual:pwa-register/react', async () => {
  const { useState } = await import('react');
  return {
    useRegisterSW: () => ({
      needRefresh: useState(true),
      offlineReady: useState(false),
      updateServiceWorker,
    }),
  };
});

describe('update prompt', () => {
  it('waits for the user, and saves pending drafts before updating', async () => {
    const unregister = registerDraftFlusher(async () => {
      calls.push('draft saved');
    });
    render(<UpdatePrompt />);
    expect(
      screen.getByRole('heading', { name: 'A new version of Escalate is ready' }),
    ).toBeTruthy();
    expect(updateServiceWorker).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect(calls).toEqual(['draft saved', 'update']);
    expect(updateServiceWorker).toHaveBeenCalledWith(true);
    unregister();
  });

  it('lets the user carry on with the running version', async () => {
    render(<UpdatePrompt />);
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(
      screen.queryByRole('heading', { name: 'A new version of Escalate is ready' }),
    ).toBeNull();
  });
});
