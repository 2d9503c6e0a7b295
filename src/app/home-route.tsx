// Home: the introduction, and (once records exist) what is due, loaded only when needed.
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { HomePage } from '../features/home/home-page';
import { useSetting } from '../data/settings-repository';
import { useVaultState } from '../data/vault-state';

const Dashboard = lazy(async () => ({
  default: (await import('../features/escalations/dashboard')).Dashboard,
}));

function HomeDashboard() {
  const vault = useVaultState();
  if (vault !== 'unlocked') {
    return (
      <p>
        <Link to="/escalations">Unlock Escalate</Link> to see what is due.
      </p>
    );
  }
  return (
    <Suspense fallback={<p role="status">Loading your escalations…</p>}>
      <Dashboard headingLevel={3} />
    </Suspense>
  );
}

export function HomeRoute() {
  const header = useSetting<unknown>('vault.header', null);
  return <HomePage>{header ? <HomeDashboard /> : null}</HomePage>;
}
