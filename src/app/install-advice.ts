// Decides whether to warn that Safari may delete stored records (DESIGN.md §1; tech-notes §2).

export interface BrowserEnvironment {
  userAgent: string;
  platform: string;
  maxTouchPoints: number;
  /** `navigator.standalone`: only iOS/iPadOS Safari defines it. */
  standalone: boolean | undefined;
  /** `matchMedia('(display-mode: standalone)').matches` */
  displayModeStandalone: boolean;
}

/** True on an iPhone or iPad, including iPadOS that reports itself as a Mac. */
export function isAppleMobile(env: BrowserEnvironment): boolean {
  if (/iPad|iPhone|iPod/.test(env.userAgent)) return true;
  return env.platform === 'MacIntel' && env.maxTouchPoints > 1;
}

/**
 * True when the app runs in a Safari tab on iOS/iPadOS rather than as a home-screen app. Safari can
 * then delete all of its stored records after seven days of use without a visit.
 */
export function shouldAdviseHomeScreenInstall(env: BrowserEnvironment): boolean {
  if (!isAppleMobile(env)) return false;
  return !(env.standalone === true || env.displayModeStandalone);
}

/** Reads the environment from the real browser. */
export function readBrowserEnvironment(): BrowserEnvironment {
  const nav = navigator as Navigator & { standalone?: boolean };
  return {
    userAgent: nav.userAgent,
    platform: nav.platform,
    maxTouchPoints: nav.maxTouchPoints,
    standalone: nav.standalone,
    displayModeStandalone: window.matchMedia?.('(display-mode: standalone)').matches ?? false,
  };
}
