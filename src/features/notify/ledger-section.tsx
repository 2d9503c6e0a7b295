// The sent ledger on the notify page: every notification prepared from this record, what happened
// to it, and the actions still open (make the file again, confirm it was sent, receipt confirmed).
import { useState } from 'react';
import {
  appendNotificationEvent,
  useNotificationsFor,
  type StoredNotification,
} from '../../data/notifications-repository';
import type { IsoDateTime } from '../../domain/calendar/iso-date';
import { londonDateOf } from '../../domain/calendar/london-time';
import { longDateTime } from '../../domain/escalation/escalation-text';
import { describeNotificationEvent } from '../../domain/notification/notification-events';
import { supersededIds } from '../../domain/notification/notification-versions';
import { ConfirmSentForm } from './confirm-sent-form';
import type { PrepareStatus } from './use-prepare';

interface EntryProps {
  notification: StoredNotification;
  currentRevision: number;
  defaultRecipient: string;
  today: () => string;
  onRemake: (notification: StoredNotification) => void;
  remaking: boolean;
  remakeProblem: string | null;
  /** Prepared but not sent before a later version was prepared. */
  superseded: boolean;
}

function LedgerEntry(props: EntryProps) {
  const { notification, currentRevision, defaultRecipient, today, onRemake, remaking } = props;
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');
  const sent = notification.status === 'sent';
  const received = notification.events.some((event) => event.type === 'receipt-confirmed');

  function confirmReceipt() {
    const at = new Date().toISOString() as IsoDateTime;
    appendNotificationEvent(notification.id, { type: 'receipt-confirmed', at }).catch(() =>
      setProblem('This could not be saved on this device. Try again.'),
    );
  }

  return (
    <li className="notify-ledger__entry">
      <h3 className="notify-ledger__title">
        {notification.fileName}{' '}
        <span className={`notify-tag${sent ? ' notify-tag--done' : ''}`}>
          {sent
            ? received
              ? 'Sent, receipt confirmed'
              : 'Sent'
            : props.superseded
              ? 'Superseded'
              : 'Not yet sent'}
        </span>
      </h3>
      {props.superseded && (
        <p className="field__hint">
          A later version was prepared after this one, so this one is not counted as waiting to be
          sent. Send the latest; if you did send this one, confirm it below.
        </p>
      )}
      {notification.recordRevision !== currentRevision && (
        <p className="field__hint">Prepared from an earlier version of the record.</p>
      )}
      <ol className="notify-ledger__events">
        {notification.events.map((event, index) => (
          <li key={`${event.type}-${event.at}-${index}`}>
            {describeNotificationEvent(event)}{' '}
            <span className="notify-ledger__when">({longDateTime(event.at)})</span>
          </li>
        ))}
      </ol>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          disabled={remaking}
          onClick={() => onRemake(notification)}
        >
          {remaking ? 'Preparing the PDF…' : 'Make the file again'}{' '}
          <span className="visually-hidden">({notification.fileName})</span>
        </button>
        {!sent && !confirming && (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            Confirm it was sent <span className="visually-hidden">({notification.fileName})</span>
          </button>
        )}
        {sent && !received && (
          <button type="button" className="button button--secondary" onClick={confirmReceipt}>
            Receipt confirmed <span className="visually-hidden">({notification.fileName})</span>
          </button>
        )}
      </div>
      {(problem || props.remakeProblem) && (
        <p className="field__error" role="alert">
          {problem || props.remakeProblem}
        </p>
      )}
      {confirming && (
        <ConfirmSentForm
          notificationId={notification.id}
          preparedOn={londonDateOf(notification.preparedAt)}
          today={londonDateOf(today() as IsoDateTime)}
          defaultRecipient={defaultRecipient}
          onDone={() => setConfirming(false)}
        />
      )}
    </li>
  );
}

interface LedgerSectionProps {
  escalationId: string;
  currentRevision: number;
  defaultRecipient: string;
  onRemake: (notification: StoredNotification) => void;
  status: PrepareStatus;
}

const readClock = () => new Date().toISOString();

export function LedgerSection(props: LedgerSectionProps) {
  const { escalationId, currentRevision, defaultRecipient, onRemake, status } = props;
  const state = useNotificationsFor(escalationId);
  const superseded =
    state.kind === 'ready' ? supersededIds(state.notifications) : new Set<string>();
  return (
    <section aria-labelledby="notify-ledger-heading" className="notify-step">
      <h2 id="notify-ledger-heading">Notifications prepared from this record</h2>
      {state.kind === 'loading' && <p role="status">Loading…</p>}
      {state.kind === 'locked' && <p>Unlock Escalate to see the notifications.</p>}
      {state.kind === 'error' && <p className="field__error">{state.message}</p>}
      {state.kind === 'ready' && state.notifications.length === 0 && (
        <p>None yet. Once you prepare one, it is listed here until you confirm it was sent.</p>
      )}
      {state.kind === 'ready' && state.notifications.length > 0 && (
        <ul className="notify-ledger">
          {[...state.notifications].reverse().map((notification) => (
            <LedgerEntry
              key={notification.id}
              notification={notification}
              currentRevision={currentRevision}
              defaultRecipient={defaultRecipient}
              today={readClock}
              onRemake={onRemake}
              superseded={superseded.has(notification.id)}
              remaking={status.kind === 'working' && status.notificationId === notification.id}
              remakeProblem={
                status.kind === 'error' && status.notificationId === notification.id
                  ? status.message
                  : null
              }
            />
          ))}
        </ul>
      )}
    </section>
  );
}
