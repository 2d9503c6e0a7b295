// The lock button and auto-lock, loaded with the vault code only once a vault exists, so the first
// page stays small.
import { lazy, Suspense } from 'react';
import { useSetting } from '../data/settings-repository';

const LockControls = lazy(async () => ({
  default: (await import('./lock-controls')).LockControls,
}));

export function VaultControls() {
  const header = useSetting<unknown>('vault.header', null);
  return header ? (
    <Suspense fallback={null}>
      <LockControls />
    </Suspense>
  ) : null;
}
