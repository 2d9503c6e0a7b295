// Places that locate the family: the town of the client's own address wherever it
// appear and in any case ("lives in devizes"), and a capitalised place after "lives in", "moved
// to", "staying in" and the like. A place followed by an organisation word ("Wiltshire Council",
// "Devizes Police") is an agency and is kept.
import {
  agencyWords,
  organisationSuffixes,
  personalTitles,
  professionalTitles,
} from './agency-words';
import { isKnownAreaName } from './keep-terms';
import { isListedPlace } from './listed-places';
import { placeIsAgency } from './place-agency';
import { possessiveAgency } from './place-cues';
import { foldName, patternWords } from './text';
import { commonWords, monthNumbers } from './vocabulary';
import {
  makeFinding,
  overlapsAny,
  placeFinding,
  type Finding,
  type KnownClient,
  type Span,
} from './types';

const ORGANISATION_AFTER = /^[\s,]*([\p{L}’']+)/u;

function isOrganisationNext(text: string, start: number, end: number): boolean {
  if (possessiveAgency(text, end)) return true;
  const place = foldName(text.slice(start, end)).replace(/-/g, ' ');
  if (placeIsAgency(text, start, end, place)) return true;
  const next = ORGANISATION_AFTER.exec(text.slice(end, end + 40))?.[1];
  if (!next) return false;
  const key = foldName(next);
  return organisationSuffixes.has(key) || agencyWords.has(key);
}

function placePattern(place: string): RegExp | undefined {
  const words = patternWords(place.match(/[\p{L}\p{N}]+/gu) ?? []);
  if (words.length === 0) return undefined;
  const body = words
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(String.raw`[\s-]+`);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${body}(?![\p{L}\p{N}])`, 'giu');
}

function finding(text: string, start: number, end: number, reason: string, known: boolean) {
  return placeFinding(text, { start, end }, reason, known ? 'high' : 'medium');
}

/** The town of the client's address, in any case, unless an agency's name. */
export function findKnownPlaces(text: string, client: KnownClient): Finding[] {
  const places = [client.address?.town].filter(
    (place): place is string => Boolean(place?.trim()) && !/\d/.test(place ?? ''),
  );
  const findings: Finding[] = [];
  for (const place of places) {
    const pattern = placePattern(place);
    if (!pattern) continue;
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (isOrganisationNext(text, match.index, end)) continue;
      findings.push(
        finding(text, match.index, end, 'The town or area of the client’s address', true),
      );
    }
  }
  return findings;
}

const CUE = String.raw`\b(?:lives?|living|resides?|residing|moved|moving|move|relocated|staying|stays|housed|rehoused)\s+(?:back\s+)?(?:in|to|near|at|out\s+to)\s+(?:the\s+)?`;
const LIVES_IN = new RegExp(
  String.raw`${CUE}((?:[A-Z][\p{L}’'-]+)(?:[ -](?:[A-Z][\p{L}’'-]+|upon|on|under|in|le)){0,3})`,
  'gu',
);
/** A lower-case place after the same cues: only a council area or a listed town or village counts. */
const LIVES_IN_LOWER = new RegExp(
  String.raw`${CUE}(?=(\p{Ll}[\p{L}’'-]*(?:[ -]\p{Ll}[\p{L}’'-]*){0,3}))`,
  'gu',
);
/**
 * A council's area or a listed town after a word that puts a person there: "a friend in
 * Hounslow", "grandparents in Caerphilly", "found in Preston", "(uncle) in Derby". Without such a
 * word a council's area is the partnership's own ("the CP register in Fife") and stays.
 */
const PERSON_IN = new RegExp(
  String.raw`\b(?:found|seen|located|spotted|arrested|family|relatives?|grandparents|grand(?:ma|mother|dad|father)|nan|nana|gran|granny|uncle|aunt(?:ie|y)?|cousins?|friends?|mates?|partner|boyfriend|girlfriend|dad|mum|father|mother|brothers?|sisters?)(?:\s*\([^()]{1,30}\))?\s+(?:in|near)\s+((?:[A-Z][\p{L}’'-]+)(?:[ -][A-Z][\p{L}’'-]+){0,2})`,
  'gu',
);
/** A postcode district on its own: "lives in the SN12 area", "moved to BA14". */
const DISTRICT = new RegExp(
  String.raw`(?:${CUE}([A-Z]{1,2}\d{1,2}[A-Z]?)(?![\p{L}\p{N}])(?!\s*\d[A-Z]{2})|(?<![\p{L}\p{N}])([A-Z]{1,2}\d{1,2}[A-Z]?)(?=\s+(?:area|district|postcode area)\b))`,
  'gu',
);

/**
 * The longest run of words from the start of `words` that names a council's area or a listed town
 * ("milton keynes", "Lytham St Annes"), as written and folded; undefined when none does.
 */
function knownAreaAtStart(written: string): { written: string; key: string } | undefined {
  const words = written.split(/[ -]/);
  for (let n = words.length; n > 0; n -= 1) {
    const place = words.slice(0, n).join(' ');
    const key = foldName(place).replace(/-/g, ' ');
    if (isKnownAreaName(key) || isListedPlace(key)) return { written: place, key };
  }
  return undefined;
}

/** A capitalised place after a cue that says someone lives, moved or stays there. */
export function findCuedPlaces(
  text: string,
  keep: ReadonlySet<string>,
  blocked: readonly Span[],
): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(LIVES_IN)) {
    const place = match[1] ?? '';
    const start = match.index + match[0].length - place.length;
    const end = start + place.length;
    if (/\p{N}/u.test(text.charAt(end))) continue;
    // "moved in Aug", "moved in September": a month after "in" is when, not where.
    const first = foldName(place.split(/[ -]/)[0] ?? '').replace(/\.$/, '');
    if (monthNumbers.has(first) && /\sin\s+$/u.test(match[0].slice(0, -place.length))) continue;
    // "stays at Jenna's flat", "living at Sean's mum's": a person's home, not a place's name.
    if (/['’]s$/u.test(place) && /^\s+\p{Ll}/u.test(text.slice(end, end + 3))) continue;
    const words = place.split(/[ -]/).map((word) => foldName(word).replace(/'s$/, ''));
    const kept = [
      keep,
      agencyWords,
      organisationSuffixes,
      personalTitles,
      professionalTitles,
      commonWords,
    ];
    if (words.some((word) => kept.some((set) => set.has(word)))) continue;
    if (isOrganisationNext(text, start, end) || overlapsAny({ start, end }, blocked)) continue;
    findings.push(finding(text, start, end, 'A place where the family lives or stays', false));
  }
  for (const match of text.matchAll(PERSON_IN)) {
    const place = knownAreaAtStart(match[1] ?? '');
    if (!place) continue;
    const start = match.index + match[0].length - (match[1] ?? '').length;
    const end = start + place.written.length;
    // "found in Walsall … Walsall Children's Services": the partnership's own area.
    const ownArea = blocked.some((span) =>
      foldName(text.slice(span.start, span.end)).replace(/-/g, ' ').includes(place.key),
    );
    if (!ownArea && !isOrganisationNext(text, start, end) && !overlapsAny({ start, end }, blocked))
      findings.push(finding(text, start, end, 'A town where someone in the note is', false));
  }
  for (const match of text.matchAll(LIVES_IN_LOWER)) {
    const place = knownAreaAtStart(match[1] ?? '');
    if (!place) continue;
    const start = match.index + match[0].length;
    const end = start + place.written.length;
    if (!isOrganisationNext(text, start, end) && !overlapsAny({ start, end }, blocked))
      findings.push(finding(text, start, end, 'A town where the family lives or stays', false));
  }
  for (const match of text.matchAll(DISTRICT)) {
    const district = match[1] ?? match[2] ?? '';
    const start = match.index + match[0].length - district.length;
    findings.push(
      makeFinding(
        text,
        { start, end: start + district.length },
        {
          type: 'postcode',
          replacement: '[postcode]',
          reason: 'A postcode district where the family lives',
          confidence: 'medium',
        },
      ),
    );
  }
  return findings;
}

/**
 * The client's own town found as an address is a place: retyped, so "stays in bude" and the town
 * after the street ("4 Elm Close, Devizes") are reported as where the family is, as the corpora
 * mark them.
 */
export function retypeKnownPlaces(findings: readonly Finding[], client: KnownClient): Finding[] {
  const places = new Set(
    [client.address?.town]
      .filter((place): place is string => Boolean(place?.trim()))
      .map((place) => foldName(place).trim()),
  );
  if (places.size === 0) return [...findings];
  return findings.map((finding) =>
    finding.type === 'address' && places.has(foldName(finding.original).trim())
      ? { ...finding, type: 'place', replacement: '[place]' }
      : finding,
  );
}
