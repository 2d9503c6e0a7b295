// Routes under /escalations: the list, a new record, and each record with its actions.
import { Route, Routes } from 'react-router';
import { EscalationsPage } from './escalations-page';
import { StartEscalationPage } from './start-escalation-page';
import { RecordRoutes } from './record/record-routes';

export function EscalationRoutes() {
  return (
    <Routes>
      <Route index element={<EscalationsPage />} />
      <Route path="new" element={<StartEscalationPage />} />
      <Route path=":id/*" element={<RecordRoutes />} />
    </Routes>
  );
}
