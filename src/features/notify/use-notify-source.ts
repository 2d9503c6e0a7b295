// What a notification is made from, live: the decrypted record and the exact policy pack version
// it follows.
import { useEscalationRecord, type OpenedRecord } from '../../data/escalation-record-hooks';
import { usePackVersion } from '../../data/packs-repository';
import type { PolicyPack } from '../../domain/policy/policy-pack';

export type NotifySourceState =
  | { kind: 'loading' }
  | { kind: 'locked' }
  | { kind: 'not-found' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; record: OpenedRecord; pack: PolicyPack };

/** The record with this id and its pack, ready when both have loaded. */
export function useNotifySource(escalationId: string): NotifySourceState {
  const state = useEscalationRecord(escalationId);
  const escalation = state.kind === 'ready' ? state.record.escalation : undefined;
  const pack = usePackVersion(escalation?.packId, escalation?.packVersion);
  if (state.kind !== 'ready') return state;
  if (pack === undefined) return { kind: 'loading' };
  if (pack === null) {
    const { packId, packVersion } = state.record.escalation;
    return {
      kind: 'error',
      message: `This record follows policy “${packId}” version ${packVersion}, which is not on this device. Import that policy pack in Settings, or restore a backup that includes it, then try again.`,
    };
  }
  return { kind: 'ready', record: state.record, pack };
}
