// NHS numbers, Unique Pupil Numbers and National Insurance numbers: check-digit validators and
// the finders that use them.
import { makeFinding, type Finding, type KnownClient } from './types';

/**
 * True when `value` (spaces and dashes ignored) is ten digits whose last digit is the NHS
 * modulus 11 check digit of the first nine (weights 10 down to 2; 11 → 0; 10 is never valid).
 */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(digits.charAt(i)) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits.charAt(9));
}

const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/**
 * The DfE check letter for the last twelve characters of a UPN: each character times its
 * position (2 to 13), summed, modulo 23, read from A–Z without I, O and S. A letter in the last
 * position (a temporary UPN) counts as its place in that same alphabet. Undefined for bad input.
 */
export function upnCheckLetter(body: string): string | undefined {
  if (!/^\d{11}[\dA-Z]$/.test(body)) return undefined;
  let sum = 0;
  for (let i = 0; i < 12; i += 1) {
    const char = body.charAt(i);
    const value = /\d/.test(char) ? Number(char) : UPN_LETTERS.indexOf(char);
    if (value < 0) return undefined;
    sum += value * (i + 2);
  }
  return UPN_LETTERS.charAt(sum % 23);
}

/** True when `value` is a 13-character UPN whose first letter is its DfE check letter. */
export function isValidUpn(value: string): boolean {
  const upn = value.trim().toUpperCase();
  return upn.length === 13 && upnCheckLetter(upn.slice(1)) === upn.charAt(0);
}

const NINO_BAD_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/**
 * True when `value` (spaces ignored, any case) is a National Insurance number: two prefix letters
 * (first not D, F, I, Q, U, V; second not D, F, I, O, Q, U, V; not BG, GB, KN, NK, NT, TN, ZZ),
 * six digits and a suffix A–D. With `suffixOptional`, the suffix may be missing.
 */
export function isValidNino(value: string, suffixOptional = false): boolean {
  const nino = value.replace(/\s/g, '').toUpperCase();
  const match = /^([A-Z])([A-Z])\d{6}([A-D])?$/.exec(nino);
  if (!match) return false;
  const [, first = '', second = '', suffix] = match;
  if ('DFIQUV'.includes(first) || 'DFIOQUV'.includes(second)) return false;
  if (NINO_BAD_PREFIXES.has(first + second)) return false;
  return suffix !== undefined || suffixOptional;
}

/** Digits (and letters, upper-cased) of an identifier, for comparing against the record. */
export function compactIdentifier(value: string): string {
  return value.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

function knownValues(client: KnownClient, pick: 'nhsNumber' | 'nino'): Set<string> {
  const values = [client.child.nhsNumber, ...(client.familyMembers ?? []).map((m) => m[pick])];
  if (pick === 'nino') values.shift();
  return new Set(values.filter((v): v is string => Boolean(v)).map(compactIdentifier));
}

/** True when `cue` stands before `start` in the same sentence ("NHS no. 438…": "no." ends none). */
function cueBefore(text: string, start: number, cue: RegExp): boolean {
  const sentence =
    text
      .slice(Math.max(0, start - 60), start)
      .split(/(?<!\b(?:no|No|NO|num|ref|Ref))[.!?\n](?:\s|$)/)
      .pop() ?? '';
  return cue.test(sentence);
}

const TEN_DIGITS = /(?<![\d+])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d])/g;

