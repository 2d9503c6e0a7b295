// Escalation records and their notifications: only behind the vault.
import { Route, Routes } from 'react-router';
import { VaultGate } from '../features/vault/vault-gate';
import { EscalationRoutes } from '../features/escalations/escalation-routes';
import { NotifyRoutes } from '../features/notify/notify-routes';
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

export function NotificationsRoute() {
  return (
    <VaultGate>
      <Routes>
        <Route path=":escalationId/*" element={<NotifyRoutes />} />
      </Routes>
    </VaultGate>
  );
}
