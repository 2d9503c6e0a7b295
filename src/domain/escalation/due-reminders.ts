// Each open record's next due date as a calendar event that says only the case reference, the
// partnership and the stage: a calendar file leaves the device, so it carries no client detail.
import type { CalendarEvent } from '../calendar/ics-calendar';
import type { IsoDateTime } from '../calendar/iso-date';
import { londonDateOf } from '../calendar/london-time';
import { longDate, stageName, type StageNames } from '../record-vocabulary';

/** What a reminder is made from: clear, non-identifying fields of a record only. */
export interface DueRecord {
  id: string;
  caseRef: string;
  packId: string;
  stageId: string;
  dueAt: IsoDateTime;
}

/** A pack as far as a reminder names it. */
export interface ReminderPack extends StageNames {
  id: string;
  partnership: { name: string; shortName: string };
}

/**
 * One all-day event per record on its UK due date: "ESC-7KQ4-M2XD due: Stage 1: … (WSCB)". The
 * UID is stable for the record and stage, so importing a newer file updates the same event.
 */
export function dueReminders(
  records: readonly DueRecord[],
  packs: readonly ReminderPack[],
): CalendarEvent[] {
  return records.map((record) => {
    const pack = packs.find((candidate) => candidate.id === record.packId);
    const stage = pack ? stageName(pack, { stageId: record.stageId }) : record.stageId;
    const partnership = pack?.partnership.name ?? record.packId;
    const date = londonDateOf(record.dueAt);
    return {
      uid: `${record.id}-${record.stageId}@escalate.invalid`,
      date,
      summary: `${record.caseRef} due: ${stage} (${pack?.partnership.shortName ?? record.packId})`,
      description: `Escalation ${record.caseRef}, under the ${partnership} policy, is due at ${stage} by ${longDate(date)}. Open Escalate to see the record.`,
    };
  });
}
