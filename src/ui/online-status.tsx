// Whether the device has a network connection. The app works either way; this only tells the user.
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function useOnlineStatus(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

export function OnlineIndicator() {
  const online = useOnlineStatus();
  return (
    <p
      className={`online-indicator online-indicator--${online ? 'online' : 'offline'}`}
      role="status"
    >
      <span className="online-indicator__dot" aria-hidden="true" />
      {online ? 'Online' : 'Offline – everything still works on this device'}
    </p>
  );
}
