// Every field of a notification under review with its proposals, in two passes: whatever is hidden
// everywhere in one field is then proposed in every other field too, in any case or form, so
// "Lulu" hidden in the reason cannot print as "lulu" in a discussion.
import type { ReviewItem } from '../notification/notification-model';
import {
  caseTermFindings,
  CHOSEN_IN_THIS_REVIEW,
  HIDDEN_EARLIER,
  HIDDEN_IN_ANOTHER_FIELD,
  isHiddenTerm,
  type CaseTerms,
} from './case-terms';
import type { Proposals } from './proposals';
import type { Finding } from '../anonymise/types';
import {
  findingKey,
  finalText,
  freshField,
  isChecked,
  withCaseChoices,
  type FieldReview,
  type FieldView,
} from './review-rules';
import { groupProposals, rememberHiddenTerms, type TermGroup } from './term-groups';
import { termKey } from './term-search';

/**
 * The agencies of the record that are also the child's school ("Wexbury Primary School" for a
 * school's designated safeguarding lead), compared folded; the school's own name when one is.
 */
export function schoolAgency(
  school: string | undefined,
  agencies: readonly string[],
): string | null {
  const key = school ? termKey(school) : '';
  if (key.length < 3) return null;
  const match = agencies.some((agency) => {
    const agencyKey = termKey(agency);
    return agencyKey !== '' && (agencyKey.includes(key) || key.includes(agencyKey));
  });
  return match ? (school?.trim() ?? null) : null;
}

/** True for a field that names agencies because the form asks for them. */
function isAgencyField(item: ReviewItem): boolean {
  return /\bagenc(?:y|ies)\b/i.test(item.label);
}

/** The agencies whose names print in agency fields: not one the reviewer hid for the case. */
export interface AgencyNames {
  /** The child's school when it is also an agency of the record ({@link schoolAgency}). */
  readonly school: string | null;
  /** The record's own agencies: the raiser's and every professional's. */
  readonly agencies: readonly string[];
  readonly caseTerms: CaseTerms;
}

/**
 * In an agency field, a school proposed where it is the child's school or one of the record's own
 * agencies (a school's designated safeguarding lead) is printed unless the reviewer hid it for the
 * case: the form asks for the agency. Elsewhere it stays hidden.
 */
function withAgencySchool(
  field: FieldReview,
  item: ReviewItem,
  findings: readonly Finding[],
  names: AgencyNames,
): FieldReview {
  if (!isAgencyField(item)) return field;
  const keys = [names.school, ...names.agencies]
    .filter((name): name is string => name !== null && !isHiddenTerm(names.caseTerms, name))
    .map(termKey)
    .filter((key) => key.length >= 3);
  if (keys.length === 0) return field;
  const decisions = { ...field.decisions };
  let changed = false;
  for (const finding of findings) {
    const spanKey = findingKey(finding);
    if (finding.type !== 'school' || decisions[spanKey] !== undefined) continue;
    if (isHiddenTerm(names.caseTerms, finding.original)) continue;
    const found = termKey(finding.original);
    if (!keys.some((key) => key.includes(found) || found.includes(key))) continue;
    decisions[spanKey] = 'show';
    changed = true;
  }
  return changed ? { ...field, decisions } : field;
}

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
  names: AgencyNames,
): ReviewedFieldView[] {
  return items.map((item) => {
    const stored = fields[item.key] ?? freshField(item.text);
    const { findings, failed } = propose(stored.source, terms);
    const field = withAgencySchool(withCaseChoices(stored, findings, terms), item, findings, names);
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

/** Where in `text` a term of `terms` is found, as span keys. */
function termSpans(text: string, terms: CaseTerms): Set<string> {
  return new Set(caseTermFindings(text, terms).map(findingKey));
}

/**
 * The views with each case-term proposal giving its true reason. Only a term on the list when the
 * review opened (`earlier`) was hidden earlier in the case; one added since was the reviewer's
 * choice in this review; one added by this notification's own hiding keeps the anonymiser's reason
 * where the anonymiser proposed it (`first`, the first pass), and elsewhere says it was hidden in
 * another field. On a record's first review every proposal said "Hidden earlier in this case".
 */
function withTrueReasons(
  views: readonly ReviewedFieldView[],
  first: readonly ReviewedFieldView[],
  caseTerms: CaseTerms,
  earlier: CaseTerms,
): ReviewedFieldView[] {
  return views.map((view, index) => {
    if (!view.findings.some((finding) => finding.reason === HIDDEN_EARLIER)) return view;
    const text = view.field.source;
    const fromEarlier = termSpans(text, earlier);
    const fromCase = termSpans(text, caseTerms);
    const anonymiser = new Map(
      (first[index]?.findings ?? [])
        .filter((finding) => finding.reason !== HIDDEN_EARLIER)
        .map((finding) => [findingKey(finding), finding.reason]),
    );
    const findings = view.findings.map((finding): Finding => {
      if (finding.reason !== HIDDEN_EARLIER) return finding;
      const key = findingKey(finding);
      if (fromEarlier.has(key)) return finding;
      if (fromCase.has(key)) return { ...finding, reason: CHOSEN_IN_THIS_REVIEW };
      return { ...finding, reason: anonymiser.get(key) ?? HIDDEN_IN_ANOTHER_FIELD };
    });
    return { ...view, findings };
  });
}

/**
 * The review's fields for `items`. First each field's own proposals (the anonymiser's and the
 * case's hidden terms); then every term hidden everywhere is added for this notification and the
 * fields are proposed again, so one hidden term is hidden in every field. `school` is the child's
 * school when it is also an agency of the record ({@link schoolAgency}); it and the record's own
 * `agencies` print in agency fields unless hidden for the case. `earlier` is the case's list as it
 * stood when the review opened (by default `caseTerms`), so each proposal can say truly why it is
 * made.
 */
export function reviewViews(
  items: readonly ReviewItem[],
  fields: Readonly<Record<string, FieldReview>>,
  propose: (text: string, terms: CaseTerms) => Proposals,
  caseTerms: CaseTerms,
  school: string | null = null,
  agencies: readonly string[] = [],
  earlier: CaseTerms = caseTerms,
): ReviewViews {
  const agency: AgencyNames = { school, agencies, caseTerms };
  const first = viewsWith(items, fields, propose, caseTerms, agency);
  const terms = rememberHiddenTerms(caseTerms, groupsOf(first, caseTerms));
  if (terms === caseTerms) {
    const views = withTrueReasons(first, first, caseTerms, earlier);
    return { views, groups: groupsOf(views, caseTerms), terms };
  }
  const views = withTrueReasons(
    viewsWith(items, fields, propose, terms, agency),
    first,
    caseTerms,
    earlier,
  );
  return { views, groups: groupsOf(views, terms), terms };
}
