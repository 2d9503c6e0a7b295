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

/** What else the anonymiser may know: professionals whose names must survive. */
export interface AnonymiseContext {
  knownProfessionals?: { name: string }[];
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

/** True when `span` overlaps any of `spans`. */
export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((other) => overlaps(span, other));
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
