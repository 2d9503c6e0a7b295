// The review grouped by term, not by field: "Lulu — 5 places in 3 fields", hidden or kept with one
// choice for the whole case.
import type { Finding, IdentifierType } from '../anonymise/types';
import { hideEverywhere, isKeptTerm, NO_CASE_TERMS, type CaseTerms } from './case-terms';
import { findingKey, isHidden, type FieldReview } from './review-rules';
import {
  agencyWords,
  personalTitles,
  professionalTitles,
  roleWords,
} from '../anonymise/agency-words';
import { foldName } from '../anonymise/text';
import { commonWords, ordinaryWordNames } from '../anonymise/vocabulary';
import { termKey } from './term-search';

/** One field's proposals as grouping needs them. */
export interface GroupableField {
  key: string;
  label: string;
  field: FieldReview;
  findings: readonly Finding[];
}

/** Every proposal of one term across the notification. */
export interface TermGroup {
  /** The term's comparison key ({@link termKey}). */
  key: string;
  /** The term as first written. */
  term: string;
  type: IdentifierType;
  replacement: string;
  /** How many places it is proposed in, and in which fields. */
  places: number;
  fieldLabels: string[];
  /** `hidden` everywhere, `kept` everywhere, or `mixed` (chosen field by field). */
  state: 'hidden' | 'kept' | 'mixed';
  /** True when every place is a low-confidence proposal (it may be an ordinary word). */
  lessCertain: boolean;
}

/** The proposals of a notification grouped by term, in order of first appearance. */
export function groupProposals(
  fields: readonly GroupableField[],
  terms: CaseTerms = NO_CASE_TERMS,
): TermGroup[] {
  const groups = new Map<string, TermGroup & { hiddenCount: number }>();
  for (const { label, field, findings } of fields) {
    for (const finding of findings) {
      const key = termKey(finding.original);
      const group = groups.get(key) ?? {
        key,
        term: finding.original.trim(),
        type: finding.type,
        replacement: finding.replacement,
        places: 0,
        fieldLabels: [],
        state: 'hidden',
        lessCertain: true,
        hiddenCount: 0,
      };
      group.places += 1;
      if (!group.fieldLabels.includes(label)) group.fieldLabels.push(label);
      if (isHidden(finding, field, terms)) group.hiddenCount += 1;
      if (finding.confidence !== 'low') group.lessCertain = false;
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(({ hiddenCount, ...group }) => ({
    ...group,
    state: hiddenCount === group.places ? 'hidden' : hiddenCount === 0 ? 'kept' : 'mixed',
  }));
}

/**
 * The field with its own choices about one term dropped, so the choice made for the whole case
 * applies to it again.
 */
export function clearTermDecisions(
  field: FieldReview,
  findings: readonly Finding[],
  key: string,
): FieldReview {
  const drop = new Set(
    findings.filter((finding) => termKey(finding.original) === key).map(findingKey),
  );
  if (drop.size === 0) return field;
  const decisions = Object.fromEntries(
    Object.entries(field.decisions).filter(([spanKey]) => !drop.has(spanKey)),
  );
  return { ...field, decisions };
}

/** Terms longer than this (a pasted paragraph hidden by hand) are not remembered for the case. */
const LONGEST_REMEMBERED_TERM = 200;

/**
 * The case's list once a notification is prepared: every term hidden everywhere in it is added,
 * so what was hidden once stays hidden in later notifications unless the reviewer keeps it.
 */
export function rememberHiddenTerms(terms: CaseTerms, groups: readonly TermGroup[]): CaseTerms {
  let next = terms;
  const remember = (text: string, group: TermGroup) => {
    if (isKeptTerm(next, text)) return;
    const key = termKey(text);
    if (next.hidden.some((hidden) => termKey(hidden.text) === key)) return;
    next = hideEverywhere(next, text, { type: group.type, replacement: group.replacement });
  };
  for (const group of groups) {
    if (group.state !== 'hidden' || group.term.length > LONGEST_REMEMBERED_TERM) continue;
    remember(group.term, group);
    if (group.type === 'name')
      for (const word of distinctiveNameWords(group.term)) remember(word, group);
  }
  return next;
}

const NOT_A_NAME = new Set([
  ...commonWords,
  ...ordinaryWordNames,
  ...agencyWords,
  ...roleWords,
  ...personalTitles,
  ...professionalTitles,
]);

/** The words of a hidden full name that identify on their own ("Lulu" of "Lulu Tregothnan"). */
function distinctiveNameWords(name: string): string[] {
  const words = name.split(/[\s-]+/u);
  if (words.length < 2) return [];
  return words.filter(
    (word) => /^\p{Lu}\p{Ll}{2,}/u.test(word) && !NOT_A_NAME.has(foldName(word).replace(/'s$/, '')),
  );
}
