// The user's escalation records.
import { usePageTitle } from '../../ui/page-title';

export function EscalationsPage() {
  usePageTitle('Escalations');
  return (
    <>
      <h1>Escalations</h1>
      <p>You have no escalation records on this device yet.</p>
    </>
  );
}
