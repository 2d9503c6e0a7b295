// The review's rules, pure: which redactions apply, the exact text that will print, spans the user
// hides themselves, and what survives when the record changes after a review.
import type { Finding } from '../anonymise/types';
import type { ReviewItem } from '../notification/notification-model';
import { isKeptTerm, NO_CASE_TERMS, type CaseTerms } from './case-terms';
import { findTerm } from './term-search';

/**
 * The user's review of one free-text field as they left it: the text reviewed (the record's, or
 * what they typed), the decisions that differ from the default (by `start:end`), the spans they
 * hid themselves, and the exact final text they confirmed ("I have checked this").
 */
export interface FieldReview {
  source: string;
  decisions: Record<string, 'hide' | 'show'>;
  manual: Span[];
  checkedFinal: string | null;
}

/** The review in progress for one escalation, made against one revision of the record. */
export interface NotificationReview {
  version: 1;
  escalationId: string;
  recordRevision: number;
  updatedAt: string;
  fields: Record<string, FieldReview>;
}

/** One decision as the ledger keeps it: a proposal kept or hidden, or a span the user hid. */
export interface PrintedDecision {
  start: number;
  end: number;
  original: string;
  replacement: string;
  origin: 'proposed' | 'added-by-user';
  /** The kind of identifier proposed, e.g. `name`; null for a span the user added. */
  type: string | null;
  confidence: 'high' | 'medium' | 'low' | null;
  hidden: boolean;
}

/** What was reviewed in one field of a prepared notification. */
export interface PrintedFieldReview {
  label: string;
  source: string;
  final: string;
  decisions: PrintedDecision[];
}

/** What replaces text the user hid themselves. */
export const MANUAL_REPLACEMENT = '[redacted]';

/** A half-open range of offsets into a field's source text. */
export interface Span {
  start: number;
  end: number;
}

interface Redaction extends Span {
  replacement: string;
}

/** The key of a proposed redaction in the decisions map. */
export function findingKey(span: Span): string {
  return `${span.start}:${span.end}`;
}

/**
 * Whether a proposal is hidden. Every proposal is hidden unless the user chose to keep it, in this
 * field or everywhere in the case, so no identifier reaches the PDF without an explicit choice; low
 * confidence only marks it "less certain". A choice made in the field wins over the case's.
 */
export function isHidden(
  finding: Span & { original?: string },
  field: Pick<FieldReview, 'decisions'>,
  terms: CaseTerms = NO_CASE_TERMS,
): boolean {
  const decision = field.decisions[findingKey(finding)];
  if (decision) return decision === 'hide';
  return finding.original === undefined || !isKeptTerm(terms, finding.original);
}

/**
 * The field with the case's "keep" choices written in as its own decisions for the proposals that
 * have none, so anything showing the field alone shows what will print.
 */
export function withCaseChoices(
  field: FieldReview,
  findings: readonly Finding[],
  terms: CaseTerms,
): FieldReview {
  const kept = findings.filter(
    (finding) =>
      field.decisions[findingKey(finding)] === undefined && isKeptTerm(terms, finding.original),
  );
  if (kept.length === 0) return field;
  const decisions = { ...field.decisions };
  for (const finding of kept) decisions[findingKey(finding)] = 'show';
  return { ...field, decisions };
}

function manualLast(redaction: Redaction): number {
  return redaction.replacement === MANUAL_REPLACEMENT ? 1 : 0;
}

/**
 * Overlapping redactions joined. A redaction inside another is absorbed by it (so a span hidden
 * twice, proposed and by hand, keeps the proposal's readable placeholder); two that only overlap
 * become one, replaced by the plain placeholder.
 */
function mergeRedactions(redactions: readonly Redaction[]): Redaction[] {
  const sorted = [...redactions].sort(
    (a, b) => a.start - b.start || b.end - a.end || manualLast(a) - manualLast(b),
  );
  const merged: Redaction[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (!last || next.start >= last.end) merged.push({ ...next });
    else if (next.end > last.end) {
      last.end = next.end;
      last.replacement = MANUAL_REPLACEMENT;
    }
  }
  return merged;
}

/** The redactions that apply to a field: hidden proposals and the user's own, merged. */
export function activeRedactions(
  findings: readonly Finding[],
  field: FieldReview,
  terms: CaseTerms = NO_CASE_TERMS,
): Redaction[] {
  const proposed = findings
    .filter((finding) => isHidden(finding, field, terms))
    .map(({ start, end, replacement }) => ({ start, end, replacement }));
  const manual = field.manual.map(({ start, end }) => ({
    start,
    end,
    replacement: MANUAL_REPLACEMENT,
  }));
  return mergeRedactions([...proposed, ...manual]);
}

/** The source text with each redaction replaced. */
export function applyRedactions(source: string, redactions: readonly Redaction[]): string {
  let text = '';
  let at = 0;
  for (const redaction of redactions) {
    text += source.slice(at, redaction.start) + redaction.replacement;
    at = redaction.end;
  }
  return text + source.slice(at);
}

/** The exact text that will print for a field. */
export function finalText(
  findings: readonly Finding[],
  field: FieldReview,
  terms: CaseTerms = NO_CASE_TERMS,
): string {
  return applyRedactions(field.source, activeRedactions(findings, field, terms));
}

/** True when the user confirmed exactly the text that would print now. */
export function isChecked(field: FieldReview, final: string): boolean {
  return field.checkedFinal === final;
}

