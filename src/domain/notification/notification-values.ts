// What each field binding prints for the escalation as a whole (the 'form' layout, and the first
// row of a table): fixed wording from structured fields, free text by reference for review.
import { formatLongDate, longDateOf, shortDateOf, stageName } from './notification-wording';
import {
  discussionsForForm,
  fixed,
  joinValues,
  labelled,
  referredToPartnershipAt,
  reviewed,
  typedAtNotify,
  type DraftContext,
  type DraftValue,
} from './notification-draft';
import {
  discussionHeading,
  discussionLabel,
  raisingAgencyValue,
  receivingAgenciesValue,
  recordProfessionalsValue,
} from './notification-professionals';
import type { Discussion } from '../escalation/escalation';
import type { FieldBinding, NotificationField } from '../policy/policy-pack';

/**
 * One discussion: a heading saying when, how, with whom (and at which stage, when `stage` is
 * given), then its reviewed summary and agreed actions.
 */
export function discussionValue(entry: Discussion, stage: string | null): DraftValue {
  return joinValues([
    discussionHeading(entry, stage),
    reviewed(`discussion.${entry.id}.summary`, `${discussionLabel(entry)}: summary`, entry.summary),
    labelled('Agreed actions: ', agreedActionsValue(entry)),
  ]);
}

/** The reviewed agreed actions of one discussion. */
export function agreedActionsValue(entry: Discussion): DraftValue {
  return reviewed(
    `discussion.${entry.id}.agreedActions`,
    `${discussionLabel(entry)}: agreed actions`,
    entry.agreedActions,
  );
}

/**
 * How the escalation ended (or that it has not): the reviewed agreed outcome and confirmation, the
 * referral or withdrawal with its reason; with `withOutstanding`, also the outstanding issues.
 */
export function closureValue(context: DraftContext, withOutstanding: boolean): DraftValue {
  const { escalation } = context;
  const { resolution, referral, withdrawal } = escalation;
  if (escalation.status === 'resolved' && resolution) {
    const confirmation = reviewed(
      'resolution.confirmationSentTo',
      'Who written confirmation of the outcome went to',
      resolution.confirmationSentTo,
    );
    const on = resolution.confirmationSentOn
      ? ` on ${formatLongDate(resolution.confirmationSentOn)}`
      : '';
    return joinValues([
      fixed(`Resolved on ${longDateOf(resolution.resolvedAt)}.`),
      reviewed('resolution.agreedOutcome', 'Agreed outcome', resolution.agreedOutcome),
      confirmation.length > 0
        ? [...fixed('Written confirmation sent to '), ...confirmation, ...fixed(`${on}.`)]
        : [],
      withOutstanding ? outstandingValue(context) : [],
    ]);
  }
  if (escalation.status === 'referred-to-partnership' && referral) {
    return joinValues([
      fixed(`Referred to the partnership on ${longDateOf(referral.at)}.`),
      reviewed('referral.reason', 'Reason for referral to the partnership', referral.reason),
    ]);
  }
  if (escalation.status === 'withdrawn' && withdrawal) {
    return joinValues([
      fixed(`Withdrawn on ${longDateOf(withdrawal.at)}.`),
      reviewed('withdrawal.reason', 'Reason for withdrawal', withdrawal.reason),
    ]);
  }
  const current = escalation.stageHistory.at(-1);
  if (!current) return fixed('Not yet resolved.');
  return fixed(
    `Not yet resolved: at ${stageName(context.pack, current)} since ${longDateOf(current.enteredAt)}.`,
  );
}

/** The outstanding issues and how they will be pursued. */
export function outstandingValue({ escalation }: DraftContext): DraftValue {
  const resolution = escalation.resolution;
  if (!resolution) return [];
  return joinValues([
    labelled(
      'Outstanding issues: ',
      reviewed('resolution.outstandingIssues', 'Outstanding issues', resolution.outstandingIssues),
    ),
    labelled(
      'How they will be pursued: ',
      reviewed(
        'resolution.howOutstandingWillBePursued',
        'How outstanding issues will be pursued',
        resolution.howOutstandingWillBePursued,
      ),
    ),
  ]);
}

/** The reviewed reason an escalation moved into the stage visit at `index` (none for the first). */
export function visitReasonValue(context: DraftContext, index: number): DraftValue {
  const visit = context.escalation.stageHistory[index];
  if (!visit || index === 0) return [];
  const stage = stageName(context.pack, visit);
  return reviewed(`stage-visit.${index}.reason`, `Reason for moving to ${stage}`, visit.reason);
}

/** The feedback entries given to the person who raised the concern, each dated. */
export function feedbackValue(
  context: DraftContext,
  entries = context.escalation.feedback,
): DraftValue {
  return joinValues(
    entries.map((entry) =>
      labelled(
        `${shortDateOf(entry.at)}: `,
        reviewed(`feedback.${entry.id}.text`, `Feedback on ${shortDateOf(entry.at)}`, entry.text),
      ),
    ),
  );
}

