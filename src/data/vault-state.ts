// Whether the vault is locked, as a tiny store with no crypto in it, so the app shell can show
// lock-dependent things without loading the vault code on first load.
import { useSyncExternalStore } from 'react';

export type VaultState = 'loading' | 'no-vault' | 'locked' | 'unlocked';

let state: VaultState = 'loading';
const listeners = new Set<() => void>();

/** The current state. */
export function getVaultState(): VaultState {
  return state;
}

/** Changes the state and tells every subscriber (only vault-session.ts calls this). */
export function setVaultState(next: VaultState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** The vault state, re-rendering on lock and unlock. */
export function useVaultState(): VaultState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
