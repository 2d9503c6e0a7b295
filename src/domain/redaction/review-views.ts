// Every field of a notification under review with its proposals, in two passes: whatever is hidden
// everywhere in one field is then proposed in every other field too, in any case or form, so
// "Lulu" hidden in the reason cannot print as "lulu" in a discussion.
import type { ReviewItem } from '../notification/notification-model';
import type { CaseTerms } from './case-terms';
import type { Proposals } from './proposals';
import {
  finalText,
  freshField,
  isChecked,
  withCaseChoices,
  type FieldReview,
  type FieldView,
} from './review-rules';
import { groupProposals, rememberHiddenTerms, type TermGroup } from './term-groups';

/** One field as the review shows it, and whether the anonymiser could read it. */
export interface ReviewedFieldView extends FieldView {
  anonymiserFailed: boolean;
}

/** The fields, the proposals grouped by term, and the list that applied to them. */
export interface ReviewViews {
  views: ReviewedFieldView[];
  groups: TermGroup[];
  /** The case's list plus every term hidden in this notification. */
  terms: CaseTerms;
}

function viewsWith(
  items: readonly ReviewItem[],
  fields: Readonly<Record<string, FieldReview>>,
  propose: (text: string, terms: CaseTerms) => Proposals,
  terms: CaseTerms,
): ReviewedFieldView[] {
  return items.map((item) => {
    const stored = fields[item.key] ?? freshField(item.text);
    const { findings, failed } = propose(stored.source, terms);
    const field = withCaseChoices(stored, findings, terms);
    const final = finalText(findings, field);
    return {
      item,
      field,
      findings,
      final,
      checked: isChecked(field, final),
      anonymiserFailed: failed,
    };
  });
}

function groupsOf(views: readonly ReviewedFieldView[], terms: CaseTerms): TermGroup[] {
  return groupProposals(
    views.map(({ item, field, findings }) => ({
      key: item.key,
      label: item.label,
      field,
      findings,
    })),
    terms,
  );
}

/**
 * The review's fields for `items`. First each field's own proposals (the anonymiser's and the
 * case's hidden terms); then every term hidden everywhere is added for this notification and the
 * fields are proposed again, so one hidden term is hidden in every field.
 */
export function reviewViews(
  items: readonly ReviewItem[],
  fields: Readonly<Record<string, FieldReview>>,
  propose: (text: string, terms: CaseTerms) => Proposals,
  caseTerms: CaseTerms,
): ReviewViews {
  const first = viewsWith(items, fields, propose, caseTerms);
  const terms = rememberHiddenTerms(caseTerms, groupsOf(first, caseTerms));
  if (terms === caseTerms) return { views: first, groups: groupsOf(first, caseTerms), terms };
  const views = viewsWith(items, fields, propose, terms);
  return { views, groups: groupsOf(views, terms), terms };
}
