// Escalation records: only behind the vault.
import { VaultGate } from '../features/vault/vault-gate';
import { EscalationsPage } from '../features/escalations/escalations-page';

export function EscalationsRoute() {
  return (
    <VaultGate>
      <EscalationsPage />
    </VaultGate>
  );
}
