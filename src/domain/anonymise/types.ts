// Shared types of the anonymiser (DESIGN.md §6): what it is told about the client and what it finds.
import type { IsoDate } from '../calendar/iso-date';

/** A person the client record names. */
export interface Person {
  firstName: string;
  lastName?: string;
  dob?: IsoDate;
}

/** A relative or carer of the child, with the identifiers the user typed in. */
export interface FamilyMember extends Person {
  relationship: string;
  phone?: string;
  email?: string;
  nino?: string;
  nhsNumber?: string;
}

/** The child at the centre of the escalation (possibly unborn, with an expected date of delivery). */
export interface ClientChild extends Person {
  preferredName?: string;
  middleNames?: string;
  nhsNumber?: string;
  upn?: string;
  edd?: IsoDate;
}

/** The client's identifying details, kept only to anonymise free text. */
export interface KnownClient {
  child: ClientChild;
  siblings?: Person[];
  familyMembers?: FamilyMember[];
  address?: { line1?: string; line2?: string; town?: string; postcode?: string };
  school?: string;
}

/** What else the anonymiser may know: professionals whose names, and agencies whose names and numbers, must survive. */
export interface AnonymiseContext {
  knownProfessionals?: { name: string }[];
  /** Agencies, teams and roles to keep wherever they appear (a policy pack's own). */
  keepTerms?: readonly string[];
  /** Agencies' own phone numbers (a pack's directory), kept unless the client record holds them. */
  keepPhones?: readonly string[];
}

/**
 * Kinds of identifier. `due-date` is an unborn child's expected date of delivery; `other-number` is
 * an identifying number that is not one of the checked kinds (a ten-digit number that is neither a
 * valid NHS number nor a phone number, a hospital, CHI, H&C, ULN, passport or driving-licence number);
 * `place` is a town or area that locates the family. Meeting and discussion dates are kept, so there
 * is no `other-date`.
 */
export type IdentifierType =
  | 'name'
  | 'date-of-birth'
  | 'due-date'
  | 'address'
  | 'postcode'
  | 'nhs-number'
  | 'upn'
  | 'ni-number'
  | 'phone'
  | 'email'
  | 'school'
  | 'other-number'
  | 'vehicle-registration'
  | 'social-media'
  | 'place';

/** Every identifier type, in the order reports list them. */
export const identifierTypes: readonly IdentifierType[] = [
  'name',
  'date-of-birth',
  'due-date',
  'address',
  'postcode',
  'nhs-number',
  'upn',
  'ni-number',
  'phone',
  'email',
  'school',
  'other-number',
  'vehicle-registration',
  'social-media',
  'place',
];

/** How sure the anonymiser is; low-confidence findings are proposals for the user to review. */
export type Confidence = 'high' | 'medium' | 'low';

/** One proposed redaction; `start`/`end` are offsets into the original text. */
export interface Finding {
  type: IdentifierType;
  start: number;
  end: number;
  original: string;
  replacement: string;
  reason: string;
  confidence: Confidence;
}

/** A region of the text no finding may overlap (a professional's name, a kept meeting date). */
export interface Span {
  start: number;
  end: number;
}

/** True when two half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Spans sorted by start with the furthest end reached so far, for logarithmic overlap tests. */
interface SpanIndex {
  length: number;
  starts: number[];
  maxEnds: number[];
}

const spanIndexes = new WeakMap<readonly Span[], SpanIndex>();

function indexSpans(spans: readonly Span[]): SpanIndex {
  const cached = spanIndexes.get(spans);
  if (cached?.length === spans.length) return cached;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((span) => span.start);
  const maxEnds: number[] = [];
  let furthest = -Infinity;
  for (const span of sorted) {
    furthest = Math.max(furthest, span.end);
    maxEnds.push(furthest);
  }
  const index = { length: spans.length, starts, maxEnds };
  spanIndexes.set(spans, index);
  return index;
}

/** The number of `starts` (sorted) below `value`. */
function countBelow(starts: readonly number[], value: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((starts[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * True when `span` overlaps any of `spans`. Long lists are indexed once (and re-indexed if they
 * grow), so a 100,000-character note with thousands of findings stays fast.
 */
export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  if (spans.length < 16) return spans.some((other) => overlaps(span, other));
  const { starts, maxEnds } = indexSpans(spans);
  const before = countBelow(starts, span.end);
  return before > 0 && (maxEnds[before - 1] ?? -Infinity) > span.start;
}

/** A finding for `text.slice(start, end)`. */
export function makeFinding(
  text: string,
  span: Span,
  details: Pick<Finding, 'type' | 'replacement' | 'reason' | 'confidence'>,
): Finding {
  return {
    ...details,
    start: span.start,
    end: span.end,
    original: text.slice(span.start, span.end),
  };
}

/** Sure findings of one type in `text`, and the function that adds one (a span and its reason). */
export function sureFindings(
  text: string,
  type: IdentifierType,
  replacement: string,
): { findings: Finding[]; add: (start: number, end: number, reason: string) => void } {
  const findings: Finding[] = [];
  const add = (start: number, end: number, reason: string): void => {
    findings.push(
      makeFinding(text, { start, end }, { type, replacement, reason, confidence: 'high' }),
    );
  };
  return { findings, add };
}

/** A place finding ("[place]") for `text.slice(start, end)`: a town, district, estate or suburb. */
export function placeFinding(
  text: string,
  span: Span,
  reason: string,
  confidence: Finding['confidence'],
): Finding {
  return makeFinding(text, span, { type: 'place', replacement: '[place]', reason, confidence });
}
