// Acknowledge a notification: the receipt and plan of action as a short PDF, an e-mail with the
// same secure subject rule as notifications, and the date it was sent recorded in the register.
import { useState } from 'react';
import { updatePartnershipFields } from '../../data/register-repository';
import { useSetting } from '../../data/settings-repository';
import { isoDateTime } from '../../domain/calendar/iso-date';
import { londonDateOf } from '../../domain/calendar/london-time';
import { longDate } from '../../domain/record-vocabulary';
import {
  acknowledgementFileName,
  acknowledgementMailto,
  acknowledgementOf,
  SECURE_SUBJECT_PREFIX_SETTING,
  toSecureSubjectPrefix,
} from '../../domain/register/acknowledgement';
import type { RegisterEntry } from '../../domain/register/register-entry';
import { generateAcknowledgementPdf } from '../../pdf/generate-acknowledgement';
import { downloadFile } from '../../ui/download';

function today() {
  const at = isoDateTime(new Date().toISOString());
  return { at, on: londonDateOf(at) };
}

export function AcknowledgeSection(props: {
  entry: RegisterEntry;
  onSaved(entry: RegisterEntry): void;
}) {
  const { entry } = props;
  const prefix = toSecureSubjectPrefix(
    useSetting<unknown>(SECURE_SUBJECT_PREFIX_SETTING, '[secure]'),
  );
  const [message, setMessage] = useState<string | null>(null);
  const model = acknowledgementOf(entry, today().on);

  async function download() {
    setMessage('Preparing the acknowledgement…');
    try {
      downloadFile(
        await generateAcknowledgementPdf(model),
        acknowledgementFileName(model),
        'application/pdf',
      );
      setMessage(
        `Downloaded ${acknowledgementFileName(model)}. Attach it to the e-mail to the referrer.`,
      );
    } catch {
      setMessage(
        'The acknowledgement could not be made on this device. Reload the app and try again.',
      );
    }
  }

  async function recordSent() {
    const { at, on } = today();
    try {
      const saved = await updatePartnershipFields(
        entry,
        {
          acknowledgedOn: on,
          status:
            entry.partnership.status === 'received' ? 'acknowledged' : entry.partnership.status,
        },
        at,
      );
      props.onSaved(saved);
      setMessage('Recorded: the acknowledgement was sent today.');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'Could not record it. Try again.');
    }
  }

  return (
    <section aria-labelledby="acknowledge-heading">
      <h2 id="acknowledge-heading">Acknowledge to the referrer</h2>
      <p>
        Send the referrer the receipt and the plan of action. The e-mail’s subject carries only the
        case reference, starting “{prefix || 'no prefix'}” as in Settings; write nothing about the
        client in it.
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => void download()}>
          Download the acknowledgement (PDF)
        </button>
        <a className="button button--secondary" href={acknowledgementMailto(prefix, model)}>
          Write the e-mail
        </a>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void recordSent()}
        >
          Record it as sent today
        </button>
      </div>
      {entry.partnership.acknowledgedOn && (
        <p>Acknowledgement recorded as sent on {longDate(entry.partnership.acknowledgedOn)}.</p>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
