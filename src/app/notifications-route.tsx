// A record's notification: review, prepare, send and log it, only behind the vault. Its own chunk,
// so the anonymiser and its gazetteer load with the review, not with the record pages.
import { Route, Routes } from 'react-router';
import { VaultGate } from '../features/vault/vault-gate';
import { NotifyRoutes } from '../features/notify/notify-routes';

export function NotificationsRoute() {
  return (
    <VaultGate>
      <Routes>
        <Route path=":escalationId/*" element={<NotifyRoutes />} />
      </Routes>
    </VaultGate>
  );
}
