// The installed app's icon shows how many escalations are overdue, where the browser offers the
// Badging API (navigator.setAppBadge); elsewhere this does nothing. The count holds no client detail.
import { useEffect, useState } from 'react';
import { useStoredQuery } from '../data/stored-query';
import { countOverdue } from '../data/overdue-count';

interface BadgingNavigator {
  setAppBadge?: (count?: number) => Promise<void>;
  clearAppBadge?: () => Promise<void>;
}

/** Sets or clears the app badge for `count`, if the browser can. */
export function showOverdueOnBadge(count: number, target: BadgingNavigator = navigator): void {
  if (typeof target.setAppBadge !== 'function') return;
  const done = count > 0 ? target.setAppBadge(count) : target.clearAppBadge?.();
  // A browser may refuse (e.g. not installed); the badge is a convenience, never an error.
  void done?.catch(() => undefined);
}

export function OverdueBadge() {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().toISOString()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const count = useStoredQuery(() => countOverdue(now), [now], 0);
  useEffect(() => {
    if (count === undefined) return;
    // In a task of its own: the first call into the browser costs a few milliseconds on a phone, in
    // what would otherwise be the first render's one long effects task.
    const timer = setTimeout(() => showOverdueOnBadge(count), 0);
    return () => clearTimeout(timer);
  }, [count]);
  return null;
}
