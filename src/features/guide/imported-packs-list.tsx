// The policies imported on this device, every version, each with Export and Delete. Delete asks
// first, and is refused (with the reason) while an escalation record uses that version.
import { useState } from 'react';
import { deleteImportedPack, useImportedPacks } from '../../data/packs-repository';
import type { PolicyPack } from '../../domain/policy/policy-pack';
import { describeDateText } from '../../domain/record-vocabulary';
import { NotificationBanner } from '../../ui/notification-banner';
import { exportPack } from './pack-file';

const keyOf = (pack: PolicyPack) => `${pack.id}@${pack.version}`;

const formatDate = (iso: string) => describeDateText(iso, { withTime: false });

type Message = { tone: 'success' | 'error'; title: string; text: string } | null;

function ConfirmDelete({
  pack,
  onConfirm,
  onCancel,
}: {
  pack: PolicyPack;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="guide-confirm" role="group" aria-label={`Confirm deleting ${pack.title}`}>
      <p>
        Delete version {pack.version} of “{pack.title}” from this device? This cannot be undone.
      </p>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          Yes, delete it
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function PackRow({
  pack,
  importedAt,
  onMessage,
}: {
  pack: PolicyPack;
  importedAt: string;
  onMessage: (message: Message) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  async function remove() {
    setConfirming(false);
    const result = await deleteImportedPack(pack.id, pack.version).catch(() => ({
      ok: false,
      message: 'The policy could not be deleted on this device. Try again.',
    }));
    onMessage(
      result.ok
        ? {
            tone: 'success',
            title: 'Policy deleted',
            text: `Deleted version ${pack.version} of “${pack.title}”.`,
          }
        : {
            tone: 'error',
            title: 'Policy not deleted',
            text: result.message ?? 'It could not be deleted.',
          },
    );
  }
  return (
    <li className="card guide-imported">
      <h3 className="guide-card__title">{pack.partnership.name}</h3>
      <p>
        {pack.title} · version {pack.version} · id “{pack.id}” · imported {formatDate(importedAt)}
      </p>
      {confirming ? (
        <ConfirmDelete
          pack={pack}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div className="button-group">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => exportPack(pack)}
          >
            Export
            <span className="visually-hidden">
              {' '}
              version {pack.version} of {pack.title}
            </span>
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(true)}
          >
            Delete
            <span className="visually-hidden">
              {' '}
              version {pack.version} of {pack.title}
            </span>
          </button>
        </div>
      )}
    </li>
  );
}

export function ImportedPacksList() {
  const imported = useImportedPacks();
  const [message, setMessage] = useState<Message>(null);
  const sorted = [...(imported ?? [])].sort(
    (a, b) =>
      a.pack.partnership.name.localeCompare(b.pack.partnership.name) ||
      b.pack.version - a.pack.version,
  );
  return (
    <section aria-labelledby="imported-heading">
      <h2 id="imported-heading">Policies imported on this device</h2>
      {message && (
        <NotificationBanner
          title={message.title}
          tone={message.tone}
          onDismiss={() => setMessage(null)}
        >
          <p>{message.text}</p>
        </NotificationBanner>
      )}
      {imported === undefined ? (
        <p role="status">Loading…</p>
      ) : sorted.length === 0 ? (
        <p>No policies have been imported on this device.</p>
      ) : (
        <ul className="card-list guide-imported-list">
          {sorted.map(({ pack, importedAt }) => (
            <PackRow key={keyOf(pack)} pack={pack} importedAt={importedAt} onMessage={setMessage} />
          ))}
        </ul>
      )}
    </section>
  );
}
