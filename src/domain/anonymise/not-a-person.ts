// Capitalised words that are plainly not a stranger's name: a professional named by a title or
// next to a role ("Dr Wilson", "Helen (HV)"), a word of an organisation's or service's name ("a
// Strengthening Families worker"), a word after "the", "in" or "at", a condition, legal term or
// product named after a person ("Gillick competent", "Awaab's Law"), a council's area ("Wigan's area").
import { accusedAfterRoleWord, accusedProfessional } from './accused-professionals';
import { agencyWords, roleWords } from './agency-words';
import { isListedGivenName } from './given-names';
import { COUNCIL_AREAS } from './keep/uk-councils';
import { namesAThing } from './named-things';
import { actionVerbFollows, ownsPersonalNoun } from './name-frames';
import { capitalisedRun, inOrganisationName, looksLikeNameWord } from './name-words';
import { professionalTeams } from './professional-teams';
import type { Scan } from './name-scan';
import { foldName, tokenise, tokenStartingAt, type Token } from './text';
import { overlapsAny } from './types';

export const DETERMINERS = new Set(
  'the a an this that these those our their your his her its its every each no any'.split(' '),
);
const PLACE_PREPOSITIONS = new Set(
  'in at near from outside into via inside within towards toward'.split(' '),
);
const PROFESSIONAL_TITLE =
  /\b(?:Dr|PC|DC|DS|DI|DCI|Sgt|Insp|Prof|Cllr)\.?\s+(?:\d+\s+)?(?=\p{Lu})/gu;

