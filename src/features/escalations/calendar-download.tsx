// "Add to my calendar": open records' due dates as an .ics file. It names only the case reference,
// the partnership and the stage, so no client detail leaves the device in it.
import { useState } from 'react';
import { readDueRecord, readOpenDueRecords } from '../../data/escalation-queries';
import { useAvailablePacks } from '../../data/packs-repository';
import { buildCalendar } from '../../domain/calendar/ics-calendar';
import type { IsoDateTime } from '../../domain/calendar/iso-date';
import { londonDateOf } from '../../domain/calendar/london-time';
import { dueReminders } from '../../domain/escalation/due-reminders';
import { downloadFile } from '../../ui/download';
import { countOf } from '../../domain/plural';

/** Downloads the due date of one record (`escalationId`), or of every open record. */
export function CalendarDownload({ escalationId }: { escalationId?: string }) {
  const packs = useAvailablePacks();
  const [message, setMessage] = useState('');
  const download = async () => {
    const records = escalationId
      ? [await readDueRecord(escalationId)].filter((record) => record !== null)
      : await readOpenDueRecords();
    if (records.length === 0) {
      setMessage('There is no due date to add: no open escalation has one.');
      return;
    }
    const now = new Date().toISOString() as IsoDateTime;
    const events = dueReminders(
      records,
      (packs ?? []).map(({ pack }) => pack),
    );
    const name = escalationId
      ? `${records[0]?.caseRef ?? 'escalation'}-due-date.ics`
      : `escalate-due-dates-${londonDateOf(now)}.ics`;
    downloadFile(
      new Blob([buildCalendar(events, now)], { type: 'text/calendar' }),
      name,
      'text/calendar',
    );
    setMessage(
      `Calendar file made with ${countOf(events.length, 'due date')}. Open it to add ${events.length === 1 ? 'it' : 'them'} to your calendar.`,
    );
  };
  return (
    <div className="calendar-download">
      <button type="button" className="button button--secondary" onClick={() => void download()}>
        {escalationId ? 'Add the due date to my calendar' : 'Add due dates to my calendar'}
      </button>
      <p className="field__hint">
        The calendar file names only the case reference, the partnership and the stage: no client
        details. Download it again after a change to update your calendar.
      </p>
      <p role="status">{message}</p>
    </div>
  );
}
