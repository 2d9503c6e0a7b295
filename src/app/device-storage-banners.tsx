// Warnings about where records may not survive: Safari tabs on iPad/iPhone, private windows, and
// storage failures that reached no other handler.
import { useEffect, useState } from 'react';
import { looksLikePrivateBrowsing } from '../data/durability';
import { describeStorageError, isStorageError } from '../data/storage-errors';
import { readSetting, writeSetting } from '../data/settings-repository';
import { NotificationBanner } from '../ui/notification-banner';
import { readBrowserEnvironment, shouldAdviseHomeScreenInstall } from './install-advice';

const INSTALL_DISMISSED = 'banner.installAdvice.dismissed';

function useStorageFailure(): [string | undefined, () => void] {
  const [message, setMessage] = useState<string>();
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      if (isStorageError(event.reason)) setMessage(describeStorageError(event.reason).message);
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, []);
  return [message, () => setMessage(undefined)];
}

export function DeviceStorageBanners() {
  const [installAdvice, setInstallAdvice] = useState(false);
  const [privateWindow, setPrivateWindow] = useState(false);
  const [storageFailure, clearStorageFailure] = useStorageFailure();

  useEffect(() => {
    // In a task of its own: the first storage estimate and reads of the browser's details cost a few
    // milliseconds on a phone, in what would otherwise be the first render's one long effects task.
    const timer = setTimeout(() => {
      if (shouldAdviseHomeScreenInstall(readBrowserEnvironment())) {
        void readSetting(INSTALL_DISMISSED, false)
          .then((dismissed) => setInstallAdvice(!dismissed))
          .catch(() => setInstallAdvice(true));
      }
      void looksLikePrivateBrowsing({
        isSecureContext: window.isSecureContext,
        hasServiceWorker: 'serviceWorker' in navigator,
        ...(navigator.storage?.estimate && { estimate: () => navigator.storage.estimate() }),
      }).then(setPrivateWindow);
    }, 0);
    return () => clearTimeout(timer);
  }, []);

  return (
    <>
      {storageFailure && (
        <NotificationBanner
          title="Your change was not saved"
          tone="error"
          onDismiss={clearStorageFailure}
        >
          <p>{storageFailure}</p>
        </NotificationBanner>
      )}
      {privateWindow && (
        <NotificationBanner title="This looks like a private window" tone="warning">
          <p>
            Records you enter here will be lost when this window closes. Open Escalate in a normal
            window before you record anything.
          </p>
        </NotificationBanner>
      )}
      {installAdvice && (
        <NotificationBanner
          title="Add Escalate to your Home Screen before you record anything"
          tone="warning"
          onDismiss={() => {
            setInstallAdvice(false);
            void writeSetting(INSTALL_DISMISSED, true);
          }}
        >
          <p>
            In a Safari tab, your records can be deleted if you do not open Escalate for seven days,
            and records made in Safari do not appear in the Home Screen app. Tap the Share button,
            then “Add to Home Screen”, and use Escalate from there.
          </p>
        </NotificationBanner>
      )}
    </>
  );
}
