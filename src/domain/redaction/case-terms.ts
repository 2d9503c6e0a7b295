// The case's identifier list: every term a reviewer hid in any notification of the record ("hide
// everywhere in this case") and every proposal they chose to keep. Together with the client
// details it is the record's identifier set, applied to every field of every later notification.
import { z } from 'zod';
import { identifierTypes, type Finding, type IdentifierType } from '../anonymise/types';
import { findTerm, termKey } from './term-search';

/** A term hidden everywhere in the case, with the placeholder it prints as. */
export interface HiddenTerm {
  text: string;
  type: IdentifierType | null;
  replacement: string;
}

/** The case-wide list kept (sealed) with the client details. */
export interface CaseTerms {
  hidden: HiddenTerm[];
  /** Terms the reviewer chose to keep, as written; compared by {@link termKey}. */
  kept: string[];
}

/** The list of a case nobody has reviewed yet. */
export const NO_CASE_TERMS: CaseTerms = { hidden: [], kept: [] };

/** The stored form, validated on the way in (it is read back from an encrypted row or a backup). */
export const caseTermsSchema: z.ZodType<CaseTerms> = z.strictObject({
  hidden: z.array(
    z.strictObject({
      text: z.string().min(1).max(1000),
      type: z.enum(identifierTypes as [IdentifierType, ...IdentifierType[]]).nullable(),
      replacement: z.string().min(1).max(100),
    }),
  ),
  kept: z.array(z.string().min(1).max(1000)),
});

/** What replaces a term the reviewer hid that the anonymiser had not proposed. */
export const HIDDEN_TERM_REPLACEMENT = '[redacted]';

/** The list with `term` hidden everywhere (and no longer kept). */
export function hideEverywhere(
  terms: CaseTerms,
  text: string,
  details: Pick<HiddenTerm, 'type' | 'replacement'> = {
    type: null,
    replacement: HIDDEN_TERM_REPLACEMENT,
  },
): CaseTerms {
  const key = termKey(text);
  if (key === '') return terms;
  return {
    hidden: [
      ...terms.hidden.filter((term) => termKey(term.text) !== key),
      { text: text.trim(), ...details },
    ],
    kept: terms.kept.filter((kept) => termKey(kept) !== key),
  };
}

/** The list with `term` kept everywhere (and no longer hidden). */
export function keepEverywhere(terms: CaseTerms, text: string): CaseTerms {
  const key = termKey(text);
  if (key === '') return terms;
  return {
    hidden: terms.hidden.filter((term) => termKey(term.text) !== key),
    kept: [...terms.kept.filter((kept) => termKey(kept) !== key), text.trim()],
  };
}

/** The list with `text` neither hidden nor kept: the default applies to it again. */
export function forgetTerm(terms: CaseTerms, text: string): CaseTerms {
  const key = termKey(text);
  return {
    hidden: terms.hidden.filter((term) => termKey(term.text) !== key),
    kept: terms.kept.filter((kept) => termKey(kept) !== key),
  };
}

/** True when the reviewer hid this term everywhere in the case. */
export function isHiddenTerm(terms: CaseTerms, text: string): boolean {
  const key = termKey(text);
  return terms.hidden.some((term) => termKey(term.text) === key);
}

/** True when the reviewer chose to keep this term in the case. */
export function isKeptTerm(terms: CaseTerms, text: string): boolean {
  const key = termKey(text);
  return terms.kept.some((kept) => termKey(kept) === key);
}

/**
 * Why a term of the case's list is proposed. The review ({@link reviewViews}) replaces this with
 * {@link CHOSEN_IN_THIS_REVIEW} or the anonymiser's own reason for a term that was not on the list
 * when the review opened, so "earlier" is said only of a term hidden before this review.
 */
export const HIDDEN_EARLIER = 'Hidden earlier in this case';

/** Why a term the reviewer hid everywhere in this review is proposed. */
export const CHOSEN_IN_THIS_REVIEW = 'You chose to hide this everywhere in this case';

/** Why a term is proposed where only its hiding in another field of this notification finds it. */
export const HIDDEN_IN_ANOTHER_FIELD = 'Hidden in another field of this notification';

/**
 * A finding for every place a hidden term of the case appears in `text` (any case, accents,
 * apostrophe style, possessive), so what was hidden once is proposed again in every field of every
 * later notification.
 */
export function caseTermFindings(text: string, terms: CaseTerms): Finding[] {
  return terms.hidden.flatMap((term) =>
    findTerm(text, term.text).map((span): Finding => ({
      ...span,
      type: term.type ?? 'name',
      original: text.slice(span.start, span.end),
      replacement: term.replacement,
      reason: HIDDEN_EARLIER,
      confidence: 'high',
    })),
  );
}
