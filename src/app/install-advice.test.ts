import { describe, expect, it } from 'vitest';
import { shouldAdviseHomeScreenInstall, type BrowserEnvironment } from './install-advice';

const IPAD_SAFARI: BrowserEnvironment = {
  userAgent:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
  platform: 'MacIntel',
  maxTouchPoints: 5,
  standalone: false,
  displayModeStandalone: false,
};

describe('home-screen install advice', () => {
  it('advises an iPad in a Safari tab, even when it reports itself as a Mac', () => {
    expect(shouldAdviseHomeScreenInstall(IPAD_SAFARI)).toBe(true);
  });

  it('does not advise the installed home-screen app', () => {
    expect(shouldAdviseHomeScreenInstall({ ...IPAD_SAFARI, standalone: true })).toBe(false);
    expect(shouldAdviseHomeScreenInstall({ ...IPAD_SAFARI, displayModeStandalone: true })).toBe(
      false,
    );
  });

  it('advises an iPhone in Safari', () => {
    expect(
      shouldAdviseHomeScreenInstall({
        ...IPAD_SAFARI,
        userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15',
        platform: 'iPhone',
      }),
    ).toBe(true);
  });

  it('does not advise a desktop Mac or an Android tablet', () => {
    expect(shouldAdviseHomeScreenInstall({ ...IPAD_SAFARI, maxTouchPoints: 0 })).toBe(false);
    expect(
      shouldAdviseHomeScreenInstall({
        userAgent: 'Mozilla/5.0 (Linux; Android 14; SM-X710) Chrome/130.0 Safari/537.36',
        platform: 'Linux armv8l',
        maxTouchPoints: 10,
        standalone: undefined,
        displayModeStandalone: false,
      }),
    ).toBe(false);
  });
});
