// The review's rules, pure: which redactions apply, the exact text that will print, spans the user
// hides themselves, and what survives when the record changes after a review.
import type { Finding } from '../../domain/anonymise/anonymise';
import type { ReviewItem } from '../../domain/notification/notification-model';
import type { PrintedDecision, PrintedFieldReview } from '../../data/notifications-repository';
import type {
  FieldReviewDraft,
  NotificationReviewDraft,
} from '../../data/notifications-repository-review';

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
 * Whether a proposal is hidden. Every proposal is hidden unless the user chose to keep it, so no
 * identifier reaches the PDF without an explicit choice; low confidence only marks it "less certain".
 */
export function isHidden(finding: Span, field: Pick<FieldReviewDraft, 'decisions'>): boolean {
  return field.decisions[findingKey(finding)] !== 'show';
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
  field: FieldReviewDraft,
): Redaction[] {
  const proposed = findings
    .filter((finding) => isHidden(finding, field))
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
export function finalText(findings: readonly Finding[], field: FieldReviewDraft): string {
  return applyRedactions(field.source, activeRedactions(findings, field));
}

/** True when the user confirmed exactly the text that would print now. */
export function isChecked(field: FieldReviewDraft, final: string): boolean {
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every place `phrase` appears in `source`, ignoring capitals and treating any run of spaces or
 * line breaks alike. Nothing for a blank phrase.
 */
export function spansOfPhrase(source: string, phrase: string): Span[] {
  const words = phrase.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'giu');
  return [...source.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
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
export function hideSpans(field: FieldReviewDraft, spans: readonly Span[]): FieldReviewDraft {
  if (spans.length === 0) return field;
  return { ...field, manual: mergeSpans([...field.manual, ...spans]) };
}

/** The field with one of the user's own spans shown again. */
export function showSpan(field: FieldReviewDraft, span: Span): FieldReviewDraft {
  return { ...field, manual: field.manual.filter((s) => findingKey(s) !== findingKey(span)) };
}

/** The field with a proposal hidden or kept. */
export function decide(field: FieldReviewDraft, finding: Span, hide: boolean): FieldReviewDraft {
  return {
    ...field,
    decisions: { ...field.decisions, [findingKey(finding)]: hide ? 'hide' : 'show' },
  };
}

/** A field not yet reviewed. */
export function freshField(source: string): FieldReviewDraft {
  return { source, decisions: {}, manual: [], checkedFinal: null };
}

/** Why the stored review no longer holds, for the notice on the review screen. */
export interface ReviewNotice {
  /** Labels of the fields that are new or whose text changed (their choices start again). */
  changedLabels: string[];
}

/** The review to show for the record as it is now, and why it was reset, if it was. */
export interface ReconciledReview {
  review: NotificationReviewDraft;
  notice: ReviewNotice | null;
}

function reconcileField(
  item: ReviewItem,
  stored: FieldReviewDraft | undefined,
  sameRevision: boolean,
): { field: FieldReviewDraft; changed: boolean } {
  const typed = item.origin === 'typed-at-notify';
  if (!stored) return { field: freshField(item.text), changed: !sameRevision };
  const unchanged = typed || stored.source === item.text;
  if (!unchanged) return { field: freshField(item.text), changed: true };
  return { field: sameRevision ? stored : { ...stored, checkedFinal: null }, changed: false };
}

/**
 * The review for the record as it is now. A review made against another revision of the record is
 * no longer valid: every field must be checked again, keeping the choices of fields whose text is
 * unchanged (and the text typed at notification); a field whose text changed starts again.
 */
export function reconcileReview(
  stored: NotificationReviewDraft | undefined,
  items: readonly ReviewItem[],
  record: { escalationId: string; revision: number },
  now: string,
): ReconciledReview {
  const sameRevision = stored?.recordRevision === record.revision;
  const fields: Record<string, FieldReviewDraft> = {};
  const changedLabels: string[] = [];
  for (const item of items) {
    const result = reconcileField(item, stored?.fields[item.key], sameRevision);
    fields[item.key] = result.field;
    if (result.changed) changedLabels.push(item.label);
  }
  const invalidated = stored !== undefined && (!sameRevision || changedLabels.length > 0);
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
  field: FieldReviewDraft,
): PrintedDecision[] {
  const proposed = findings.map((finding): PrintedDecision => ({
    start: finding.start,
    end: finding.end,
    original: finding.original,
    replacement: finding.replacement,
    origin: 'proposed',
    type: finding.type,
    confidence: finding.confidence,
    hidden: isHidden(finding, field),
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
  field: FieldReviewDraft;
  findings: Finding[];
  final: string;
  checked: boolean;
}

/** What the ledger keeps of a review: each field's source, final text and every decision. */
export function printedReview(views: readonly FieldView[]): Record<string, PrintedFieldReview> {
  return Object.fromEntries(
    views.map((view) => [
      view.item.key,
      {
        label: view.item.label,
        source: view.field.source,
        final: view.final,
        decisions: printedDecisions(view.findings, view.field),
      },
    ]),
  );
}

/** The final text of every field, keyed as the notification model expects. */
export function reviewedTextOf(views: readonly FieldView[]): Record<string, string> {
  return Object.fromEntries(views.map((view) => [view.item.key, view.final]));
}
