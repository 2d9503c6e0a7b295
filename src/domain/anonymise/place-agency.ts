// A place's name that is part of an agency's name or stands for its council, not where a family is
// ("Telford & Wrekin Family Connect", "Rochdale Public Protection", "Doncaster schools", "Sexual
// Health Oldham", "EDT Liverpool", "Luton say the family has left"), or a town's name that is a
// person's ("Lyndon has been signing out").
import { agencyWords, organisationSuffixes } from './agency-words';
import { isKnownAreaName } from './keep-terms';
import { isListedPlace } from './listed-places';
import { foldName } from './text';
import type { Finding } from './types';

/**
 * Words that end an agency's name after a place and that the shared agency lists do not hold: a
 * probation delivery unit, an emergency duty team, a council's front door, a district hospital
 * ("Scunthorpe General"), a hotel, a nation's guidance, a prison, Ireland's child and family agency,
 * Scotland's health and social care partnerships, Northern Ireland's health and social care trusts,
 * a county or metropolitan borough council, a single point of contact, Wales' front door
 * (information, advice and assistance), an appropriate-adult scheme, an agency's office, a duty
 * team and a front door's own name.
 */
const AGENCY_ENDINGS = new Set([
  'pdu',
  'edt',
  'icart',
  'general',
  'hotel',
  'motel',
  'lodge',
  'guidance',
  'hmp',
  'yoi',
  'tusla',
  'hscp',
  'hsct',
  'cbc',
  'mbc',
  'spoc',
  'iaa',
  'aa',
  'office',
  'duty',
  // A council's single front door by its own name ("Northumberland One Call", "Bristol First
  // Response").
  'call',
  'response',
  // The council's own building, where meetings and hearings are held ("Oldham Civic Centre").
  'civic',
]);
/**
 * Lower-case words after a town that name a public service, not a building a family may be in
 * ("Rochdale adult care said", "croydon police", "the Hanley office"), where "Penhill clinic" may
 * be the clinic in Penhill.
 */
const SERVICE_WORDS = new Set(
  "adult adults social police council probation housing children's children’s mash spoc edt office duty".split(
    ' ',
  ),
);
/** Words before a place that start an agency's name ending in it ("EDT Liverpool"). */
const AGENCY_STARTS = new Set(['edt', 'cgl']);
/** Words that join two council areas into one agency's ("Brighton and Hove", "Telford & Wrekin"). */
const AREA_JOINERS = new Set(['and', '&', 'with']);
/** Words after a joiner that start no second area ("in Leeds with her mum"). */
const NOT_AN_AREA = new Set('her his their the a an my our your them him us me'.split(' '));
/** Verbs after a council's area that make it the council speaking or acting ("Luton say"). */
const COUNCIL_ACTS =
  /^[ \t]+(?:say|says|said|stated|agreed|refused|declined|confirmed|decided|accepted|replied|responded|told|informed|advised|emailed|wrote|contacted|phoned|closed|will\s+(?:not\s+)?(?:accept|take|hold|lead|assess|fund|pay)|are\s+(?:now\s+)?(?:the\s+)?(?:lead|responsible|holding|leading|case[- ]holding)|should|(?:have|has)\s+(?:now\s+|also\s+|since\s+)?(?:declined|refused|closed|agreed|accepted|decided|confirmed|said|stated|allocated|ended|stopped|withdrawn|ceased)|as\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,2}(?:local|home|host)\s+authority)\b/iu;
