// Identifying numbers that only their cue word gives away: passport, driving-licence, ULN,
// hospital (MRN), CHI, H&C, PNC and patient numbers ("passport no. 123456789"), ids in a clinical
// or case system named alone ("RiO 1182047", "EMIS no 553108": the NHS's and councils' record
// systems, a real class), taxi badges, an eight-digit bank account ("acc 31192844"), a savings,
// Post Office or direct payment account ("Direct payment account DP-0019382"), and the
// references that identify a family to housing, benefits and the Home Office ("tenancy ref
// GH/20331/T", "ARC UKB 55120934", "UNHCR case LEB-17A-220913"), and the numbers that identify a
// worker or volunteer in an allegation ("payroll 007713204", "staff no. K5512", "DBS 001455908713",
// "PVG scheme member …", a licensing "badge LCC-PH-5521", a foster "carer ref FC-7710"), and a
// hospital number after its trust's initials ("RCHT no. K0448193"); an armed forces service number
// ("Service No. 24419073"), a treatment service's client number, a festival wristband and a bare
// badge number ("the driver (badge 55102)", a private-hire "badge PH 20934"), but not an officer's
// collar badge ("PCSO badge 4471"); an account's reference with letters ("account SGO-AL 004815"), a meter's supply number (MPAN,
// MPRN), a prepayment key or card and a QQ number.
import { makeFinding, type Finding } from './types';

