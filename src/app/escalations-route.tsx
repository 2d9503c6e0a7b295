// Escalation records: only behind the vault.
import { VaultGate } from '../features/vault/vault-gate';
import { EscalationRoutes } from '../features/escalations/escalation-routes';

export function EscalationsRoute() {
  return (
    <VaultGate>
      <EscalationRoutes />
    </VaultGate>
  );
}
