// The notification before review: every value is a list of pieces, either fixed wording built from
// structured fields or a reference to one free-text value that must be reviewed before printing.
import type { IsoDate, IsoDateTime } from '../calendar/iso-date';
import type { Discussion, Escalation } from '../escalation/escalation';
import { discussionLog } from '../escalation/escalation-queries';
import type { Category, NotificationForm, Partnership, Stage } from '../policy/policy-pack';
import type { StageNames } from './notification-wording';

/**
 * One free-text value that will appear on the form. `text` is the record's own (unreviewed) text,
 * for the review screen only; `typed-at-notify` values are written on the review screen itself.
 */
export interface ReviewItem {
  readonly key: string;
  readonly label: string;
  readonly text: string;
  readonly origin: 'record' | 'typed-at-notify';
}

/** A piece of a value: fixed wording, or a free-text value printed only in its reviewed form. */
export type Piece =
  | { readonly kind: 'fixed'; readonly text: string }
  | { readonly kind: 'reviewed'; readonly item: ReviewItem };

/** A value before review. */
export type DraftValue = readonly Piece[];

/** The parts of a policy pack the notification reads; a whole validated `PolicyPack` is one. */
export interface PackForNotification extends StageNames {
  readonly stages: readonly Pick<Stage, 'id' | 'label' | 'title' | 'notifiesPartnership'>[];
  readonly partnership: Pick<Partnership, 'name' | 'audience'>;
  readonly categories: readonly Pick<Category, 'id' | 'label'>[];
  readonly notificationForm: NotificationForm;
}

/**
 * When the escalation reached the partnership: the date of its referral, or else of the first visit
 * to a stage at which the pack says the partnership is notified; null if neither happened.
 */
export function referredToPartnershipAt(
  escalation: Escalation,
  pack: Pick<PackForNotification, 'stages'>,
): IsoDateTime | null {
  if (escalation.referral) return escalation.referral.at;
  const notifies = new Set(
    pack.stages.filter((stage) => stage.notifiesPartnership).map((stage) => stage.id),
  );
  const visit = escalation.stageHistory.find(
    (candidate) => candidate.kind === 'stage' && notifies.has(candidate.stageId),
  );
  return visit?.enteredAt ?? null;
}

/** What the notification is built from, apart from the review. */
export interface NotificationSource {
  readonly escalation: Escalation;
  readonly discussions: readonly Discussion[];
  readonly pack: PackForNotification;
  /**
   * The notifying professional's own name (the user's, from My service), printed with the raising
   * role and agency where the form asks for the professionals involved; blank or absent when unset.
   */
  readonly notifierName?: string;
}

/** The source with the discussions as the form shows them, and the date of generation if known. */
export interface DraftContext extends NotificationSource {
  readonly generatedOn: IsoDate | null;
}

/** Fixed wording; nothing for an empty string. */
export function fixed(text: string): DraftValue {
  return text === '' ? [] : [{ kind: 'fixed', text }];
}

/** A free-text value from the record, to be printed only as reviewed; nothing when it is blank. */
export function reviewed(key: string, label: string, text: string): DraftValue {
  if (text.trim() === '') return [];
  return [{ kind: 'reviewed', item: { key, label, text, origin: 'record' } }];
}

/** A value the user writes at notification time (it has no source in the record). */
export function typedAtNotify(key: string, label: string): DraftValue {
  return [{ kind: 'reviewed', item: { key, label, text: '', origin: 'typed-at-notify' } }];
}

/** `prefix` followed by `value`, or nothing when `value` is empty. */
export function labelled(prefix: string, value: DraftValue): DraftValue {
  return value.length === 0 ? [] : [...fixed(prefix), ...value];
}

/** The non-empty values, one after another, separated by `separator` (a new line by default). */
export function joinValues(values: readonly DraftValue[], separator = '\n'): DraftValue {
  const present = values.filter((value) => value.length > 0);
  return present.flatMap((value, index) => (index === 0 ? value : [...fixed(separator), ...value]));
}

/**
 * The discussions the form shows, in the order they were held: this escalation's only, and where
 * an entry was corrected, its latest correction in place of the original (as the log shows it).
 */
export function discussionsForForm(
  escalation: Pick<Escalation, 'id'>,
  discussions: readonly Discussion[],
): Discussion[] {
  const own = discussions.filter((entry) => entry.escalationId === escalation.id);
  return discussionLog(own).map((entry) => entry.current);
}

/** Every review item in the values, once each, in the order they first appear. */
export function reviewItemsOf(values: readonly DraftValue[]): ReviewItem[] {
  const seen = new Map<string, ReviewItem>();
  for (const piece of values.flat()) {
    if (piece.kind === 'reviewed' && !seen.has(piece.item.key)) {
      seen.set(piece.item.key, piece.item);
    }
  }
  return [...seen.values()];
}

/**
 * The printed text of a value: fixed wording as it is, free text only from `reviewedText`. Keys
 * with no reviewed text are added to `missing` and print nothing.
 */
export function resolveValue(
  value: DraftValue,
  reviewedText: Readonly<Record<string, string>>,
  missing: Map<string, ReviewItem>,
): string {
  return value
    .map((piece) => {
      if (piece.kind === 'fixed') return piece.text;
      const text = Object.hasOwn(reviewedText, piece.item.key)
        ? reviewedText[piece.item.key]
        : undefined;
      if (text === undefined) missing.set(piece.item.key, piece.item);
      return text ?? '';
    })
    .join('');
}
