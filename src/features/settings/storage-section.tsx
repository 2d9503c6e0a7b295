// Whether this browser has promised to keep Escalate's records, and how much space they use.
import { useEffect, useState } from 'react';
import { useLoadingPart } from '../../ui/load-together';
import { readStorageStatus, requestPersistence, type StorageStatus } from '../../data/durability';

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

const PERSISTENCE_TEXT = {
  persisted: 'Kept: this browser has agreed not to clear Escalate’s records when space runs low.',
  'not-persisted':
    'Not guaranteed: this browser may clear Escalate’s records if the device runs short of space. Installing the app and using it regularly makes this more likely to be granted. Keep a backup.',
  unsupported: 'This browser does not say whether it will keep Escalate’s records. Keep a backup.',
} as const;

export function StorageSection() {
  const [status, setStatus] = useState<StorageStatus>();
  const [asking, setAsking] = useState(false);
  useLoadingPart(!status);

  useEffect(() => {
    void readStorageStatus().then(setStatus);
  }, []);

  async function ask() {
    setAsking(true);
    await requestPersistence();
    setStatus(await readStorageStatus());
    setAsking(false);
  }

  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage on this device</h2>
      {!status ? (
        <p role="status">Checking storage…</p>
      ) : (
        <dl className="summary-list">
          <div>
            <dt>Records kept</dt>
            <dd data-testid="persistence-status">{PERSISTENCE_TEXT[status.persistence]}</dd>
          </div>
          {status.usageBytes !== undefined && status.quotaBytes !== undefined && (
            <div>
              <dt>Space used</dt>
              <dd>
                {formatBytes(status.usageBytes)} of {formatBytes(status.quotaBytes)} available to
                Escalate
              </dd>
            </div>
          )}
        </dl>
      )}
      {status?.persistence === 'not-persisted' && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void ask()}
          disabled={asking}
        >
          {asking ? 'Asking…' : 'Ask the browser to keep records'}
        </button>
      )}
    </section>
  );
}
