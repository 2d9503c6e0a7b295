// Tells the user when another tab upgraded the database or the connection to storage was lost.
import { useEffect, useState } from 'react';
import { reopenDatabase, subscribeToDatabaseEvents } from '../data/database';
import { flushAllDrafts } from '../data/draft-flushers';
import { NotificationBanner } from '../ui/notification-banner';

type Problem = 'upgraded-elsewhere' | 'connection-lost' | undefined;

export function DatabaseEventsBanner() {
  const [problem, setProblem] = useState<Problem>();

  useEffect(() => {
    return subscribeToDatabaseEvents((event) => {
      if (event.type === 'versionchange') {
        void flushAllDrafts().finally(() => setProblem('upgraded-elsewhere'));
        return;
      }
      // The connection closed unexpectedly (iPadOS does this to apps in the background): try once.
      void reopenDatabase().then((ok) => setProblem(ok ? undefined : 'connection-lost'));
    });
  }, []);

  if (problem === 'upgraded-elsewhere') {
    return (
      <NotificationBanner
        title="Escalate was updated in another tab"
        tone="warning"
        actions={
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload now
          </button>
        }
      >
        <p>Your work has been saved. Reload this page to carry on with the new version.</p>
      </NotificationBanner>
    );
  }
  if (problem === 'connection-lost') {
    return (
      <NotificationBanner
        title="Escalate lost its connection to this device’s storage"
        tone="error"
        actions={
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload now
          </button>
        }
      >
        <p>Your saved work is safe. Reload the page to carry on.</p>
      </NotificationBanner>
    );
  }
  return null;
}
