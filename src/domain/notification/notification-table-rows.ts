// The 'table-row' layout (Wiltshire's form): one row per stage the escalation went through, each
// column filled by its binding for that stage; bindings about the whole escalation fill row one.
import type { Discussion, StageVisit } from '../escalation/escalation';
import type { FieldBinding } from '../policy/policy-pack';
import {
  discussionsForForm,
  fixed,
  joinValues,
  labelled,
  referredToPartnershipAt,
  type DraftContext,
  type DraftValue,
} from './notification-draft';
import {
  agreedActionsValue,
  closureValue,
  discussionValue,
  feedbackValue,
  hasBinding,
  issueValue,
  visitReasonValue,
  wholeEscalationValue,
} from './notification-values';
import {
  discussionProfessionalsValue,
  recordProfessionalsValue,
} from './notification-professionals';
import { shortDateOf, stageName } from './notification-wording';

/** One row's stage visit, with the discussions held during it. */
interface RowScope {
  readonly index: number;
  readonly visit: StageVisit | null;
  readonly next: StageVisit | null;
  readonly isLast: boolean;
  readonly discussions: readonly Discussion[];
}

/** The row a discussion belongs to: the latest visit to its stage that began before it was held. */
function rowOfDiscussion(entry: Discussion, visits: readonly StageVisit[]): number {
  const held = Date.parse(entry.heldAt);
  let sameStage = -1;
  let earlier = 0;
  visits.forEach((visit, index) => {
    const began = Date.parse(visit.enteredAt) <= held;
    if (visit.stageId === entry.stageId && (began || sameStage < 0)) sameStage = index;
    if (began) earlier = index;
  });
  return sameStage >= 0 ? sameStage : earlier;
}

function rowScopes(context: DraftContext): RowScope[] {
  const visits = context.escalation.stageHistory;
  const discussions = discussionsForForm(context.escalation, context.discussions);
  const count = Math.max(visits.length, 1);
  return Array.from({ length: count }, (_, index) => ({
    index,
    visit: visits[index] ?? null,
    next: visits[index + 1] ?? null,
    isLast: index === count - 1,
    discussions: discussions.filter((entry) => rowOfDiscussion(entry, visits) === index),
  }));
}

function rowOutcome(context: DraftContext, row: RowScope): DraftValue {
  if (row.isLast) return closureValue(context, !hasBinding(context, 'outstanding-issues'));
  if (!row.next) return [];
  const next = stageName(context.pack, row.next);
  return fixed(
    `Not resolved at this stage: moved to ${next} on ${shortDateOf(row.next.enteredAt)}.`,
  );
}

function rowFeedback(context: DraftContext, row: RowScope): DraftValue {
  const from = row.visit && row.index > 0 ? Date.parse(row.visit.enteredAt) : -Infinity;
  const until = row.next ? Date.parse(row.next.enteredAt) : Infinity;
  const entries = context.escalation.feedback.filter((entry) => {
    const at = Date.parse(entry.at);
    return at >= from && at < until;
  });
  return feedbackValue(context, entries);
}

type RowValue = (context: DraftContext, row: RowScope) => DraftValue;

/** Bindings that differ from row to row; every other binding fills the first row only. */
const PER_ROW: Partial<Record<FieldBinding, RowValue>> = {
  'escalation-date': (context, row) =>
    fixed(shortDateOf(row.visit?.enteredAt ?? context.escalation.createdAt)),
  stage: (context, row) => fixed(row.visit ? stageName(context.pack, row.visit) : ''),
  professionals: (context, row) =>
    row.discussions.length > 0
      ? discussionProfessionalsValue(context, row.discussions)
      : recordProfessionalsValue(context),
  issue: (context, row) =>
    row.index === 0
      ? issueValue(context)
      : labelled('Reason for escalating: ', visitReasonValue(context, row.index)),
  discussions: (_, row) =>
    joinValues(
      row.discussions.map((entry) => discussionValue(entry, null)),
      '\n\n',
    ),
  'actions-taken': (context, row) =>
    joinValues([
      row.index === 0 ? [] : labelled('Reason: ', visitReasonValue(context, row.index)),
      ...row.discussions.map((entry) =>
        labelled(`${shortDateOf(entry.heldAt)}: `, agreedActionsValue(entry)),
      ),
    ]),
  outcome: rowOutcome,
  feedback: rowFeedback,
  'date-referred-to-partnership': (context, row) => {
    const referred = referredToPartnershipAt(context.escalation, context.pack);
    if (!referred || !row.visit) return [];
    const from = Date.parse(row.visit.enteredAt);
    const until = row.next ? Date.parse(row.next.enteredAt) : Infinity;
    const at = Date.parse(referred);
    return at >= from && at < until ? fixed(shortDateOf(referred)) : [];
  },
};

/** The table's rows before review: one per stage visit, one cell per form field in order. */
export function draftTableRows(context: DraftContext): DraftValue[][] {
  const fields = context.pack.notificationForm.fields;
  return rowScopes(context).map((row) =>
    fields.map((field) => {
      const perRow = PER_ROW[field.binding];
      if (perRow) return perRow(context, row);
      return row.index === 0 ? wholeEscalationValue(field, context) : [];
    }),
  );
}
