// Seconds left until the pause after wrong attempts (passphrases or recovery codes) ends.
import { useEffect, useState } from 'react';

/** Whole seconds until `until` (ms since the epoch), ticking down; 0 once it has passed. */
export function useCountdown(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= now) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [until, now]);
  return Math.max(0, Math.ceil((until - now) / 1000));
}
