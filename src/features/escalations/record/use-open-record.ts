// Everything a record's pages need, live: the decrypted record, the exact policy pack version it
// started under, and the user's working-day calendar.
import { useCalendarSettings } from '../../../data/calendar-settings-repository';
import { useEscalationRecord, type OpenedRecord } from '../../../data/escalation-record-hooks';
import { usePackVersion } from '../../../data/packs-repository';
import type { DueDateOptions } from '../../../domain/calendar/due-dates';
import type { PolicyPack } from '../../../domain/policy/policy-pack';

/** A record ready to show or change: the record (live), its pack and the calendar to count with. */
export interface OpenRecord {
  record: OpenedRecord;
  pack: PolicyPack;
  calendar: DueDateOptions;
}

export type OpenRecordState =
  | { kind: 'loading' }
  | { kind: 'locked' }
  | { kind: 'not-found' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; open: OpenRecord };

function missingPack(record: OpenedRecord): OpenRecordState {
  const { packId, packVersion } = record.escalation;
  return {
    kind: 'error',
    message: `This record follows policy “${packId}” version ${packVersion}, which is not on this device. Import that policy pack in Settings, or restore a backup that includes it, then open the record again.`,
  };
}

/** The record with this id, its pack and the calendar, ready when all three have loaded. */
export function useOpenRecord(id: string): OpenRecordState {
  const state = useEscalationRecord(id);
  const calendar = useCalendarSettings();
  const escalation = state.kind === 'ready' ? state.record.escalation : undefined;
  const pack = usePackVersion(escalation?.packId, escalation?.packVersion);
  if (state.kind !== 'ready') return state;
  if (pack === null) return missingPack(state.record);
  if (pack === undefined || calendar === undefined) return { kind: 'loading' };
  return {
    kind: 'ready',
    open: {
      record: state.record,
      pack,
      calendar: { region: calendar.region, closedDays: calendar.closedDays },
    },
  };
}