/** An agency's word alone in brackets after the place: "in Walton (HMP)", "Donegal (Tusla)". */
const BRACKETED = /^["”’']?\s*\(\s*([\p{L}’'&-]+)\s*\)/u;
/** A second area joined to the place ("Kensington and Chelsea"), or the first before it. */
const JOINED_AFTER = /^[ \t]+(?:and|&)[ \t]+(\p{Lu}[\p{L}’'-]*)/u;
const JOINED_BEFORE = /(\p{Lu}[\p{L}’'-]*)[ \t]+(?:and|&)[ \t]+$/u;

/** True when the council's area (alone or joined to another) says, decides or is named an authority. */
function councilActs(text: string, start: number, end: number, key: string): boolean {
  const joinedAfter = JOINED_AFTER.exec(text.slice(end, end + 30));
  const joinedBefore = JOINED_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  const areas = [
    { area: key, at: end },
    ...(joinedAfter
      ? [{ area: `${key} and ${foldName(joinedAfter[1] ?? '')}`, at: end + joinedAfter[0].length }]
      : []),
    ...(joinedBefore ? [{ area: `${foldName(joinedBefore[1] ?? '')} and ${key}`, at: end }] : []),
  ];
  // "His uncle in Leeds say come to him": after "in" the area is where someone is, not who acts;
  // but "the social worker in Rotherham has said" is the council's worker speaking.
  const beforeIn = /([\p{L}'’-]+)[ \t]+in[ \t]+$/iu.exec(
    text.slice(Math.max(0, start - 40), start),
  );
  const inWord = beforeIn?.[1] ?? '';
  const inKey = foldName(inWord).replace(/s$/u, '');
  if (beforeIn && !ROLE_WORDS.has(inKey) && !agencyWord(inWord)) return false;
  // "Southend say": a seaside council's area goes by its first word too ("Southend-on-Sea").
  return areas.some(
    ({ area, at }) =>
      (isKnownAreaName(area) || isKnownAreaName(`${area} on sea`)) &&
      COUNCIL_ACTS.test(text.slice(at, at + 60)),
  );
}

/** Words after a town that name a spot in it, not an agency ("Leeds city centre", "Hanley bus station"). */
const LOCALITY = new Set(
  'city centre center town station bus train railway coach home family area estate village way park market'.split(
    ' ',
  ),
);

/** True when the word names or ends an agency ("College", "schools", "PDU", "General"). */
export function agencyWord(word: string): boolean {
  if (word === '[school]') return true;
  const key = foldName(word).replace(/['’]s$/u, '');
  const singular = key.replace(/s$/u, '');
  if (LOCALITY.has(key) && (/^\p{Ll}/u.test(word) || key !== 'family')) return false;
  return [key, singular].some(
    (w) => agencyWords.has(w) || organisationSuffixes.has(w) || AGENCY_ENDINGS.has(w),
  );
}

/** A town's hall, where meetings are held ("March Town Hall"); not any hall ("Jarrow Hall"). */
const TOWN_HALL = /^[ \t]+Town[ \t]+Hall(?![\p{L}])/u;

/**
 * True when the place ending at `end` runs on into an agency's name: up to three more words joined
 * by single spaces, after an optional second area ("Swindon and Wiltshire PDU", "Blackburn with
 * Darwen Children's Advice"), one of them an agency word; capitalised words may come before it
 * ("Leeds Federated Housing"), a lower-case word that is none stops the search.
 */
function agencyAfter(text: string, start: number, end: number, capitalOnly = false): boolean {
  if (TOWN_HALL.test(text.slice(end, end + 12))) return true;
  // A word already replaced ("[name]", on a later pass over the output) may stand for the second area.
  const run =
    /^(?:[ \t]+(?:[\p{L}&’'-]+|\d{1,2}[-–]\d{1,2}|\[[\p{L} ]{1,20}\]))*/u.exec(
      text.slice(end, end + 80),
    )?.[0] ?? '';
  const words = run
    .trim()
    .split(/[ \t]+(?![\p{L} ]*\])/u)
    .filter(Boolean)
    .slice(0, 5);
  let from = 0;
  const second = words[1];
  if (
    words[0] !== undefined &&
    AREA_JOINERS.has(words[0].toLowerCase()) &&
    second !== undefined &&
    !NOT_AN_AREA.has(second.toLowerCase()) &&
    // The second area is written as the first is: "Telford & Wrekin", "telford & wrekin".
    (/^[\p{Lu}[]/u.test(second) || /^\p{Ll}/u.test(text.charAt(start)))
  )
    from = second === '[school]' ? 1 : 2;
  for (const word of words.slice(from, from + 3)) {
    if (agencyWord(word) && (!capitalOnly || !/^\p{Ll}/u.test(word) || SERVICE_WORDS.has(word)))
      return true;
    // A service's age range is part of its name ("Wigan 0-19 Service").
    if (!/^[\p{Lu}\d]/u.test(word)) return false;
  }
  return false;
}

/** True when the word just before the place starts an agency's name ("Sexual Health Oldham"). */
function agencyBefore(text: string, start: number): boolean {
  // "Trinity Academy Halifax" once the school's name is replaced: "[school] Halifax".
  if (/\[school\] $/u.test(text.slice(Math.max(0, start - 9), start))) return true;
  // "MARAC – Birmingham –": a dash between the agency and its area; "University Hospitals of
  // Leicester": "of" between a capitalised agency's word and its area.
  const word = /(?:^|[^\p{L}])(\p{Lu}[\p{L}’'-]*)(?: [–—-]| of)? $/u.exec(
    text.slice(Math.max(0, start - 30), start),
  )?.[1];
  if (!word) return false;
  const key = foldName(word);
  return agencyWord(word) || AGENCY_STARTS.has(key);
}

/** Words that name a professional's role, not a building a town may follow ("School, Croydon"). */
const ROLE_WORDS = new Set(
  'worker officer manager lead nurse visitor head coordinator co-ordinator practitioner chair director teacher consultant midwife paediatrician therapist senco dsl iro lado sw hv'.split(
    ' ',
  ),
);
/** The words just before a comma, back to the clause's start: "the Head of Quality Assurance, ". */
const ROLE_BEFORE = /([^,.;:()\n]{1,40}),[ \t]*$/u;
/** The signature's end after the area: a full stop or bracket ending the line, or the line's end. */
const SIGNATURE_END = /^[ \t]*[.)]?[ \t]*(?:\r?\n|$)/u;

/** The writer's name and a comma in brackets: "(Kate Newbury, ". */
const BYLINE_BEFORE = /\((?:\p{Lu}[\p{L}'’-]+[ \t]+){1,2}\p{Lu}[\p{L}'’-]+,[ \t]*$/u;

/**
 * True when the area closes a bracketed byline on the note's first line, the heading: "Homes for
 * Ukraine – welfare check note (Kate Newbury, Dacorum)" names who wrote it and for which council.
 */
function headingByline(text: string, start: number, end: number): boolean {
  if (text.lastIndexOf('\n', start) !== -1 || !/^[ \t]*\)/u.test(text.slice(end, end + 3))) {
    return false;
  }
  return BYLINE_BEFORE.test(text.slice(Math.max(0, start - 48), start));
}

/**
 * True when a council's area closes a signature after a professional's role ("the Head of Quality
 * Assurance, Croydon.", "Family Support Worker, Swindon"): the writer's authority, not where
 * anyone lives.
 */
function signatureArea(text: string, start: number, end: number, key: string): boolean {
  if (!isKnownAreaName(key) || !SIGNATURE_END.test(text.slice(end, end + 4))) return false;
  if (headingByline(text, start, end)) return true;
  const role = ROLE_BEFORE.exec(text.slice(Math.max(0, start - 48), start))?.[1] ?? '';
  // A role's words are capitalised ("Head of Quality Assurance"), one of them a role's.
  const words = role.trim().split(/[ \t]+/u);
  return words.some((word) => /^\p{Lu}/u.test(word) && ROLE_WORDS.has(foldName(word)));
}

/**
 * A council's area after a word that makes it the authority: "under Southwark he should have been
 * assessed", "Previous referrals NFA'd by Kirklees", "a case closed by Leeds", "a strategy
 * discussion led by Northumberland", "placed by Wirral", after a word for contacting it: "Rang
 * Cumberland", "emailed Halton", "We ask Croydon to convene" (not "called", which names a person:
 * "a boy called Preston"), after a referral: "a referral to Denbighshire", "referred it to Wigan",
 * or after a court's seat: "the Family Court sitting at Wakefield".
 */
const AUTHORITY_BEFORE =
  /(?:\bunder|\b(?:NFA['’]?d|NFAed|closed|assessed|refused|declined|rejected|screened|allocated|accepted|funded|held|managed|led|placed|stepped\s+down)\s+by|\b(?:rang|phoned|emailed|e-mailed|contacted|notified|alerted|ask|asked|asking)|\b(?:referral|referrals|referred|refer|referring)(?:\s+(?:back|on|it|him|her|them))?\s+to|\bcourt\s+sitting\s+(?:at|in))\s+$/iu;
/**
 * A service's initials after a council's area: "Hackney CFS", "Halton iCART", "Middlesbrough PIC",
 * "Leeds MASH" (capitals only; not the area's own name in capitals, nor a date of birth or "NFA").
 */
const INITIALS_AFTER = /^[ \t]+(i?[A-Z]{2,6})(?![\p{L}\p{N}])/u;
const NOT_A_SERVICE = new Set('DOB NFA ASAP UK AM PM OK TBC ETA RIP AND OR THE TO IN'.split(' '));

/** True when a council's area, not written in capitals, runs on into a service's initials. */
function areaInitials(text: string, start: number, end: number, key: string): boolean {
  if (!isKnownAreaName(key) || !/\p{Ll}/u.test(text.slice(start, end))) return false;
  const initials = INITIALS_AFTER.exec(text.slice(end, end + 12))?.[1];
  return initials !== undefined && !NOT_A_SERVICE.has(initials);
}
/**
 * An agency's word and an opening bracket, perhaps after other areas: "Children and Families
 * Service (Scarborough)", "Police (Kent, ref …)", "consultants in 4 Trusts (Harrogate, Leeds,",
 * "missing log (Lambeth)".
 */
const AGENCY_BRACKET_BEFORE =
  /([\p{L}’'&-]+)(?:[ \t]+([\p{L}’'&-]+))?[ \t]*\([ \t]*(?:\p{Lu}[\p{L}’'-]*(?:[ \t]\p{Lu}[\p{L}’'-]*)?[ \t]*,[ \t]*){0,4}$/u;
/** A bracket whose earlier words name a service and end with the area: "(CSE and missing, Redbridge)". */
const SERVICE_BRACKET_BEFORE = /\(([^()\n]{1,40}),[ \t]*$/u;

/**
 * True when a council's area stands for the council: after "under" or a decision "by", in brackets
 * straight after an agency's word (alone or in a list of areas), or closing a bracket that names a
 * service.
 */
function areaAsAuthority(text: string, start: number, end: number, key: string): boolean {
  if (!isKnownAreaName(key)) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  if (AUTHORITY_BEFORE.test(before)) return true;
  const bracket = AGENCY_BRACKET_BEFORE.exec(before);
  if (bracket && [bracket[1], bracket[2]].some((word) => word !== undefined && agencyWord(word)))
    return true;
  const service = SERVICE_BRACKET_BEFORE.exec(before)?.[1];
  return (
    service !== undefined &&
    /^[ \t]*\)/u.test(text.slice(end, end + 3)) &&
    service.split(/[ \t]+/u).some((word) => /^\p{L}/u.test(word) && agencyWord(word))
  );
}

/**
 * True when the place at `start`–`end` (its folded words in `key`) names an agency, not where a
 * family is: it runs on into an agency's name, an agency's name ends in it, or it is a council's
 * area that says or decides something. With `capitalOnly`, only a capitalised agency word after it
 * counts ("Penhill clinic" may be the clinic in Penhill).
 */
export function placeIsAgency(
  text: string,
  start: number,
  end: number,
  key: string,
  capitalOnly = false,
): boolean {
  const bracketed = BRACKETED.exec(text.slice(end, end + 30))?.[1];
  return (
    (bracketed !== undefined && agencyWord(bracketed)) ||
    agencyAfter(text, start, end, capitalOnly) ||
    agencyBefore(text, start) ||
    councilActs(text, start, end, key) ||
    areaAsAuthority(text, start, end, key) ||
    areaInitials(text, start, end, key) ||
    signatureArea(text, start, end, key)
  );
}

/** A verb after a town's name that makes it a person: "Lyndon has been signing out", "Nelson has". */
const PERSON_ACTS =
  /^[ \t]+(?:has|had|doesn['’]t|didn['’]t|said|says|told|will|would|won['’]t|wants|went|came|rang|called|hit|texted)\b/u;
/** Words before a name: "his dad's name is Chester", "a man called Nelson". */
const NAMED_BEFORE = /\b(?:name\s+is|called|named|known\s+as|aka)\s+$/iu;
/** A quoted nickname before a surname ("Callum "Cal" Brierley") or a quoted word alone ("Nelson"). */
const QUOTE_BEFORE = /["“”]\s?$/u;

/**
 * True when a listed town's name stands where a person's does, with no cue putting anyone there:
 * before a verb ("Lyndon doesn't live with the child"), after "name is" or "called", or after a
 * quoted nickname or in quotes of its own ("Callum "Cal" Brierley", "Henry "Nelson" Boswell").
 */
export function placeIsPerson(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  return (
    PERSON_ACTS.test(text.slice(end, end + 12)) ||
    NAMED_BEFORE.test(before) ||
    QUOTE_BEFORE.test(before)
  );
}

/**
 * True when a guess at a stranger's name is a listed town or council's area inside an agency's
 * name ("Luton say", "Blackburn with Darwen Children's Advice"): neither a place nor a person. The
 * guess may already be retyped as a place (guessed-places.ts): the same holds.
 */
export function townInAgency(text: string, finding: Finding): boolean {
  if (finding.type !== 'name' && finding.type !== 'place') return false;
  if (finding.confidence === 'high') return false;
  const key = foldName(finding.original).replace(/-/g, ' ');
  return (
    (isListedPlace(key) || isKnownAreaName(key)) &&
    placeIsAgency(text, finding.start, finding.end, key, true)
  );
}
