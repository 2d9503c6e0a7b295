// Locks after a period without any use, and when the app has been in the background for a while
// (switching apps on an iPad, a laptop lid closed).
import { useEffect } from 'react';
import { lock, useVaultState } from '../../data/vault-session';
import { useSetting } from '../../data/settings-repository';

export const AUTO_LOCK_SETTING = 'vault.autoLockMinutes';
export const DEFAULT_AUTO_LOCK_MINUTES = 5;
/** How long the app may be hidden before it locks. */
export const HIDDEN_LOCK_MS = 60_000;

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

export function useAutoLock(): void {
  const state = useVaultState();
  const minutes =
    useSetting(AUTO_LOCK_SETTING, DEFAULT_AUTO_LOCK_MINUTES) ?? DEFAULT_AUTO_LOCK_MINUTES;

  useEffect(() => {
    if (state !== 'unlocked') return;
    let idleTimer: ReturnType<typeof setTimeout>;
    let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
    let hiddenSince: number | undefined;
    const restart = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => void lock(), minutes * 60_000);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        hiddenSince = Date.now();
        hiddenTimer = setTimeout(() => void lock(), HIDDEN_LOCK_MS);
        return;
      }
      clearTimeout(hiddenTimer);
      // Timers are throttled in the background, so check the clock as well on return.
      if (hiddenSince !== undefined && Date.now() - hiddenSince >= HIDDEN_LOCK_MS) void lock();
      hiddenSince = undefined;
      restart();
    };
    restart();
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, restart, { passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(idleTimer);
      clearTimeout(hiddenTimer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, restart);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [state, minutes]);
}
