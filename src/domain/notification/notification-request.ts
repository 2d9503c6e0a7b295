// Whether the policy asks for its notification (or the app's form standing in for one) now, for one
// escalation record, which form, and why: worked out from the pack's trigger and the record alone.
import type { Escalation } from '../escalation/escalation';
import type { NotificationForm, Stage } from '../policy/policy-pack';
import { longDateOf, stageName, type StageNames } from './notification-wording';

/** The parts of a pack the answer reads; a whole validated `PolicyPack` is one. */
export interface PackForRequest extends StageNames {
  readonly stages: readonly Pick<Stage, 'id' | 'label' | 'title'>[];
  readonly notificationForm: Pick<NotificationForm, 'title' | 'trigger'>;
}

/**
 * The answer. `asked` says whether the policy asks for the form now; `because` says what in the
 * record makes it so; `when` is the pack's own trigger wording, with its `source`.
 */
export interface NotificationRequest {
  readonly asked: boolean;
  readonly formTitle: string;
  readonly because: string;
  readonly when: string;
  readonly source: string;
}

type RecordState = Pick<Escalation, 'status' | 'stageHistory' | 'resolution' | 'referral'>;

function lastStageName(escalation: RecordState, pack: PackForRequest): string {
  const last = escalation.stageHistory.at(-1);
  return last ? stageName(pack, last) : 'its first stage';
}

function closedWords(escalation: RecordState, pack: PackForRequest): string | null {
  const where = lastStageName(escalation, pack);
  if (escalation.status === 'resolved') return `It was resolved at ${where}`;
  if (escalation.status === 'withdrawn') return `It was withdrawn at ${where}`;
  return null;
}

function onResolution(escalation: RecordState, pack: PackForRequest): [boolean, string] {
  const where = lastStageName(escalation, pack);
  if (escalation.status === 'resolved') {
    const on = escalation.resolution ? ` on ${longDateOf(escalation.resolution.resolvedAt)}` : '';
    return [true, `This disagreement was resolved at ${where}${on}.`];
  }
  if (escalation.status === 'withdrawn') return [false, `It was withdrawn at ${where}.`];
  if (escalation.status === 'referred-to-partnership') {
    return [false, `It was referred to the partnership at ${where} and has not been resolved.`];
  }
  return [false, `It is not resolved yet: it is at ${where}.`];
}

function onStageReached(
  escalation: RecordState,
  pack: PackForRequest,
  atStageId: string,
): [boolean, string] {
  const target = pack.stages.findIndex((stage) => stage.id === atStageId);
  const targetName = stageName(pack, { kind: 'stage', stageId: atStageId });
  const reached = escalation.stageHistory.find(
    (visit) =>
      visit.kind === 'stage' &&
      target >= 0 &&
      pack.stages.findIndex((stage) => stage.id === visit.stageId) >= target,
  );
  if (reached) {
    return [true, `It reached ${targetName} on ${longDateOf(reached.enteredAt)}.`];
  }
  if (escalation.status === 'referred-to-partnership') {
    const on = escalation.referral ? ` on ${longDateOf(escalation.referral.at)}` : '';
    return [true, `It was referred to the partnership${on}.`];
  }
  const closed = closedWords(escalation, pack);
  if (closed) return [false, `${closed}, without reaching ${targetName}.`];
  return [false, `It has not reached ${targetName}: it is at ${lastStageName(escalation, pack)}.`];
}

function onUnresolved(escalation: RecordState, pack: PackForRequest): [boolean, string] {
  if (escalation.status === 'referred-to-partnership') {
    return [true, 'It was referred to the partnership unresolved.'];
  }
  const closed = closedWords(escalation, pack);
  if (closed) return [false, `${closed}.`];
  return [false, `It is still being worked on at ${lastStageName(escalation, pack)}.`];
}

/**
 * Whether the pack's notification form is asked for now, for this record:
 * - `resolved`: once the record is resolved (at whichever stage);
 * - `stage-reached`: once the record has been at that stage or a later one, or was referred to the
 *   partnership (which passes every stage), whether or not it was resolved afterwards;
 * - `unresolved`: once the record has been referred to the partnership unresolved.
 */
export function notificationRequest(
  escalation: RecordState,
  pack: PackForRequest,
): NotificationRequest {
  const form = pack.notificationForm;
  const { trigger } = form;
  const [asked, because] =
    trigger.event === 'resolved'
      ? onResolution(escalation, pack)
      : trigger.event === 'stage-reached' && trigger.atStageId !== null
        ? onStageReached(escalation, pack, trigger.atStageId)
        : onUnresolved(escalation, pack);
  return { asked, formTitle: form.title, because, when: trigger.text, source: trigger.source };
}

/** The title printed on a form the policy does not ask for: it never claims to be the notification. */
export const UNASKED_TITLE = 'Summary of an escalation: not a notification the policy asks for';

/** The warning printed on such a form, saying what the policy asks for instead. */
export function unaskedNotice(request: NotificationRequest): string {
  return `The policy does not ask for “${request.formTitle}” for this record. ${request.because} The policy asks for it only: ${lowerFirst(request.when)} (Source: ${request.source})`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
