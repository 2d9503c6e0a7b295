// Places and settings named by their kind. A family's takeaway, church, pub, letting agent or a
// child's pre-school is a proper name with a word that says what kind of thing it is, in three
// frames: the kind in apposition before the name ("the family's takeaway, Golden Dragon", "nursery
// (Tiny Steps, Plungington)", "their church, Igreja Nova Vida"), a capitalised kind after the name
// ("Avonview Cemetery", "Alma Lettings", "Rainbow Pre-school", "the Stepney Arms"), and a church's
// kind in another language before it ("Igreja Batista Nova Vida", "Biserica Betel"). The kinds are
// from open knowledge: OpenStreetMap's amenity and shop values, Ofsted's early-years provider
// kinds and the words for a church in the languages of the UK's larger communities. An early-years
// setting is proposed as the child's school, as the earlier notes mark it; the rest as places.
import { agencyWords, brandWords } from './agency-words';
import { isListedGivenName } from './given-names';
import { foldName } from './text';
import { makeFinding, placeFinding, type Finding } from './types';
import { commonWords, monthNumbers, weekdays } from './vocabulary';

/** A capitalised word of the name, bounded so one endless word costs no more than words. */
const WORD = String.raw`(?:St\.?|\p{Lu}[\p{L}'’&-]{0,30})`;
const NAME = String.raw`${WORD}(?:[ \t]+${WORD}){0,3}`;
/** Early-years kinds (Ofsted's register): the setting is the child's school. */
const EARLY_YEARS = String.raw`nursery|pre-?school|playgroup|setting|cr[eè]che`;
/** Kinds written in lower case before the name they describe, with a comma, bracket or quote. */
const APPOSED_KINDS = String.raw`takeaway|restaurant|caf[eé]|shop|pub|church|chapel|mosque|gurdwara|mandir|temple|salon|gym|lettings[ \t]+agent|letting[ \t]+agent|${EARLY_YEARS}`;
const APPOSED = new RegExp(
  String.raw`(?<![\p{L}])(${APPOSED_KINDS})(?:[ \t]*[,(:][ \t]*["“]?|[ \t]*["“])(${NAME})`,
  'gu',
);
/** Capitalised kinds after the name, which no agency a writer works for bears. */
const SUFFIX_KINDS = String.raw`Lettings|Cemetery|Crematorium|Assembly|Pre-?[Ss]chool|Preschool|Montessori|Playgroup|Playhouse|Childminding|Funeral[ \t]+(?:Services|Directors|Home)|Takeaway|Arms|Head|Tavern|Clay[ \t]+Ground|Labour[ \t]+Club`;
const SUFFIXED = new RegExp(
  String.raw`(?<![\p{L}])(${NAME})[ \t]+(${SUFFIX_KINDS})(?![\p{L}])`,
  'gu',
);
/** A church's kind in Portuguese, Spanish, Romanian, French, Polish, Italian and Welsh; a Welsh playgroup. */
const PREFIXED = new RegExp(
  String.raw`(?<![\p{L}])(?:Igreja|Iglesia|Biserica|[ÉE]glise|Kości[oó]ł|Chiesa|Eglwys|(Cylch[ \t]+Meithrin))[ \t]+${NAME}`,
  'gu',
);
const EARLY_YEARS_KIND = new RegExp(
  String.raw`^(?:${EARLY_YEARS}|Montessori|Playhouse|Childminding)`,
  'iu',
);

/** Titles before a person's name, which no place's name begins with. */
const TITLES =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Revd|Pastor|Imam|Father|Brother|Sister|Aunty|Auntie|Uncle)\.?$/u;

/** "from" shortly before the kind, in the same clause ("a friend from the Buddhist temple, "). */
const FROM_BEFORE = /(?<![\p{L}])from[ \t][^,.;:()\n]*$/iu;

