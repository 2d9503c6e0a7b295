// The stages a record has been at, as choices for the discussion form, in the order it reached them.
import type { Choice } from './choice-fields';
import { placeName } from './record-text';
import type { OpenRecord } from './use-open-record';

/** Each stage or urgent route the record has been at, once, in the order it got there. */
export function escalationStageChoices(opened: OpenRecord): Choice[] {
  const { escalation } = opened.record;
  const current = escalation.stageHistory.at(-1)?.stageId;
  const seen = new Set<string>();
  return escalation.stageHistory.flatMap((visit) => {
    if (seen.has(visit.stageId)) return [];
    seen.add(visit.stageId);
    const name = placeName(opened.pack, visit);
    return [{ value: visit.stageId, label: visit.stageId === current ? `${name} (now)` : name }];
  });
}
