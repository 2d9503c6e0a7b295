// Identifying numbers that only their cue word gives away: passport, driving-licence, ULN,
// hospital (MRN), CHI, H&C, PNC and patient numbers ("passport no. 123456789"), and the references
// that identify a family to housing, benefits and the Home Office ("tenancy ref GH/20331/T").
import { makeFinding, type Finding } from './types';

const CUE = String.raw`(?:passport(?:\s+office)?|clinic\s+(?:no\.?|number)|certificate|port|(?:homelessness\s+|housing\s+)?application|(?:rent|energy|gas|electricity|water|bank)\s+acc(?:ount)?|id(?:entity)?\s+card|driving\s+licen[cs]e|driver'?s\s+licen[cs]e|licen[cs]e(?:\s+agreement)?|DL|ULN|unique\s+learner(?:\s+number)?|student|hosp(?:ital)?|MRN|medical\s+record|CHI|H\s?&\s?C|H\s+and\s+C|PNC|CRN|NOMIS|prison|patient|unit|RXR|tenancy|tenant|home\s+office|HO|BRP|visa|ARAP|NASS|NIHE|housing\s+register|housing\s+benefit|HB|council\s+tax(?:\s+acc(?:ount)?)?|benefits?|DWP|PIP|UC|universal\s+credit|claim|carer'?s\s+allowance|child\s+benefit|card|homes\s+for\s+ukraine)`;
/** A value: up to two letter groups before it ("CZ 40012345", "MK/HR/99813"), digits in each part. */
const VALUE = String.raw`(?:[A-Z]{1,4}(?:\s|\s?[/-]\s?)){0,2}[\p{L}\p{N}]*\d[\p{L}\p{N}]*(?:(?:[ -]|\s?/\s?)[\p{L}\p{N}]*\d[\p{L}\p{N}]*|[/-][\p{L}\p{N}]+){0,3}`;
const CUED_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${CUE}(?![\p{L}])(?:,?\s+\(?(?:no\.?|number|num|nos?|ref(?:erence)?|id|is|was|acc(?:ount)?|agreement|shown))*\s*[:#.=-]?\s*(${VALUE})(?![\p{L}\p{N}])`,
  'giu',
);

/** A date or year is not an identifying number ("benefits since 2024", "hospital on 30/11"). */
const DATE = /^(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|(?:19|20)\d{2})$/;
/** Lower-case words the value's letter groups may have taken in ("Hospital on 30/11"). */
const LEADING_WORDS = /^(?:\p{Ll}+\s+)+/u;

/** Numbers after the cue words that say what they are; at least four digits. */
export function findCuedNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(CUED_NUMBER)) {
    const value = match[1] ?? '';
    if ((value.match(/\d/g) ?? []).length < 4 || DATE.test(value.replace(LEADING_WORDS, '')))
      continue;
    const start = match.index + match[0].length - value.length;
    findings.push(
      makeFinding(
        text,
        { start, end: start + value.length },
        {
          type: 'other-number',
          replacement: '[number]',
          reason: 'An identifying number after its cue word',
          confidence: 'high',
        },
      ),
    );
  }
  return findings;
}
