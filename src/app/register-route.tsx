// The partnership's register: only behind the vault, and only offered in register mode.
import { Link } from 'react-router';
import { useRegisterMode } from '../data/register-mode';
import { VaultGate } from '../features/vault/vault-gate';
import { RegisterRoutes } from '../features/register/register-routes';

export function RegisterRoute() {
  const enabled = useRegisterMode();
  return (
    <VaultGate>
      {enabled === undefined ? (
        <p role="status">Opening the register…</p>
      ) : enabled ? (
        <RegisterRoutes />
      ) : (
        <>
          <h1>Register of notifications</h1>
          <p>
            The register is for people who receive notifications for a partnership. To use it, turn
            on “I receive notifications for a partnership” in{' '}
            <Link to="/settings#register-settings">Settings</Link>.
          </p>
        </>
      )}
    </VaultGate>
  );
}
