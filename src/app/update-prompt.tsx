// Prompt-before-update (docs/decisions/0001): a new version waits until the user chooses to load it,
// and every draft is saved before the reload. The service worker is registered once the page has
// started (decision 0065): installing it fetches and stores every file of the app, work that would
// otherwise compete with the page's own start on a phone's few cores.
import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { flushAllDrafts } from '../data/draft-flushers';
import { NotificationBanner } from '../ui/notification-banner';

const HOURLY = 60 * 60 * 1000;

/** The registration waits at least this long after the first render: the page's later parts draw meanwhile. */
export const REGISTER_DELAY_MS = 1000;

/** The longest it then waits for the browser to be idle. */
export const REGISTER_WAIT_LIMIT_MS = 2000;

/**
 * Calls `start` once REGISTER_DELAY_MS has passed and then the browser is idle (requestIdleCallback,
 * at most REGISTER_WAIT_LIMIT_MS later); where it cannot say (Safari has no requestIdleCallback),
 * once REGISTER_DELAY_MS has passed. Returns a cancel function.
 */
export function whenIdle(start: () => void, target: Partial<Window> = window): () => void {
  let cancelIdle = () => {};
  const timer = setTimeout(() => {
    if (typeof target.requestIdleCallback !== 'function') return start();
    const handle = target.requestIdleCallback(start, { timeout: REGISTER_WAIT_LIMIT_MS });
    cancelIdle = () => target.cancelIdleCallback?.(handle);
  }, REGISTER_DELAY_MS);
  return () => {
    clearTimeout(timer);
    cancelIdle();
  };
}

/** Nothing until the page has started; then the service worker's registration and its banners. */
export function UpdatePrompt() {
  const [started, setStarted] = useState(false);
  useEffect(() => whenIdle(() => setStarted(true)), []);
  return started ? <ServiceWorkerPrompt /> : null;
}

function ServiceWorkerPrompt() {
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