const ROLE_AFTER = /^\s*(\(|,\s*(?:the\s+)?|\s+from\s+(?:the\s+)?)([\p{L}&]+)(?:\s+([\p{L}&]+))?/u;
const NOT_A_ROLE_AFTER_FROM = new Set(['school', 'college', 'nursery', 'family', 'home']);

/**
 * Private places of work whose word before a role makes it a private job, not a safeguarding
 * professional's post: "the park manager, Keith Rowell", "Steven Rudd, bar manager", "the site
 * manager Dave". Such a worker is a third party, hidden like anyone else.
 */
const PRIVATE_WORKPLACES = new Set(
  'park bar pub shop site hotel farm club restaurant takeaway garage cafe café salon gym caravan holiday store warehouse factory kitchen night property lettings letting'.split(
    ' ',
  ),
);

/** True when the words after a name give a professional role: "Helen (HV)", ", social worker". */
function roleFollows(text: string, token: Token): boolean {
  const after = ROLE_AFTER.exec(text.slice(token.end, token.end + 50));
  if (!after) return false;
  const words = [after[2], after[3]].filter((w): w is string => w !== undefined).map(foldName);
  if (PRIVATE_WORKPLACES.has(words[0] ?? '') && words[1] === 'manager') return false;
  if (words.some((word) => roleWords.has(word))) return true;
  const opener = after[1] ?? '';
  // "(PNC 97/221331H)", "(NHS 943 476 5919)": a cue word before a number identifies the person.
  if (
    opener === '(' &&
    /^\s*\d/.test(text.slice(token.end + after[0].length, token.end + after[0].length + 3))
  )
    return false;
  if (opener === '(') return agencyWords.has(words[0] ?? '');
  return (
    opener.includes('from') &&
    agencyWords.has(words[0] ?? '') &&
    !NOT_A_ROLE_AFTER_FROM.has(words[0] ?? '')
  );
}

function keepRun(scan: Scan, i: number, direction: 'forward' | 'back', role = false): void {
  const run = capitalisedRun(scan.text, scan.tokens, i).filter((k) =>
    direction === 'forward' ? k >= i : k <= i,
  );
  if (role && accusedProfessional(scan, run)) return;
  for (const j of run) {
    const token = scan.tokens[j];
    if (token) scan.keep.push(token);
  }
}

/**
 * Names after professional titles ("Dr Wilson", "PC 4521 Tranter") or next to a role ("Helen (HV)"),
 * and a known professional's team or organisation after their name ("Ravi Thakkar (Short Breaks)").
 */
export function professionalMentions(scan: Scan): void {
  for (const match of scan.text.matchAll(PROFESSIONAL_TITLE)) {
    const i = tokenStartingAt(scan.tokens, match.index + match[0].length);
    if (i >= 0) keepRun(scan, i, 'forward');
  }
  scan.tokens.forEach((token, i) => {
    if (!looksLikeNameWord(token)) return;
    if (roleFollows(scan.text, token)) keepRun(scan, i, 'back', true);
    else if (rolePrecedes(scan.text, token)) keepRun(scan, i, 'forward', true);
  });
  professionalTeams(scan);
}

const ROLE_BEFORE = /(?:^|[^\p{L}])(?:([\p{L}]+)\s+)?([\p{L}]+)\s*[,:]?\s+$/u;

/**
 * True when a role word comes straight before a name: "the HV, Anne-Marie Cole", "social worker
 * Jess"; not a manager of a private place ("The park manager, Keith Rowell").
 */
function rolePrecedes(text: string, token: Token): boolean {
  const before = ROLE_BEFORE.exec(text.slice(Math.max(0, token.start - 30), token.start));
  const [qualifier, role] = [foldName(before?.[1] ?? ''), foldName(before?.[2] ?? '')];
  if (role === 'manager' && PRIVATE_WORKPLACES.has(qualifier)) return false;
  return roleWords.has(role);
}

/** Lower-case words that, straight after a run of capitalised words, make it a service's name. */
const SERVICE_ROLE_AFTER =
  /^[ \t]+(?:(?:support|family|liaison|outreach|key|link|case|specialist|community)[ \t]+)?(?:worker|workers|team|service|programme|project|practitioner|coordinator|co-ordinator|liaison|scheme|pathway|panel|referral|assessment|caseworker|navigator|keyworker|mentor|advocate|advocacy)\b/;

/**
 * True when the capitalised run holding token `i` is followed by a lower-case role or service
 * word: "a Strengthening Families worker", "Gypsy Roma Traveller liaison", "the Jigsaw project".
 * A possessive ("Kyle's worker") is a person's.
 */
function namesAService(scan: Scan, i: number): boolean {
  const run = capitalisedRun(scan.text, scan.tokens, i).filter((j) => j >= i);
  const last = scan.tokens[run[run.length - 1] ?? i];
  if (!last || last.possessive) return false;
  return SERVICE_ROLE_AFTER.test(scan.text.slice(last.end, last.end + 40));
}

/** Lower-case words after a person's name that make it a condition, a test or a legal term. */
const TERM_AFTER =
  /^[ \t]+(?:competent|competence|competency|guidelines|criteria|principles|judgment|judgement|ruling|basket|scale|checklist)\b/;
/**
 * The same after a possessive too, maybe after one other word: "Angelman syndrome", "Asperger's
 * syndrome", "Crohn's disease", "Duchenne muscular dystrophy".
 */
const CONDITION_AFTER =
  /^(?:['’]s)?[ \t]+(?:\p{Ll}+[ \t]+)?(?:syndrome|disease|palsy|dystrophy|ataxia|sarcoma|lymphoma)\b/u;
/**
 * Capitalised words that end an eponymous term, a statute or a treaty named after its town: "Awaab's
 * Law", "(Minimum Age) Act", "the 1996 Hague Convention", "the Palermo Protocol".
 */
const TERM_ENDINGS = new Set(
  'law act syndrome disease judgment judgement principles convention protocol treaty regulation regulations'.split(
    ' ',
  ),
);
/** Any of the words above, to skip most words at once. */
const TERM_HINT =
  /(?:law|act|syndrome|disease|palsy|dystrophy|ataxia|sarcoma|lymphoma|judge?ment|principles|competen|guidelines|criteria|ruling|basket|scale|checklist|convention|protocol|treaty|regulation)/i;
/** Containers of a drink or product: "a bottle of Hennessy", "two cans of Monster". */
const CONTAINERS = new Set(
  'bottle bottles can cans pack packs packet packets bag bags box boxes tin tins glass shot shots pint pints crate tub'.split(
    ' ',
  ),
);

/**
 * True when the capitalised run holding token `i` names a condition, a test, a legal term or a
 * product rather than a person: "Gillick competent", "Angelman syndrome", "Southwark judgment",
 * "Moses basket", "Awaab's Law", "(Minimum Age) Act 2022", "a bottle of Hennessy".
 */
function namesATerm(scan: Scan, i: number): boolean {
  const { text, tokens } = scan;
  const [of, container] = [tokens[i - 1], tokens[i - 2]];
  if (of?.key === 'of' && CONTAINERS.has(container?.key ?? '')) return true;
  // Most words have no such word after them: skip the run's walk.
  if (!TERM_HINT.test(text.slice(tokens[i]?.start ?? 0, (tokens[i]?.end ?? 0) + 80))) return false;
  const whole = capitalisedRun(text, tokens, i);
  // "Awaab's Law", "Angelman Syndrome"; a "Law" after a first name is a surname ("Jude Law").
  const ending = whole.some((j) => {
    const key = tokens[j]?.key ?? '';
    return (
      j > (whole[0] ?? i) && TERM_ENDINGS.has(key) && (key !== 'law' || tokens[j - 1]?.possessive)
    );
  });
  if (ending) return true;
  const run = whole.filter((j) => j >= i);
  const last = tokens[run[run.length - 1] ?? i];
  if (!last) return false;
  const after = text.slice(last.end, last.end + 30);
  if (CONDITION_AFTER.test(after) || /^\)?[ \t]+Act\b/.test(after)) return true;
  return !last.possessive && TERM_AFTER.test(after);
}

let areaWords: ReadonlySet<string> | undefined;

/** The words of UK council areas' names ("wigan", "lambeth", "cheshire", "chester"), folded. */
function councilAreaWords(): ReadonlySet<string> {
  areaWords ??= new Set(
    COUNCIL_AREAS.split('|')
      .flatMap((name) => tokenise(name).map((token) => token.key))
      .filter((key) => !AREA_CONNECTORS.has(key) && !AREA_QUALIFIERS.has(key) && key !== 'the'),
  );
  return areaWords;
}

const AREA_CONNECTORS = new Set(['and', 'upon', 'on', 'of']);
/** Lower-case words after an area's name that make it the council's: "Wrekin licence". */
const COUNCIL_BUSINESS = new Set(
  'licence licensing procedure protocol judgment judgement threshold guidance resolution area dental'.split(
    ' ',
  ),
);
/** Words that qualify an area inside its name but are no area alone ("Cheshire West and Chester"). */
const AREA_QUALIFIERS = new Set(['north', 'south', 'east', 'west', 'city', 'county']);

/** The words of council areas around token `i`, joined by spaces, "&" or "and": "Telford & Wrekin". */
function areaRun(scan: Scan, i: number): number[] {
  const { text, tokens } = scan;
  const fits = (j: number) => {
    const token = tokens[j];
    if (!token) return false;
    if (AREA_CONNECTORS.has(token.key)) return token.raw === token.raw.toLowerCase();
    const areaWord = councilAreaWords().has(token.key) || AREA_QUALIFIERS.has(token.key);
    return areaWord && /^\p{Lu}/u.test(token.raw);
  };
  const near = (a: number) =>
    /^[ \t]*&?[ \t]*$|^-$/.test(text.slice(tokens[a]?.end, tokens[a + 1]?.start));
  let [start, end] = [i, i];
  while (fits(start - 1) && near(start - 1) && !tokens[start - 1]?.possessive) start -= 1;
  while (fits(end + 1) && near(end) && !tokens[end]?.possessive) end += 1;
  while (start < i && AREA_CONNECTORS.has(tokens[start]?.key ?? '')) start += 1;
  while (end > i && AREA_CONNECTORS.has(tokens[end]?.key ?? '')) end -= 1;
  return Array.from({ length: end - start + 1 }, (_, k) => start + k);
}

/**
 * True when the capitalised run holding token `i` is all words of council areas and stands for the
 * council: several words ("Cheshire West and Chester", "Telford & Wrekin"), or one in the possessive
 * or before a noun ("Wigan's area", "per Lambeth's procedure"). A word that is also a first name
 * ("Chester") and a surname after a name found ("Jack Bolton") are left to the name passes.
 */
function namesACouncilArea(scan: Scan, i: number): boolean {
  const { text, tokens } = scan;
  if (!councilAreaWords().has(tokens[i]?.key ?? '')) return false;
  const run = areaRun(scan, i);
  const words = run.filter((j) => !AREA_CONNECTORS.has(tokens[j]?.key ?? ''));
  const [first, previous] = [tokens[run[0] ?? i], tokens[(run[0] ?? i) - 1]];
  if (
    first &&
    previous &&
    scan.found.has((run[0] ?? i) - 1) &&
    text.slice(previous.end, first.start) === ' '
  )
    return false;
  const key = tokens[i]?.key ?? '';
  if (words.length > 1) return true;
  // One word stands for the council in the possessive or before an agency's or a council's word
  // ("Wigan's area", "Northumberland dental pathway", "Telford licence"); elsewhere it may be where
  // someone is ("Hotel, Rotherham", "Falkirk bus station"), which the place finders judge.
  const last = tokens[run[run.length - 1] ?? i];
  const next = tokens[(run[run.length - 1] ?? i) + 1];
  const organisational =
    last !== undefined &&
    (last.possessive ||
      (next !== undefined &&
        text.slice(last.end, next.start) === ' ' &&
        (agencyWords.has(next.key) || COUNCIL_BUSINESS.has(next.key))));
  // "Rosie Lomas (Wigan)": a professional's council in brackets after their name.
  const before = text.slice(Math.max(0, (first?.start ?? 0) - 2), first?.start);
  const professional =
    before.endsWith('(') && scan.professionalKeys.has(tokens[(run[0] ?? i) - 1]?.key ?? '');
  return (organisational || professional) && !isListedGivenName(key);
}

/** True when a possessive after "at" or "in" is a business or a hospital, not someone's home: "at Addenbrooke's". */
function businessPossessive(scan: Scan, i: number): boolean {
  const token = scan.tokens[i];
  if (!token?.possessive || isListedGivenName(token.key)) return false;
  return !ownsPersonalNoun(scan.text, scan.tokens, i);
}

/**
 * True when token `i` is a word of an organisation's, a service's or a term's name ("Barnsley
 * Children's Social Care"): another mention there of a word proposed as a name is no person's.
 */
export function inNamedThing(scan: Scan, i: number): boolean {
  // "Scotty's NHS number": a possessive before an agency's word is the person's.
  if (scan.tokens[i]?.possessive) return false;
  return (
    inOrganisationName(scan.text, scan.tokens, i) || namesAService(scan, i) || namesATerm(scan, i)
  );
}

/**
 * True when another mention of a word only guessed as a name stands after "in", "at" or "from":
 * there it is more likely a place ("Kai now at nan's in Hope", a village, after "Hope arrived at
 * 9:15"), still to be hidden, but as a place.
 */
export function repeatWherePlaceStands(
  scan: Scan,
  i: number,
  found: { confidence: string },
): boolean {
  const [previous, token] = [scan.tokens[i - 1], scan.tokens[i]];
  if (found.confidence !== 'low' || !previous || !token || token.possessive) return false;
  return (
    PLACE_PREPOSITIONS.has(previous.key) && /^\s+$/.test(scan.text.slice(previous.end, token.start))
  );
}

/**
 * True when "that" before token `i` opens a clause, not a noun's: a verb follows the word ("said
 * that Kyle hit her", "and that Clive have no right", "that Tyrese shared it") or another name
 * joins it ("that Tyrese and Finn shared it"). "that Thursday", "that Facebook group" stay things.
 */
function thatOpensAClause(scan: Scan, i: number): boolean {
  if (scan.tokens[i - 1]?.key !== 'that') return false;
  const token = scan.tokens[i];
  // "that Newham placed the family": a council acts too.
  if (!token || councilAreaWords().has(token.key)) return false;
  const after = scan.text.slice(token.end, token.end + 16);
  return (
    actionVerbFollows(scan.text, scan.tokens, i) ||
    /^ (?:and \p{Lu}\p{Ll}|(?:have|has|had|will|would|did)\b|\p{Ll}{2,}ed\b)/u.test(after)
  );
}

/**
 * What follows Welsh "Mae" ("is") opening a clause: a word (or the placeholder a pass put there),
 * then "yn", "wedi" or "ddim", or "'n".
 */
const WELSH_MAE_AFTER =
  /^[ \t]+(?:\p{L}+|\[[^\]\n]{1,30}\])(?:['’]n|[ \t]+(?:yn|wedi|ddim|dal)(?![\p{L}]))/u;

/**
 * True when "Mae" opens a Welsh clause, quoted or written beside the English ("Mae Rhys yn cymryd
 * fy arian", "Mae hi'n byw yn …"): the verb, not the name Mae.
 */
export function welshVerb(scan: Scan, token: Token): boolean {
  if (token.key !== 'mae' || token.possessive) return false;
  return WELSH_MAE_AFTER.test(scan.text.slice(token.end, token.end + 24));
}

/** True when the capitalised word is plainly not a person: after "the", "in", "at"; in an organisation's name. */
export function plainlyNotAPerson(scan: Scan, i: number): boolean {
  const token = scan.tokens[i];
  const previous = scan.tokens[i - 1];
  if (!token) return true;
  if (welshVerb(scan, token)) return true;
  const gap = previous ? scan.text.slice(previous.end, token.start) : '';
  if (previous && /^\s+$/.test(gap) && DETERMINERS.has(previous.key) && !thatOpensAClause(scan, i))
    return true;
  if (
    previous &&
    /^\s+$/.test(gap) &&
    PLACE_PREPOSITIONS.has(previous.key) &&
    (!token.possessive || businessPossessive(scan, i))
  )
    return true;
  if (previous && /^\s+$/.test(gap) && /^(?:st|saint)$/.test(previous.key)) return true;
  // An abbreviation before a number: "Bl. 4", "Yr. 7", "Pt. 2".
  if (token.raw.length <= 3 && /^\.\s*\d/.test(scan.text.slice(token.end, token.end + 4)))
    return true;
  if (accusedAfterRoleWord(scan, i)) return false;
  return (
    namesAThing(scan, i) ||
    inOrganisationName(scan.text, scan.tokens, i) ||
    namesAService(scan, i) ||
    namesATerm(scan, i) ||
    namesACouncilArea(scan, i) ||
    overlapsAny(token, scan.keep)
  );
}