const WORD_CHARACTER = /[\p{L}\p{N}'’-]/u;

/**
 * A selection widened to whole words (so no part of a name is left showing) and trimmed of spaces;
 * null when nothing but spaces is selected.
 */
export function expandToWords(source: string, span: Span): Span | null {
  let start = Math.max(0, Math.min(span.start, span.end));
  let end = Math.min(source.length, Math.max(span.start, span.end));
  while (start < end && /\s/u.test(source.charAt(start))) start += 1;
  while (end > start && /\s/u.test(source.charAt(end - 1))) end -= 1;
  if (start === end) return null;
  while (start > 0 && WORD_CHARACTER.test(source.charAt(start - 1))) start -= 1;
  while (end < source.length && WORD_CHARACTER.test(source.charAt(end))) end += 1;
  return { start, end };
}

/**
 * Every place `phrase` appears in `source` as whole words, ignoring capitals, accents and apostrophe
 * style and treating any run of spaces or line breaks alike. Nothing for a blank phrase.
 */
export function spansOfPhrase(source: string, phrase: string): Span[] {
  return findTerm(source, phrase);
}

function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The field with more of its text hidden by the user (overlapping spans are joined). */
export function hideSpans(field: FieldReview, spans: readonly Span[]): FieldReview {
  if (spans.length === 0) return field;
  return { ...field, manual: mergeSpans([...field.manual, ...spans]) };
}

/** The field with one of the user's own spans shown again. */
export function showSpan(field: FieldReview, span: Span): FieldReview {
  return { ...field, manual: field.manual.filter((s) => findingKey(s) !== findingKey(span)) };
}

/** The field with a proposal hidden or kept. */
export function decide(field: FieldReview, finding: Span, hide: boolean): FieldReview {
  return {
    ...field,
    decisions: { ...field.decisions, [findingKey(finding)]: hide ? 'hide' : 'show' },
  };
}

/** A field not yet reviewed. */
export function freshField(source: string): FieldReview {
  return { source, decisions: {}, manual: [], checkedFinal: null };
}

/** Why the stored review no longer holds, for the notice on the review screen. */
export interface ReviewNotice {
  /** Labels of the fields that are new or whose text changed (their choices start again). */
  changedLabels: string[];
}

/** The review to show for the record as it is now, and why it was reset, if it was. */
export interface ReconciledReview {
  review: NotificationReview;
  notice: ReviewNotice | null;
}

function reconcileField(
  item: ReviewItem,
  stored: FieldReview | undefined,
  sameRevision: boolean,
): { field: FieldReview; changed: boolean } {
  const typed = item.origin === 'typed-at-notify';
  if (!stored) return { field: freshField(item.text), changed: !sameRevision };
  const unchanged = typed || stored.source === item.text;
  if (!unchanged) return { field: freshField(item.text), changed: true };
  return { field: stored, changed: false };
}

/**
 * The review for the record as it is now. A field whose text changed (or that is new) starts
 * again; a field whose text did not change keeps its choices and stays checked for as long as its
 * final text is the one the user confirmed, so logging another discussion does not reset every
 * tick. The notice lists the fields that start again.
 */
export function reconcileReview(
  stored: NotificationReview | undefined,
  items: readonly ReviewItem[],
  record: { escalationId: string; revision: number },
  now: string,
): ReconciledReview {
  const sameRevision = stored?.recordRevision === record.revision;
  const fields: Record<string, FieldReview> = {};
  const changedLabels: string[] = [];
  for (const item of items) {
    const result = reconcileField(item, stored?.fields[item.key], sameRevision);
    fields[item.key] = result.field;
    if (result.changed) changedLabels.push(item.label);
  }
  const invalidated = stored !== undefined && changedLabels.length > 0;
  return {
    review: {
      version: 1,
      escalationId: record.escalationId,
      recordRevision: record.revision,
      updatedAt: invalidated ? now : (stored?.updatedAt ?? now),
      fields,
    },
    notice: invalidated ? { changedLabels } : null,
  };
}

function printedDecisions(
  findings: readonly Finding[],
  field: FieldReview,
  terms: CaseTerms,
): PrintedDecision[] {
  const proposed = findings.map((finding): PrintedDecision => ({
    start: finding.start,
    end: finding.end,
    original: finding.original,
    replacement: finding.replacement,
    origin: 'proposed',
    type: finding.type,
    confidence: finding.confidence,
    hidden: isHidden(finding, field, terms),
  }));
  const added = field.manual.map((span): PrintedDecision => ({
    ...span,
    original: field.source.slice(span.start, span.end),
    replacement: MANUAL_REPLACEMENT,
    origin: 'added-by-user',
    type: null,
    confidence: null,
    hidden: true,
  }));
  return [...proposed, ...added].sort((a, b) => a.start - b.start);
}

/** One field as the review screen shows it. */
export interface FieldView {
  item: ReviewItem;
  field: FieldReview;
  findings: Finding[];
  final: string;
  checked: boolean;
}

/** What the ledger keeps of a review: each field's source, final text and every decision. */
export function printedReview(
  views: readonly FieldView[],
  terms: CaseTerms = NO_CASE_TERMS,
): Record<string, PrintedFieldReview> {
  return Object.fromEntries(
    views.map((view) => [
      view.item.key,
      {
        label: view.item.label,
        source: view.field.source,
        final: view.final,
        decisions: printedDecisions(view.findings, view.field, terms),
      },
    ]),
  );
}

/** The final text of every field, keyed as the notification model expects. */
export function reviewedTextOf(views: readonly FieldView[]): Record<string, string> {
  return Object.fromEntries(views.map((view) => [view.item.key, view.final]));
}