const NHS_CUE = /\bNHS\b/i;
/** A cue for another number just before the digits: a CHI, H&C, hospital, ULN, passport or account number. */
const OTHER_HEALTH_CUE =
  /\b(?:CHI|H\s?&\s?C|H\s+and\s+C|MRN|hosp(?:ital)?|ULN|unique\s+learner(?:\s+number)?|passport|PNC|UTR|acc(?:ount)?)(?:\s+(?:no\.?|number|num|is|was))*\s*[:#.=-]?\s*$/i;

/** True when the digits at `start` follow a CHI, H&C or hospital cue: another number's, not NHS. */
function otherHealthNumber(text: string, start: number): boolean {
  return OTHER_HEALTH_CUE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * NHS numbers: ten digits (3-3-4 spaced or not) with a valid modulus 11 check digit, or the
 * client's own. Ten digits that fail the check are kept (a case reference, an agency's number),
 * unless an "NHS" cue stands before them in the same sentence: a mistyped NHS number still points
 * to the child, so that one is proposed with medium confidence (decision 0022).
 */
export function findNhsNumbers(text: string, client: KnownClient): Finding[] {
  const known = knownValues(client, 'nhsNumber');
  const findings: Finding[] = [];
  for (const match of text.matchAll(TEN_DIGITS)) {
    const span = { start: match.index, end: match.index + match[0].length };
    const digits = compactIdentifier(match[0]);
    const valid = known.has(digits) || isValidNhsNumber(digits);
    if (!known.has(digits) && otherHealthNumber(text, span.start)) continue;
    if (!valid && !cueBefore(text, span.start, NHS_CUE)) continue;
    // After a call's or log's cue the number is the log's: "NHS 111 … Case ID: 111-6643092" when it
    // fails the check, "Police log ref 2400391122" when it passes (one in eleven does) with no
    // "NHS" at it.
    if (!known.has(digits) && logNumber(text, span.start)) {
      const near = text.slice(Math.max(0, span.start - 24), span.start);
      if (!valid || !NHS_CUE.test(near)) continue;
    }
    findings.push(
      makeFinding(text, span, {
        type: 'nhs-number',
        replacement: '[NHS number]',
        reason: known.has(digits)
          ? 'The NHS number in the client record'
          : valid
            ? 'Ten digits with a valid NHS check digit'
            : 'Ten digits after "NHS" (the check digit fails: perhaps mistyped)',
        confidence: valid ? 'high' : 'medium',
      }),
    );
  }
  return findings;
}

/**
 * A log's, incident's or call's own number ("INCIDENT LOG 0457-0412-26", "CAD 4410 0312 77"): an
 * agency's record of the event (an NHS 111 "Case ID: 111-6643092"), not a person's NHS number, though
 * one in eleven passes the check.
 */
const LOG_CUE =
  /\b(?:log|incident|occurrence|CAD|call|crime|job|OEL|serial|URN|ref(?:erence)?|case\s+ID)(?:\s+(?:no\.?|number|num|ref(?:erence)?))?\s*[:#.=-]?\s*$/i;

function logNumber(text: string, start: number): boolean {
  return LOG_CUE.test(text.slice(Math.max(0, start - 24), start));
}

/** Ten digits grouped any way, or broken over a line ("943 476\n5919", "94 34 76 59 19"). */
const LOOSE_TEN_DIGITS = /(?<![\d+])\d(?:(?:[ \t]?[-–]?[ \t]?|[ \t]*\r?\n[ \t]*)\d){9}(?!\d)/g;

/**
 * NHS numbers written with unusual grouping or split over a line: proposed when the check digit
 * holds or an "NHS" cue comes before them in the same sentence (the usual 3-3-4 form is {@link findNhsNumbers}'s).
 */
export function findLooseNhsNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(LOOSE_TEN_DIGITS)) {
    if (/^\d{3}[ -]?\d{3}[ -]?\d{4}$/.test(match[0])) continue;
    const digits = match[0].replace(/\D/g, '');
    const span = { start: match.index, end: match.index + match[0].length };
    const valid = isValidNhsNumber(digits);
    if (otherHealthNumber(text, span.start) || logNumber(text, span.start)) continue;
    if (!valid && !cueBefore(text, span.start, NHS_CUE)) continue;
    findings.push(
      makeFinding(text, span, {
        type: 'nhs-number',
        replacement: '[NHS number]',
        reason: valid
          ? 'Ten digits with a valid NHS check digit'
          : 'Ten digits after "NHS" (the check digit fails: perhaps mistyped)',
        confidence: valid ? 'high' : 'medium',
      }),
    );
  }
  return findings;
}

const UPN_PATTERN = /(?<![\p{L}\p{N}])[A-Za-z]\d{11}[\dA-Za-z](?![\p{L}\p{N}])/gu;

/** Unique Pupil Numbers: a valid DfE check letter, the child's own UPN, or a "UPN" cue (medium). */
export function findUpns(text: string, client: KnownClient): Finding[] {
  const known = client.child.upn ? compactIdentifier(client.child.upn) : undefined;
  const findings: Finding[] = [];
  for (const match of text.matchAll(UPN_PATTERN)) {
    const span = { start: match.index, end: match.index + match[0].length };
    const upn = match[0].toUpperCase();
    const valid = isValidUpn(upn) || upn === known;
    if (!valid && !cueBefore(text, span.start, /\b(?:UPN|pupil number)\b/i)) continue;
    const reason = valid
      ? 'A Unique Pupil Number with a valid check letter'
      : 'Thirteen characters after "UPN" (the check letter fails)';
    findings.push(
      makeFinding(text, span, {
        type: 'upn',
        replacement: '[UPN]',
        reason,
        confidence: valid ? 'high' : 'medium',
      }),
    );
  }
  return findings;
}

const NINO_PATTERN =
  /(?<![\p{L}\p{N}])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2}(?: ?[A-Da-d])?(?![\p{L}\p{N}])/gu;

/** National Insurance numbers: valid prefix and suffix, the family's own, or an "NI" cue (medium). */
export function findNinos(text: string, client: KnownClient): Finding[] {
  const known = knownValues(client, 'nino');
  const findings: Finding[] = [];
  for (const match of text.matchAll(NINO_PATTERN)) {
    const span = { start: match.index, end: match.index + match[0].length };
    const compact = compactIdentifier(match[0]);
    const isKnown = known.has(compact);
    const cued = cueBefore(text, span.start, /\b(?:NI|NINO|National Insurance)\b/i);
    if (!isKnown && !isValidNino(compact, cued)) continue;
    const confidence = isKnown || isValidNino(compact) ? 'high' : 'medium';
    findings.push(
      makeFinding(text, span, {
        type: 'ni-number',
        replacement: '[NI number]',
        reason: 'A National Insurance number',
        confidence,
      }),
    );
  }
  return findings;
}
