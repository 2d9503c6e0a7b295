// What a notification is made from, live: the decrypted record and the exact policy pack version
// it follows.
import { useEffect, useState } from 'react';
import { useEscalationRecord, type OpenedRecord } from '../../data/escalation-record-hooks';
import { findPack } from '../../data/packs-repository';
import type { PolicyPack } from '../../domain/policy/policy-pack';

export type NotifySourceState =
  | { kind: 'loading' }
  | { kind: 'locked' }
  | { kind: 'not-found' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; record: OpenedRecord; pack: PolicyPack };

type PackLookup = { key: string; pack: PolicyPack | null };

/** The pack with this id and version: undefined while looking, null when it is not on the device. */
function usePack(packId: string | undefined, version: number | undefined) {
  const key = packId === undefined ? undefined : `${packId}@${String(version)}`;
  const [found, setFound] = useState<PackLookup>();
  useEffect(() => {
    if (packId === undefined || version === undefined) return;
    let current = true;
    const settle = (pack: PolicyPack | null) => {
      if (current) setFound({ key: `${packId}@${String(version)}`, pack });
    };
    void findPack(packId, version).then(
      (pack) => settle(pack ?? null),
      () => settle(null),
    );
    return () => {
      current = false;
    };
  }, [packId, version]);
  return found !== undefined && found.key === key ? found.pack : undefined;
}

/** The record with this id and its pack, ready when both have loaded. */
export function useNotifySource(escalationId: string): NotifySourceState {
  const state = useEscalationRecord(escalationId);
  const escalation = state.kind === 'ready' ? state.record.escalation : undefined;
  const pack = usePack(escalation?.packId, escalation?.packVersion);
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
