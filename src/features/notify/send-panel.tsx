// Step 3: send the prepared file. "Share" hands it to the device's share sheet (the user picks
// their secure mail app) inside the tap itself; otherwise Download, Open e-mail and Print.
import { useEffect, useRef } from 'react';
import type { PackForNotification } from '../../domain/notification/notification-model';
import { notificationMailto, notificationSubject } from './mailto';
import { useSubjectPrefix } from './notify-settings-section';
import { canShareFile, useSendActions, type PreparedFile } from './send-actions';

function WhySecure({ form }: { form: PackForNotification['notificationForm'] }) {
  const sources = [...new Set(form.sending.map((guidance) => guidance.source))].join('; ');
  return (
    <div className="notify-why">
      <p>
        Send it only from an accredited secure work mailbox (for example NHSmail, or your
        organisation’s encrypted e-mail): the form is OFFICIAL-SENSITIVE, and ordinary e-mail is not
        secure.
      </p>
      {form.sending.length > 0 && (
        <>
          <p>The policy says ({sources}):</p>
          <ul>
            {form.sending.map((guidance) => (
              <li key={guidance.text}>{guidance.text}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

interface SendPanelProps {
  prepared: PreparedFile;
  pack: PackForNotification;
}

export function SendPanel({ prepared, pack }: SendPanelProps) {
  const { file, caseRef, notificationId } = prepared;
  const form = pack.notificationForm;
  const prefix = useSubjectPrefix();
  const heading = useRef<HTMLHeadingElement>(null);
  const actions = useSendActions(prepared);
  const shareable = canShareFile(file);
  const mailbox = form.recipient.mailbox;
  const mailto = notificationMailto({ mailbox, prefix, caseRef, fileName: file.name });

  useEffect(() => {
    heading.current?.focus();
  }, [notificationId]);

  return (
    <section aria-labelledby="notify-send-heading" className="notify-step notify-send">
      <h2 id="notify-send-heading" ref={heading} tabIndex={-1}>
        3. Send it securely
      </h2>
      <p>
        <strong>{file.name}</strong> is ready. It goes to {form.recipient.role}
        {mailbox ? ` (${mailbox})` : ''}.
      </p>
      <WhySecure form={form} />
      {shareable && (
        <div className="notify-share">
          <button type="button" className="button" onClick={actions.share}>
            Share
          </button>
          <p className="field__hint">
            Choose your secure work mail app. To print from an iPad, choose Print in the share
            sheet.
          </p>
        </div>
      )}
      <div className="button-group">
        <button
          type="button"
          className={`button${shareable ? ' button--secondary' : ''}`}
          onClick={actions.download}
        >
          Download
        </button>
        <a className="button button--secondary" href={mailto} onClick={actions.emailed}>
          Open e-mail
        </a>
        <button type="button" className="button button--secondary" onClick={actions.print}>
          Print
        </button>
      </div>
      <p className="field__hint">
        Open e-mail starts a message with the subject “{notificationSubject(prefix, caseRef)}”. An
        e-mail link cannot attach the file for you: attach the file you downloaded. Print opens the
        PDF in a new tab; on an iPad, use Share, then Print.
      </p>
      <p className="notify-status" role="status">
        {actions.status}
      </p>
    </section>
  );
}
