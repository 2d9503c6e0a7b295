// The update banner never reloads under the user, and saves drafts before it updates.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { registerDraftFlusher } from '../data/draft-flushers';
import { REGISTER_DELAY_MS, REGISTER_WAIT_LIMIT_MS, UpdatePrompt, whenIdle } from './update-prompt';

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
      await screen.findByRole('heading', { name: 'A new version of Escalate is ready' }),
    ).toBeTruthy();
    expect(updateServiceWorker).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect(calls).toEqual(['draft saved', 'update']);
    expect(updateServiceWorker).toHaveBeenCalledWith(true);
    unregister();
  });

  it('lets the user carry on with the running version', async () => {
    render(<UpdatePrompt />);
    await userEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(
      screen.queryByRole('heading', { name: 'A new version of Escalate is ready' }),
    ).toBeNull();
  });

  it('registers the service worker only once the page has started: a moment, then idle', () => {
    vi.useFakeTimers();
    try {
      const idle: (() => void)[] = [];
      const target = {
        requestIdleCallback: vi.fn((callback: () => void) => idle.push(callback)),
        cancelIdleCallback: vi.fn(),
      };
      const start = vi.fn();
      const cancel = whenIdle(start, target as unknown as Window);
      vi.advanceTimersByTime(REGISTER_DELAY_MS - 1);
      expect(target.requestIdleCallback).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(target.requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), {
        timeout: REGISTER_WAIT_LIMIT_MS,
      });
      expect(start).not.toHaveBeenCalled();
      idle.forEach((callback) => callback());
      expect(start).toHaveBeenCalledTimes(1);
      cancel();
      expect(target.cancelIdleCallback).toHaveBeenCalledWith(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('registers after the moment alone where the browser cannot say when it is idle (Safari)', () => {
    vi.useFakeTimers();
    try {
      const start = vi.fn();
      whenIdle(start, {});
      vi.advanceTimersByTime(REGISTER_DELAY_MS - 1);
      expect(start).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(start).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('registers nothing when the page is gone before then', () => {
    vi.useFakeTimers();
    try {
      const start = vi.fn();
      whenIdle(start, {})();
      vi.advanceTimersByTime(REGISTER_DELAY_MS);
      expect(start).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