const CUE = String.raw`(?:passport(?:\s+office)?|PP|(?:mosaic|lcs|liquidlogic|eclipse|carefirst|systmone|emis|rio|service|client|person|child|patient|pt|learner|user|player|account)\s+ID|(?:systmone|emis|rio|badgernet|lorenzo|cerner|medway|epic|mosaic|liquidlogic|carefirst|frameworki|azeus|careworks)(?=\s+(?:no\.?\s+|number\s+)?[:#]?\s*(?:[A-Z]{1,3}-?)?\d)|URN(?=\s+EY\d)|(?:hackney\s+carriage|private\s+hire|PHV|taxi)\s+(?:driver['’]?s?\s+)?(?:badge|licen[cs]e)|hosp(?:ital)?\s+for\s+\p{Lu}\p{L}+(?=\s+(?:no\.?|number)(?![\p{L}]))|CHI\s+for\s+\p{Lu}\p{L}+(?=\s*:)|FA(?=\s+(?:no\b|number))|FAN(?=\s+\d)|(?:acc(?:ount)?|a\/c)(?=\s*[:#.]?\s*\d{8}(?!\d)|[ \t]+(?:[A-Z]{1,4}[ \t/-]?){0,2}\d)|QQ|MPAN|MPRN|meter\s+point(?:\s+ref(?:erence)?)?|(?:pre-?payment|gas|electricity|energy|meter|top-?up)\s+(?:key|card)|RN(?=:?\s+[A-Z]?\d)|driver['’]?s?\s+(?:no\.?|number)|CRO|HMP\s+(?:no\.?|number)|UTR|HMRC|tax\s+ref(?:erence)?|asylum(?:\s+claim)?|blue\s+badge|bus\s+pass|acc(?:ount)?(?=\s+(?:no\b|number))|clinic\s+(?:no\.?|number)|certificate|port|(?:homelessness\s+|housing\s+)?application|(?:rent|energy|gas|electricity|water|bank|savings|post\s+office|(?:direct\s+)?payments?)\s+acc(?:ount)?|id(?:entity)?\s+card|driving\s+licen[cs]e|driver['’]?s\s+licen[cs]e|licen[cs]e(?:\s+agreement)?|DL|ULN|unique\s+learner(?:\s+number)?|student|hosp(?:ital)?|MRN|medical\s+record|CHI|H\s?&\s?C|H\s+and\s+C|PNC|CRN|NOMIS|prison|patient|unit|RXR|tenancy|tenant|home\s+office|HO|BRP|visa|ARAP|NASS|NIHE|housing\s+register|housing\s+benefit|HB|council\s+tax(?:\s+(?:acc(?:ount)?|a\/c))?|benefits?|DWP|PIP|UC|universal\s+credit|claim|carer['’]?s\s+allowance|child\s+benefit|card|homes\s+for\s+ukraine|prisoner|NOMS|pupil|candidate\s+(?:no\.?|number)|SCN|admissions?\s+(?:no\.?|number)|UASC|GWF|UCI|claimant|case\s?note\s+(?:no\.?|number)|PAS\s+(?:no\.?|number)|trust\s+(?:no\.?|number)|PPSN?|PESEL|CNP|ID(?=\s+(?:no\b|number))|national\s+ID|residence\s+permit|travel\s+document|school\s+ID|EHCP|ESA|JSA|jobseeker['’]?s?(?:\s+allowance)?|(?:housing|rent)(?=\s+ref)|DVLA|NIN|C?NIC|tazkira|aadhaar|(?:taxi\s+|driver['’]?s?\s+)?badge(?=\s+(?:no\b|number))|A\s?&\s?E(?=\s+(?:no\b|number))|membership|(?:member|customer)\s+(?:no\.?|number)|UCAS(?:\s+ID)?|IHS|immigration|settled\s+status|EUSS|share\s+code|sort\s+code|oyster(?:\s+card)?|library\s+card|(?:(?:pre-?payment|gas|electricity|energy|smart)\s+)?meter(?=\s+(?:acc(?:ount)?|no\b|number|ref(?:erence)?|ID)(?![\p{L}]))|DBS(?:\s+cert(?:ificate)?)?(?=[\s:#.]*(?:(?:no\.?|number)[\s:#.]*)?\d{12}(?!\d))|PVG(?:\s+scheme)?(?:\s+member(?:ship)?)?|payroll|(?:staff|employee|personnel)\s+(?:no\.?|number|ID)|badge(?=\s+\p{L}{1,4}(?:-\p{L}{1,4})?-\d{4,}(?![\p{L}\p{N}]))|CT\s+(?:acc(?:ount)?|a\/c)|(?:acc(?:ount)?|a\/c|number|phone|mobile)(?=\s+ending\b)|ARC|UNHCR(?:\s+(?:case|file|registration))?|(?:service|client)\s+(?:no\.?|number)(?=[\s:.#]*(?!0)[A-Z\d])|wristband|(?<!(?:PCSO|PC|DC|DS|Sgt|officer|police|warden)['’]?s?\s)badge(?=\s+(?:[A-Z]{2,3}\s)?[A-Z]?\d{4,}(?![\p{L}\p{N}]))|(?:foster\s+)?carer(?=\s+(?:ref(?:erence)?|no\.?|number|ID)(?![\p{L}])))`;
/** Whose number it is, between the cue and the value ("passport number for mother EK 4419027"). */
const FOR_WHOM = String.raw`(?:\s+for\s+(?:the\s+)?(?:mother|father|mum|mam|dad|baby|child|him|her|them))`;
/** A value: up to two letter groups before it ("CZ 40012345", "MK/HR/99813"), digits in each part. */
const VALUE = String.raw`(?:[A-Z]{1,4}(?:\s|\s?[/-]\s?)){0,2}[\p{L}\p{N}]*\d[\p{L}\p{N}]*(?:(?:[ -]|\s?/\s?)[\p{L}\p{N}]*\d[\p{L}\p{N}]*|[/-][\p{L}\p{N}]+){0,3}`;
const CUED_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${CUE}(?![\p{L}])(?:,?\s+\(?(?:no\.?|number|num|nos?|ref(?:erence)?|id|is|was|acc(?:ount)?|agreement|shown|ending(?:\s+in)?))*(?:(?<=(?:no\.?|number|ref))${FOR_WHOM})?(?:\s*\([^()\d\n]{1,25}\)(?:,?\s+(?:no\.?|number|num|ref(?:erence)?|id|is|was))*)?(?:(?<=\b(?:number|no\.?)),|\s*[:#.=|–-]?)\s*\(?\s*(${VALUE})(?![\p{L}\p{N}])`,
  'giu',
);
/**
 * A prison number in its own form, one letter, four digits, two letters ("A4419DX"), which no
 * other number in a note takes: found with no cue ("Imran HUSSAIN A4419DX – child contact").
 */
const PRISON_NUMBER = /(?<![\p{L}\p{N}])[A-Z]\d{4}[A-Z]{2}(?![\p{L}\p{N}])/gu;
/**
 * A hospital number after the initials of its NHS trust, which end in T ("RCHT no. K0448193",
 * "LTHT number 41920037"): capitals only, so "visit no. 2" is none; a phone number there (an
 * "EDT no. 0300 …") is the service's line, not a person's number.
 */
const TRUST_NUMBER =
  /(?<![\p{L}\p{N}])[A-Z]{2,5}T\s+(?:no\.?|number)\s*[:#.]?\s*([A-Z]{0,2}\d{5,10})(?![\p{L}\p{N}])/gu;

/**
 * A hospital number after the hospital that gave it: "Hospital no. at Leeds General Infirmary
 * K0448193", "his hospital number at the Royal Free was RFH 220418". Up to five capitalised words
 * name the hospital (the regex ignores case, so the words are checked after the match).
 */
const HOSPITAL_AT_NUMBER = new RegExp(
  String.raw`\bhosp(?:ital)?\s+(?:no\.?|number)\s+(?:at|from)\s+(?:the\s+)?((?:[\p{L}][\p{L}'’-]*\s+){1,5}?)(?:(?:was|is)\s+|[:#]\s*)?(${VALUE})(?![\p{L}\p{N}])`,
  'giu',
);
/**
 * An identity card's number after the country's adjective or a comma in a person's line ("Polish ID
 * ABC 523918", "Tomas Vaitkus, ID LT8830215,"): capitals "ID" and five digits at least, so a
 * system's or a case's ID ("Person ID", "Case ID") is left to its own cue.
 */
const NATIONAL_ID = new RegExp(
  String.raw`(?:(?<![\p{L}])\p{Lu}\p{Ll}{2,}(?:ish|ian|ese|ch|an|i)|,)[ \t]+ID(?:[ \t]+card)?[ \t]*[:#]?[ \t]*(${VALUE})(?![\p{L}\p{N}])`,
  'gu',
);
/**
 * The part of a number someone remembers or reads out, after "starts" or "begins" ("he remembers
 * it starts K0921", "the voucher code starts QX7P-2LMB"): capitals and digits, both, five at least,
 * so a time or a date ("starts 09:30", "starts 2025") is none.
 */
const STARTS_WITH =
  /\b(?:starts|begins)(?:[ \t]+with)?[ \t]+([A-Z0-9]{2,}(?:-[A-Z0-9]{2,})*)(?![\p{L}\p{N}:/-])/gu;

/** Cues that name a person's own document or record, whose number may come later in the sentence. */
const FAR_CUE = String.raw`(?:passports?|acc(?:ount)?\s+(?:no\.?|number)|driving\s+licen[cs]e|ULN|unique\s+learner\s+number|PNC|CRO|BRP|home\s+office|visa|ARAP|NASS|tenancy|carer['’]?s\s+allowance|child\s+benefit|NIHE|housing\s+register|hosp(?:ital)?\s+(?:no\.?|number)|MRN|CHI|H\s?&\s?C|prison(?:er)?\s+(?:no\.?|number)|NOMS|UASC|CRN|UTR)`;
/**
 * A number a few words after its cue, in the same sentence, introduced by a colon or a word that
 * says a number follows ("passport number was given to the office at admission: E12345678", "her
 * passport is Afghan, number P03318842", "Carer's allowance paid to Kyle (ref CA 3390 1172)"). The
 * words between hold no digit, so it is the first number after the cue.
 */
const FAR_CUED_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${FAR_CUE}(?![\p{L}])(?:[^.!?\n\d]|\.(?=\s+\p{Ll})){1,70}?(?::|\(?\b(?:number|no\.?|ref(?:erence)?|is|g[ai]ve[n]?\s+(?:it\s+)?as)(?![\p{L}]))\s*[:#.=-]?\s*(${VALUE})(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * A date or year is not an identifying number ("benefits since 2024", "hospital on 30/11"); a
 * sort code is ("20-45-77": no month 45).
 */
const DATE = /^(?:\d{1,2}[/.-](?:0?[1-9]|1[0-2])(?:[/.-]\d{2,4})?|(?:19|20)\d{2})$/;
/**
 * Ten or eleven digits starting with +44 or with 0 and a UK dialling range (01, 02, 03, 05, 07, 08,
 * 09): a phone number. No UK number starts 04 or 06, so a card's "0401 7789 2341" is no phone.
 */
const PHONE_SHAPE = /^(?:\+44|0(?=[\s()-]*[1235789]))[\d\s()-]{9,14}$/;
/** A UK phone number has ten or eleven digits: "05 3388 17", eight, is some other number. */
function phoneLike(value: string): boolean {
  return PHONE_SHAPE.test(value) && /(?:\d\D*){10}/.test(value);
}
/** Lower-case words the value's letter groups may have taken in ("Hospital on 30/11"). */
const LEADING_WORDS = /^(?:\p{Ll}+\s+)+/u;
/** Capitals before a date ("Hospital SW 09/08/2026": a social worker's visit that day). */
const LEADING_CAPITALS = /^(?:[A-Z]{1,4}\s+)+/u;

/** Numbers after the cue words that say what they are (at least four digits), and prison numbers. */
export function findCuedNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  const starts = new Set<number>();
  const add = (start: number, value: string, phone = false) => {
    if (starts.has(start)) return;
    starts.add(start);
    findings.push(
      makeFinding(
        text,
        { start, end: start + value.length },
        {
          type: phone ? 'phone' : 'other-number',
          replacement: phone ? '[phone number]' : '[number]',
          reason: 'An identifying number after its cue word',
          confidence: 'high',
        },
      ),
    );
  };
  const matches = [
    ...[...text.matchAll(CUED_NUMBER)].map((match) => ({ match, far: false })),
    ...[...text.matchAll(FAR_CUED_NUMBER)].map((match) => ({ match, far: true })),
  ];
  for (const { match, far } of matches) {
    const value = match[1] ?? '';
    const digits = (value.match(/\d/g) ?? []).length;
    // A reference of letter groups joined by slashes or dashes ("NCC/BW/061/SD", "LSN-044") may
    // carry three digits.
    const lettered = /^[A-Z]{2,}(?:[/-][A-Z\d]+)+$/.test(value);
    if (digits < (far ? 5 : lettered ? 3 : 4) || DATE.test(value.replace(LEADING_WORDS, '')))
      continue;
    if (DATE.test(value.replace(LEADING_CAPITALS, ''))) continue;
    // "HO DOB 01/01/2015": a date of birth after its cue is the date finder's, not a number.
    if (/^DOB(?![\p{L}])/iu.test(value)) continue;
    // Far from its cue, a number that reads as a phone number is one ("rang on 07700 900123").
    if (far && (/^\p{Ll}/u.test(value) || phoneLike(value))) continue;
    // The far pattern's case-blind flag lets a full stop before a capital through: a new sentence
    // ("tenancy ref was [number]. Sheffield housing solutions ref HS-229014") has its own cue.
    if (far && /\.\s+\p{Lu}/u.test(match[0].slice(0, match[0].length - value.length))) continue;
    // "Forced Marriage Unit (020 7008 0151)": a phone number in brackets is the cue's own line.
    const bracketed = /\(\s*$/.test(match[0].slice(0, match[0].length - value.length));
    if (bracketed && phoneLike(value)) continue;
    // "Forced Marriage Unit rung 020 7008 0151": a verb stands between the cue and a phone number.
    if (LEADING_WORDS.test(value) && phoneLike(value.replace(LEADING_WORDS, ''))) continue;
    // "a second phone, number ending 4471": the last digits of a phone are the phone's.
    const phoneEnd = /^(?:number|phone|mobile)\s+ending/iu.test(match[0]);
    add(match.index + match[0].length - value.length, value, phoneEnd);
  }
  for (const match of text.matchAll(PRISON_NUMBER)) add(match.index, match[0]);
  for (const match of text.matchAll(TRUST_NUMBER)) {
    const value = match[1] ?? '';
    if (!phoneLike(value)) add(match.index + match[0].length - value.length, value);
  }
  for (const match of text.matchAll(STARTS_WITH)) {
    const value = match[1] ?? '';
    if (value.length >= 5 && /\p{L}/u.test(value) && /\d/u.test(value))
      add(match.index + match[0].length - value.length, value);
  }
  for (const match of text.includes('ID') ? text.matchAll(NATIONAL_ID) : []) {
    const value = match[1] ?? '';
    if (/\d{5}/u.test(value.replace(/\s/gu, '')) && !phoneLike(value))
      add(match.index + match[0].length - value.length, value);
  }
  for (const match of /hosp/iu.test(text) ? text.matchAll(HOSPITAL_AT_NUMBER) : []) {
    const [, hospital = '', written = ''] = match;
    // A hospital's last word the number's letters took ("Royal Free RFH 2204"): only capitals stay.
    const value = written.replace(/^(?:\p{Lu}\p{Ll}+\s+)+/u, '');
    if (!/^(?:\p{Lu}\S*\s+)+$/u.test(hospital) || !/\d/u.test(value) || phoneLike(value)) continue;
    add(match.index + match[0].length - value.length, value);
  }
  return findings.sort((a, b) => a.start - b.start);
}
