import { describe, expect, it, vi } from 'vitest';
import { showOverdueOnBadge } from './overdue-badge';

describe('overdue count on the app icon', () => {
  it('sets the badge to the count, and clears it at zero', () => {
    const target = {
      setAppBadge: vi.fn(() => Promise.resolve()),
      clearAppBadge: vi.fn(() => Promise.resolve()),
    };
    showOverdueOnBadge(3, target);
    expect(target.setAppBadge).toHaveBeenCalledWith(3);
    showOverdueOnBadge(0, target);
    expect(target.clearAppBadge).toHaveBeenCalledTimes(1);
  });

  it('does nothing where the Badging API is missing', () => {
    expect(() => showOverdueOnBadge(2, {})).not.toThrow();
  });
});