function clientGroup(field: NotificationField, { pack }: DraftContext): DraftValue {
  if (pack.partnership.audience === 'children') return fixed('Child or young person');
  if (pack.partnership.audience === 'adults') return fixed('Adult');
  return typedAtNotify(`field.${field.id}`, field.label);
}

function stageHistoryValue(context: DraftContext): DraftValue {
  return joinValues(
    context.escalation.stageHistory.map((visit, index) =>
      joinValues([
        fixed(`${shortDateOf(visit.enteredAt)} – ${stageName(context.pack, visit)}`),
        labelled('Reason: ', visitReasonValue(context, index)),
      ]),
    ),
  );
}

function allDiscussionsValue({ escalation, discussions, pack }: DraftContext): DraftValue {
  return joinValues(
    discussionsForForm(escalation, discussions).map((entry) =>
      discussionValue(entry, stageName(pack, { kind: 'stage', stageId: entry.stageId })),
    ),
    '\n\n',
  );
}

/**
 * The actions taken so far: each stage reached, and why; and, where the form has no field of its
 * own for them, the discussions logged (as reviewed), since they are the attempts to resolve it.
 */
function actionsTakenValue(context: DraftContext): DraftValue {
  if (hasBinding(context, 'discussions')) return stageHistoryValue(context);
  const discussions = allDiscussionsValue(context);
  return joinValues([stageHistoryValue(context), labelled('Discussions:\n', discussions)], '\n\n');
}

/** What is escalated (and the outcome sought, when the form has no field of its own for it). */
export function issueValue(context: DraftContext): DraftValue {
  const { statement } = context.escalation;
  return joinValues([
    reviewed('statement.whatIsEscalated', 'What is being escalated', statement.whatIsEscalated),
    hasBinding(context, 'outcome-sought')
      ? []
      : labelled('Outcome sought: ', outcomeSought(context)),
  ]);
}

/** True when the pack's form has a field with this binding. */
export function hasBinding(context: Pick<DraftContext, 'pack'>, binding: FieldBinding): boolean {
  return context.pack.notificationForm.fields.some((field) => field.binding === binding);
}

type WholeValue = (field: NotificationField, context: DraftContext) => DraftValue;

const WHOLE_ESCALATION: Record<FieldBinding, WholeValue> = {
  'escalation-date': (_, { escalation }) =>
    fixed(longDateOf(escalation.stageHistory[0]?.enteredAt ?? escalation.createdAt)),
  'notification-date': (_, { generatedOn }) =>
    fixed(generatedOn ? formatLongDate(generatedOn) : ''),
  'case-reference': (_, { escalation }) => fixed(escalation.caseRef),
  'client-group': clientGroup,
  stage: (_, { escalation, pack }) => {
    const last = escalation.stageHistory.at(-1);
    return fixed(last ? stageName(pack, last) : '');
  },
  'raising-agency': (_, context) => raisingAgencyValue(context),
  'receiving-agency': (_, context) => receivingAgenciesValue(context),
  professionals: (_, context) => recordProfessionalsValue(context),
  categories: (_, context) => fixed(categoryLabels(context).join('\n')),
  issue: (_, context) => issueValue(context),
  'outcome-sought': (_, context) => outcomeSought(context),
  'timescale-sought': (_, { escalation: { statement } }) =>
    fixed(
      statement.outcomeSoughtBy ? `By ${formatLongDate(statement.outcomeSoughtBy)}` : 'No date set',
    ),
  discussions: (_, context) => allDiscussionsValue(context),
  'actions-taken': (_, context) => actionsTakenValue(context),
  outcome: (_, context) => closureValue(context, !hasBinding(context, 'outstanding-issues')),
  'outstanding-issues': (_, context) => outstandingValue(context),
  feedback: (_, context) => feedbackValue(context),
  learning: (_, { escalation: { resolution } }) =>
    resolution ? reviewed('resolution.learning', 'Learning', resolution.learning) : [],
  'date-referred-to-partnership': (_, { escalation, pack }) => {
    const referred = referredToPartnershipAt(escalation, pack);
    return fixed(referred ? longDateOf(referred) : 'Not referred');
  },
  'completed-by': (field) => typedAtNotify(`field.${field.id}`, field.label),
  'free-text': (field) => typedAtNotify(`field.${field.id}`, field.label),
};

/** What a field prints for the escalation as a whole. */
export function wholeEscalationValue(field: NotificationField, context: DraftContext): DraftValue {
  return WHOLE_ESCALATION[field.binding](field, context);
}

function outcomeSought({ escalation }: DraftContext): DraftValue {
  return reviewed('statement.outcomeSought', 'Outcome sought', escalation.statement.outcomeSought);
}

function categoryLabels({ escalation, pack }: DraftContext): string[] {
  return escalation.categoryIds.map(
    (id) => pack.categories.find((category) => category.id === id)?.label ?? id,
  );
}
