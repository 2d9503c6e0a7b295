// UK phone numbers and e-mail addresses, whether or not the user typed them into the record.
import { isKnownAreaName } from './keep-terms';
import { isUkPhoneNumber, nationalPhoneDigits } from './phone-digits';
import { isRoleMailbox } from './role-mailboxes';
import { findSpokenPhones } from './spoken-phones';
import { foldName } from './text';
import { makeFinding, type Finding, type KnownClient } from './types';

const PHONE_START = /(?<![\p{L}\p{N}+])(?:\+44|0044|\(?0)/gu;

/**
 * Reads digits and separators (space, dash, dot, brackets) from `start` up to 11 national digits:
 * at most fourteen digits, as "0044 7700 900 190" takes.
 */
function readPhone(text: string, start: number): number {
  let end = start;
  let digits = 0;
  let separators = 0;
  for (let i = start; i < text.length && digits < 14; i += 1) {
    const char = text.charAt(i);
    if (/\d/.test(char)) {
      digits += 1;
      separators = 0;
      end = i + 1;
      const national = nationalPhoneDigits(text.slice(start, end));
      if (national !== undefined && national.length >= 11) break;
    } else if (
      (/[ \-.()+]/.test(char) || (char === '\n' && digits >= 4 && digits < 10)) &&
      separators < 2
    ) {
      // A number too short to dial may go on after a line break ("0161 496⏎0427", a form's
      // narrow box).
      separators += 1;
    } else break;
  }
  if (text.charAt(end) === ')' && text.slice(start, end).includes('(')) end += 1;
  return end;
}

/** Words before a landline that say it is an agency's own line, not a family's. */
const AGENCY_LINE =
  /\b(?:switchboard|helpline|help line|main (?:office|line|number|reception)|reception|duty (?:line|desk|number|team)|contact centre|customer services|front door|MASH|office number|out of hours)\b[^.\n]{0,30}$/i;

/**
 * Words in the same clause before a landline that say whose line it is: an agency's. A school's,
 * nursery's or academy's own line is not among them: it names the child's school as surely as the
 * school's name does ("SENCO, Elmgrove Academy, 01632 960 101"), so it is proposed.
 */
const AGENCY_WORDS_BEFORE =
  /\b(?:council|cyngor|heddlu|cc|team|services?|social care|social work|first response|first contact|single point|starting point|careline|connect|hub|duty|advice|police|constabulary|hospital|surgery|practice|college|trust|CAMHS|NSPCC|childline|MASH|front door|helpdesk|board|partnership|office|unit|ward|clinic|department|gateway|manager|officer|EDT|ISVA|IDVA|LADO|GP|HV|health visit(?:or|ing)|midwi(?:fe|fery)|probation|YOT|YJS|YOS|IRO|housing|refuge|centre|pharmacy|Cafcass|DWP|jobcentre|citizens advice|samaritans|women['’]s aid|barnardo['’]s|dentist|EWO|(?:social|support|key|youth|family) worker|nurse|maternity|local authority|(?:adults?|children['’]?s?) safeguarding|safeguarding (?:adults|children)|scheme|children and families|crisis (?:line|team))\b/gi;
/** Words after the agency word that say the number is a family's after all ("…, mum's landline"). */
const FAMILY_WORDS =
  /\b(?:mum|mam|mother|dad|father|nan|gran|grandmother|grandfather|aunt|uncle|partner|boyfriend|girlfriend|carer|family|home|landline|mobile|mob|his|her|their)\b/i;

/** Up to four words straight before the number, an "on", "tel" or a bracket between. */
const WORDS_BEFORE = /((?:[\p{L}'’&-]+\s+){1,4})(?:(?:on|tel\.?:?)\s+|\(\s*)?$/u;

/**
 * True when the words straight before a landline name a council's area and no family word stands
 * in its clause: a local service's line ("rang north somerset 01275 888808", "Northumberland One
 * Call (01670 536400)", "Halton iCART 0151 907 8305").
 */
function areaServiceBefore(before: string): boolean {
  const clause = before.slice(before.search(/[^.;\n]*$/));
  if (FAMILY_WORDS.test(clause)) return false;
  const words = (WORDS_BEFORE.exec(clause)?.[1] ?? '').trim().split(/\s+/).map(foldName);
  // The area must start a service's name ("Halton iCART") or be what someone rang ("rang north
  // somerset"); "London 020 7946 0321" alone may be anyone's number.
  return words.some((word, i) => {
    const pair = i > 0 ? `${words[i - 1] ?? ''} ${word}` : '';
    const first = isKnownAreaName(pair) ? i - 1 : isKnownAreaName(word) ? i : -1;
    if (first < 0) return false;
    return i < words.length - 1 || CALLED.test(words[first - 1] ?? '');
  });
}
const CALLED = /^(?:rang|ring|called|call|phoned|phone|contacted|contact|to)$/;

/** True when the number at `start` is a landline an agency cue stands just before. */
function agencyLine(text: string, start: number, national: string): boolean {
  if (national.startsWith('07')) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  if (AGENCY_LINE.test(before) || areaServiceBefore(before)) return true;
  // A signature's line after an agency's e-mail address ("…@cornwall.gov.uk | 01632 960412").
  if (
    /@[\w.-]+\.(?:gov|nhs|sch|police|ac)\.uk\s*[|,;/]?\s*(?:(?:tel|t|phone)\.?:?\s*)?$/iu.test(
      before,
    )
  )
    return true;
  // Non-geographic numbers (03…, 080…, 084…, 087…) are organisations', not a family's.
  if (/^0(?:3|80|84|87)/.test(national)) return !FAMILY_WORDS.test(before.slice(-25));
  let clause = before.slice(before.search(/[^.;\n]*$/));
  // A signature's number on a line of its own ("Tel 0117 496 0120") is the line above's.
  if (/^\s*(?:tel\.?:?|t:|phone:?)?\s*$/iu.test(clause) && /\n[^\n]*$/.test(before))
    clause = /([^.;\n]*)\n[^\n]*$/.exec(before)?.[1] ?? clause;
  const cues = [...clause.matchAll(AGENCY_WORDS_BEFORE)];
  const last = cues[cues.length - 1];
  if (!last) return false;
  return !FAMILY_WORDS.test(clause.slice(last.index + last[0].length));
}

/**
 * Words straight after a landline, set off by a comma or a bracket, that say it is an office's line
 * ("01632 960 118, office line", "(staff office)", "(switchboard)"), unless a family word owns it
 * ("mum's office line").
 */
const OFFICE_AFTER =
  /^\s*[,(]\s*([^().;\n]{0,30}?)\b(?:office|switchboard|reception|duty(?: (?:line|desk|number|team))?|out of hours|OOH|work (?:line|number|phone))\b/iu;
const OWNER_WORDS =
  /\b(?:mum|mam|mother|dad|father|nan|gran|grandmother|grandfather|aunt|uncle|partner|boyfriend|girlfriend|carer|family|his|her|their|['’]s)\b/i;

function officeLineAfter(text: string, end: number, national: string): boolean {
  if (national.startsWith('07')) return false;
  const after = OFFICE_AFTER.exec(text.slice(end, end + 50));
  return after !== null && !OWNER_WORDS.test(after[1] ?? '');
}

/**
 * A number abroad with its country code: "+84 912 448 301", "+234 803 555 0192", "00353 87 123
 * 4567" (never +44, read as a UK number above): a plus or 00, a code of one to three digits and
 * groups of digits with single spaces, dashes or dots, nine to fifteen digits in all.
 */
const INTERNATIONAL =
  /(?<![\p{L}\p{N}+])(?:\+|00)(?!44)[1-9]\d{0,2}(?:[ .-]?\(?\d{1,5}\)?){2,6}(?![\p{L}\p{N}])/gu;

function findInternationalPhones(text: string, taken: readonly Finding[]): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(INTERNATIONAL)) {
    const digits = match[0].replace(/\D/g, '').replace(/^00/, '');
    if (digits.length < 9 || digits.length > 15) continue;
    const span = { start: match.index, end: match.index + match[0].length };
    if (taken.some((f) => f.start < span.end && span.start < f.end)) continue;
    findings.push(
      makeFinding(text, span, {
        type: 'phone',
        replacement: '[phone number]',
        reason: 'A phone number abroad, with its country code',
        confidence: 'high',
      }),
    );
  }
  return findings;
}

/**
 * UK phone numbers: mobiles (07…), landlines (01/02/03…), +44, with spaces, dashes or brackets,
 * and numbers abroad written with their country code.
 * An agency's own number is kept: one of `keepPhones` (a pack's directory), or a landline after
 * "switchboard", "helpline", "duty line" and the like; the client record's numbers never are.
 */
export function findPhones(
  text: string,
  client: KnownClient,
  keepPhones: readonly string[] = [],
): Finding[] {
  const agencies = new Set(
    keepPhones.map(nationalPhoneDigits).filter((value): value is string => value !== undefined),
  );
  const known = new Set(
    (client.familyMembers ?? [])
      .map((member) => (member.phone ? nationalPhoneDigits(member.phone) : undefined))
      .filter((value): value is string => value !== undefined),
  );
  const findings: Finding[] = [];
  let after = 0;
  for (const match of text.matchAll(PHONE_START)) {
    if (match.index < after) continue;
    const end = readPhone(text, match.index);
    if (/\d/.test(text.charAt(end))) continue;
    const national = nationalPhoneDigits(text.slice(match.index, end));
    if (national === undefined || !isUkPhoneNumber(national)) continue;
    after = end;
    const agencyOwn =
      agencies.has(national) ||
      agencyLine(text, match.index, national) ||
      officeLineAfter(text, end, national);
    if (agencyOwn && !known.has(national)) continue;
    const reason = known.has(national)
      ? 'A phone number in the client record'
      : 'A UK phone number';
    const confidence = known.has(national) || national.length === 11 ? 'high' : 'medium';
    const span = { start: match.index, end };
    findings.push(
      makeFinding(text, span, { type: 'phone', replacement: '[phone number]', reason, confidence }),
    );
  }
  return [...findings, ...findInternationalPhones(text, findings), ...findSpokenPhones(text)].sort(
    (a, b) => a.start - b.start,
  );
}

/** An e-mail address, read from where its run of characters starts (a long run is read once). */
const EMAIL =
  /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** A school's domain: a .sch.uk address or one whose name holds "school" or "academy". */
const SCHOOL_DOMAIN = /\.sch\.uk$|school|academy/i;

function isWorkAddress(
  local: string,
  professionalSurnames: readonly string[],
  clientNames: ReadonlySet<string>,
): boolean {
  const words = local.split(/[^\p{L}]+/u).filter((word) => word.length > 2);
  if (words.some((word) => clientNames.has(word))) return false;
  return professionalSurnames.some((surname) => surname.length > 2 && local.includes(surname));
}

/**
 * E-mail addresses. An address whose local part carries a known professional's surname
 * (e.g. "s.okonjo@…") and none of the client's names is a work address and is kept, as is an
 * agency's shared mailbox ("dsl@…", "safeguarding@…").
 */
export function findEmails(
  text: string,
  professionalSurnames: readonly string[],
  clientNames: ReadonlySet<string> = new Set(),
): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(EMAIL)) {
    const local = foldName(match[0].split('@')[0] ?? '');
    const shared = isRoleMailbox(match[0].split('@')[0] ?? '');
    // A staff member's address on a school's domain names the school as surely as its name does.
    const schoolDomain = SCHOOL_DOMAIN.test(match[0].split('@')[1] ?? '');
    if (shared || (!schoolDomain && isWorkAddress(local, professionalSurnames, clientNames))) {
      continue;
    }
    const span = { start: match.index, end: match.index + match[0].length };
    findings.push(
      makeFinding(text, span, {
        type: 'email',
        replacement: '[email address]',
        reason: 'An e-mail address',
        confidence: 'high',
      }),
    );
  }
  return findings;
}
