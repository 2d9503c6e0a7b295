// The user's escalation records: what is due, and finding any record.
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../ui/page-title';
import { Dashboard } from './dashboard';
import { EscalationSearch } from './escalation-search';

export function EscalationsPage() {
  usePageTitle('Escalations');
  const message = (useLocation().state as { message?: string } | null)?.message;
  return (
    <>
      <h1>Escalations</h1>
      {message && (
        <p className="banner banner--success" role="status">
          {message}
        </p>
      )}
      <p>
        <Link to="/escalations/new" className="button">
          Start an escalation
        </Link>
      </p>
      <Dashboard />
      <EscalationSearch />
    </>
  );
}
