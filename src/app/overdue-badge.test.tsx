import { render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { probeDatabase } from '../data/database-presence';
import { OverdueBadge, showOverdueOnBadge } from './overdue-badge';
import { endFirstVisit, startFirstVisit } from '../../test/fixtures/first-visit';

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

  describe('on the app', () => {
    afterEach(async () => {
      vi.unstubAllGlobals();
      // Awaited: the database's removal must finish before the next test (or the file) ends.
      await endFirstVisit();
    });

    it('clears the badge on a device with nothing stored, once the page has drawn', async () => {
      startFirstVisit();
      await probeDatabase();
      const badging = {
        setAppBadge: vi.fn(() => Promise.resolve()),
        clearAppBadge: vi.fn(() => Promise.resolve()),
      };
      vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, badging));
      render(<OverdueBadge />);
      expect(badging.clearAppBadge).not.toHaveBeenCalled();
      await waitFor(() => expect(badging.clearAppBadge).toHaveBeenCalledTimes(1));
      expect(badging.setAppBadge).not.toHaveBeenCalled();
    });
  });
});