/** What follows a person, not a place: a phone number, an age, or a verb of what they did. */
const PERSON_AFTER =
  /^[ \t]*(?:\([ \t]*(?:\d|aged?(?![\p{L}])|DOB|d\.o\.b)|,[ \t]*(?:who|whom|has|had|is|was|said|says|told|aged?|\d)(?![\p{L}]))/iu;

/** True when a word is ordinary at a sentence's start, a day, a month, an agency's or a chain's. */
function plainWord(word: string): boolean {
  const key = foldName(word.replace(/['’]s$/u, ''));
  return (
    commonWords.has(key) ||
    weekdays.has(key) ||
    monthNumbers.has(key) ||
    agencyWords.has(key) ||
    brandWords.has(key)
  );
}

/** The name's words up to the first plain one ("Golden Dragon" of "Golden Dragon The"). */
function leadingName(name: string): string {
  const words = name.split(/[ \t]+/u);
  const kept: string[] = [];
  for (const word of words) {
    if (plainWord(word)) break;
    kept.push(word);
  }
  return kept.join(' ');
}

function finding(
  text: string,
  span: { start: number; end: number },
  school: boolean,
  confidence: Finding['confidence'],
): Finding {
  const reason = 'A place or setting named by its kind';
  return school
    ? makeFinding(text, span, { type: 'school', replacement: '[school]', reason, confidence })
    : placeFinding(text, span, reason, confidence);
}

/** Places and settings named by their kind, in the three frames above. */
export function findKindPlaces(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(APPOSED)) {
    const kind = match[1] ?? '';
    // The kind is lower case: "Church, Mosque" in a list names no one building.
    if (kind !== kind.toLowerCase()) continue;
    const name = leadingName(match[2] ?? '');
    if (name === '') continue;
    // A person after the kind ("the mosque, Sharif Noori", "church, Mrs Cora Villanueva").
    const first = name.split(' ')[0] ?? '';
    if (TITLES.test(first) || isListedGivenName(foldName(first))) continue;
    // One word after the kind is as often a person speaking ("from the pub, Nick").
    if (!name.includes(' ')) continue;
    // "a man from the mosque, Sharif Noori": someone from a place is named after it, not the place.
    if (FROM_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    const start = match.index + match[0].length - (match[2] ?? '').length;
    // "the temple, Dorje Lama (07700…", "the church, Grace Adu, who…": a person, with their number,
    // age or deeds after them.
    if (PERSON_AFTER.test(text.slice(start + name.length, start + name.length + 12))) continue;
    // Low: a person's name after the kind ("from the mosque, Sharif Noori") yields to a name finder.
    findings.push(
      finding(text, { start, end: start + name.length }, EARLY_YEARS_KIND.test(kind), 'low'),
    );
  }
  for (const match of text.matchAll(SUFFIXED)) {
    const kind = match[2] ?? '';
    const words = (match[1] ?? '').split(/[ \t]+/u);
    // Drop leading plain words ("at the", "Visited"), keeping "The" of "The Bull's Arms".
    let first = 0;
    while (
      first < words.length &&
      plainWord(words[first] ?? '') &&
      !/^The$/u.test(words[first] ?? '')
    )
      first += 1;
    if (first >= words.length) continue;
    if (words.slice(first).every((word) => /^The$/u.test(word))) continue;
    // "Nag's Head", "Bull's Head": a pub; "Deputy Head" is a role.
    if (kind === 'Head' && !/s$/u.test(words[words.length - 1] ?? '')) continue;
    const offsets = [...(match[1] ?? '').matchAll(/\S+/gu)].map((word) => word.index);
    const start = match.index + (offsets[first] ?? 0);
    findings.push(
      finding(
        text,
        { start, end: match.index + match[0].length },
        EARLY_YEARS_KIND.test(kind),
        'medium',
      ),
    );
  }
  for (const match of text.matchAll(PREFIXED)) {
    // "Cylch Meithrin", a Welsh-medium playgroup, is the child's setting.
    const span = { start: match.index, end: match.index + match[0].length };
    findings.push(finding(text, span, match[1] !== undefined, 'medium'));
  }
  return findings;
}
