// Escalation records: only behind the vault. The notification review (and the anonymiser with its
// gazetteer) is a separate chunk, notifications-route.tsx, loaded only when a notification is opened.
import { VaultGate } from '../features/vault/vault-gate';
import { EscalationRoutes } from '../features/escalations/escalation-routes';
import { recordPageSections } from '../ui/render-slot';
import { RecordNotificationLink } from './record-notification-link';

export function EscalationsRoute() {
  return (
    <VaultGate>
      <recordPageSections.Provider value={(props) => <RecordNotificationLink {...props} />}>
        <EscalationRoutes />
      </recordPageSections.Provider>
    </VaultGate>
  );
}
