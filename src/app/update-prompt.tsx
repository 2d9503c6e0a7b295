// Prompt-before-update (docs/decisions/0001): a new version waits until the user chooses to load it,
// and every draft is saved before the reload.
import { useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { flushAllDrafts } from '../data/draft-flushers';
import { NotificationBanner } from '../ui/notification-banner';

const HOURLY = 60 * 60 * 1000;

export function UpdatePrompt() {
  const [updating, setUpdating] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration) setInterval(() => void registration.update().catch(() => {}), HOURLY);
    },
  });

  async function update() {
    setUpdating(true);
    await flushAllDrafts();
    await updateServiceWorker(true);
  }

  if (needRefresh) {
    return (
      <NotificationBanner
        title="A new version of Escalate is ready"
        actions={
          <button
            type="button"
            className="button"
            onClick={() => void update()}
            disabled={updating}
          >
            {updating ? 'Saving your work and updating…' : 'Update'}
          </button>
        }
        onDismiss={() => setNeedRefresh(false)}
        dismissLabel="Not now"
      >
        <p>Your work is saved first. Nothing changes until you choose Update.</p>
      </NotificationBanner>
    );
  }
  if (offlineReady) {
    return (
      <NotificationBanner
        title="Escalate now works offline"
        tone="success"
        onDismiss={() => setOfflineReady(false)}
      >
        <p>You can use it on this device without a connection.</p>
      </NotificationBanner>
    );
  }
  return null;
}
