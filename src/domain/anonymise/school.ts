// Schools: the child's own school however it is shortened, and other named schools.
import { agencyWords } from './agency-words';
import { commonWords, monthNumbers, weekdays } from './vocabulary';
import { readsAsWord } from './name-words';
import { isListedPlace } from './listed-places';
import { findCuedSchools } from './school-cues';
import { escapeRegExp, patternWords, foldName, tokenise } from './text';
import { KINDS, KIND_WORDS, schoolCore, shortenedSchools } from './school-names';
import { makeFinding, overlapsAny, type Finding, type Span } from './types';

/** Words that make "<word> School" a kind of provision rather than a named school. */
const GENERIC_CORES = new Set(
  'virtual forest sunday special independent local mainstream free hospital residential boarding alternative new previous current old main secondary primary high junior infant his her their our your the a this that same catholic community village private state'.split(
    ' ',
  ),
);

function flexibleWord(word: string): string {
  if (/^(?:st|saint)\.?$/i.test(word)) return String.raw`(?:St\.?|Saint)`;
  return escapeRegExp(word).replace(/['’]/g, "['’]?");
}

/**
 * True when a school stands where the writer names their own agency: after their role in
 * a signature or a list of who was there ("Mrs S. Greenwood, DSL, Thornhill Primary", "Mrs Annette
 * Hall (TA), Westmoor Primary", "Jenny Hall (Harrowgate Hill Primary DSL)"), or in a form's heading
 * on the note's first line, at its start or after a dash and ending the line ("Little Acorns Day
 * Nursery – Existing injury form", "Collection log – Sunflowers Pre-School"). There another
 * school is the agency the form asks for.
 */
function signsOrHeadsTheNote(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (inRoleBrackets(before, text.slice(end, end + 2))) return false;
  if (ROLE_BEFORE.test(before) || ROLE_AFTER.test(text.slice(end, end + 20))) return true;
  return headsTheNote(text, start, end);
}

/** True when the school heads a form on the note's first line: "Collection log – Sunflowers Pre-School". */
function headsTheNote(text: string, start: number, end: number): boolean {
  const firstLineEnd = text.search(/\n/);
  if (firstLineEnd !== -1 && end > firstLineEnd) return false;
  const lineBefore = text.slice(0, start);
  const lineAfter = text.slice(end, firstLineEnd === -1 ? undefined : firstLineEnd);
  const startsHeading = /^\s*$/.test(lineBefore) && /^\s+[–—-]\s/.test(lineAfter);
  const endsHeading = /\s[–—-]\s+$/.test(lineBefore) && /^\s*$/.test(lineAfter);
  return firstLineEnd !== -1 && (startsHeading || endsHeading);
}

/**
 * The child's school, in full or by its distinctive name followed by any kind words, wherever it
 * stands: it is in the case's identifier set. Where it heads a form as the writer's own agency
 * ("Collection log – Sunflowers Pre-School") it is still proposed, for the reviewer to keep if they
 * choose; another school there is the writer's agency and is not (`namedAsAgency`).
 */
export function findKnownSchool(text: string, school: string | undefined): Finding[] {
  if (!school?.trim()) return [];
  const core = schoolCore(school);
  const coreWords = patternWords(core.split(/\s+/))
    .map(flexibleWord)
    .join(String.raw`[\s-]+`);
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${coreWords}(?:\s+(?:${KINDS}))*(?![\p{L}\p{N}])`,
    'giu',
  );
  const findings: Finding[] = [];
  // "foster carers in Heathfield. Attending Heathfield Community College": the town, not the school.
  const town = isListedPlace(
    tokenise(core)
      .map((token) => token.key)
      .join(' '),
  );
  for (const match of text.matchAll(pattern)) {
    // In lower case only with a kind of school after it ("from thanet primary"): "thanet" alone
    // may be the district.
    if (!/^\p{Lu}/u.test(match[0]) && match[0].length <= core.length) continue;
    const before = text.slice(Math.max(0, match.index - 8), match.index);
    if (town && match[0].length === core.length && /\b(?:in|near|from)\s+$/i.test(before)) continue;
    const span = { start: match.index, end: match.index + match[0].length };
    findings.push(
      makeFinding(text, span, {
        type: 'school',
        replacement: '[school]',
        reason: "The child's school",
        confidence: 'high',
      }),
    );
  }
  return findings;
}

/**
 * A school's name and kind, from where a word starts (so a long run of capitals is read once), on
 * one line ("L32 4TG⏎School: …" is a postcode and a label) and no form's label ("Primary:").
 */
const NAMED_SCHOOL = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:(?:St\.?|Saint)\s+)?(?:[A-Z][\p{L}'’-]*[ \t]+){1,3}(?:(?:C of E|CofE|CE|RC|Church of England|Catholic|Methodist|Community)\s+)?(?:Primary|Junior|Juniors|Infant|Infants|First(?=\s+School)|Middle|High|Secondary|Grammar|Academy|College|Comprehensive|Comp|Nursery|School|Playgroup|Pre-School|Preschool|Kindergarten|Creche|Sixth[ \t]+Form)(?:\s+(?:School|Academy))?\b`,
  'gu',
);

function isDistinctive(word: string): boolean {
  const key = foldName(word);
  return (
    !GENERIC_CORES.has(key) &&
    !commonWords.has(key) &&
    !agencyWords.has(key) &&
    !KIND_WORDS.has(key)
  );
}

/** The offset at which a named-school match really starts, after leading ordinary words. */
function schoolStart(match: string): number | undefined {
  const words = [...match.matchAll(/\S+/g)];
  const coreLength = schoolCore(match).split(/\s+/).length;
  for (let i = 0; i < coreLength; i += 1) {
    const word = words[i];
    if (!word) return undefined;
    if (/^(?:St\.?|Saint)$/.test(word[0])) return word.index;
    if (isDistinctive(word[0])) return word.index;
  }
  return undefined;
}

/**
 * The writer's own school: "I am the DSL at Swanlea School", "I'm head of Brookfield High", "I
 * write as DSL at Easton CE Academy".
 */
const OWN_SCHOOL =
  /\bI(?:\s+am|['’]m|\s+write\s+as|(?:\s+am|['’]m)\s+writing\s+as)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}?(?:DSL|DDSL|DSP|head(?:teacher)?|SENCO|SENDCO|teacher|school nurse|safeguarding lead)\s+(?:at|of|for|in)\s+(?:the\s+)?$/iu;
/** A school that is the other party to the disagreement: "raising a disagreement with Kingswood Academy". */
const DISAGREEING_SCHOOL =
  /\b(?:disagreement|dispute|escalation|escalating|escalated|challenge|challenging)\s+(?:this\s+|it\s+)?(?:with|to|against)\s+(?:the\s+)?$/iu;

/** The roles a school's staff sign with, shared by the two role patterns below. */
const SCHOOL_ROLES = String.raw`DSL|DDSL|DSP|SENCO|SENDCO|TA|headteacher|head teacher|head of year(?:\s+\d+)?|deputy head|designated (?:teacher|person|safeguarding (?:lead|person|teacher))|(?:safeguarding|wellbeing|pastoral|attendance|welfare)\s+(?:officer|lead|manager|worker)`;
/**
 * A professional's role just before the school, as in a signature or a list of who was there:
 * "Mrs S. Greenwood, DSL, Thornhill Primary", "Mrs Annette Hall (TA), Westmoor Primary",
 * "Safeguarding Officer, Cornwall College", "Wellbeing Officer Dundee and Angus College", Northern
 * Ireland's "Designated Teacher, Harryville Primary School", Welsh "Pennaeth, Ysgol Bro Lleu".
 */
const ROLE_BEFORE = new RegExp(
  String.raw`\b(?:${SCHOOL_ROLES}|principal|nursery manager|pennaeth|dirprwy bennaeth|athrawes|athro)(?:\)\s*,?\s*|\s*,\s*|\s+)$`,
  'iu',
);
/**
 * A role and the school together in one pair of brackets after a person, as minutes list who came
 * ("Kath Nixon (DSL, Heathfield Primary)"): the school is there as the child's, not the writer's
 * own, so it is proposed. A signature's "Mrs S. Greenwood, DSL, Thornhill Primary" is not bracketed.
 */
const ROLE_IN_BRACKETS = new RegExp(
  String.raw`\(\s*(?:${SCHOOL_ROLES}|class teacher|teacher)\s*,\s*$`,
  'iu',
);

function inRoleBrackets(before: string, after: string): boolean {
  return ROLE_IN_BRACKETS.test(before) && /^\s*\)/.test(after);
}
/** A role straight after the school: "Jenny Hall (Harrowgate Hill Primary School DSL)". */
const ROLE_AFTER = /^\s*\(?(?:DSL|DDSL|DSP|SENCO|SENDCO|safeguarding lead|head(?:teacher)?)\b/iu;

/**
 * True when another named school at `start` is named as an agency, not as where a child can be
 * found: the writer's own school, a professional's school named with their role, or the school
 * the disagreement is with. The child's own school
 * is hidden even there (it locates the child); the reviewer may keep it.
 */
function namedAsAgency(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  // A letter's "To:" line names the school the child is joining or at, not the writer's own:
  // "To: DSL, Crab Lane Primary School".
  if (/(?:^|\n)[ \t]*To[ \t]*:[^\n]*$/.test(before)) return false;
  return (
    OWN_SCHOOL.test(before) ||
    DISAGREEING_SCHOOL.test(before) ||
    signsOrHeadsTheNote(text, start, end)
  );
}

/** A saint's name with no kind after it, where a child goes to school: "Tyler is at St Bede's". */
const SAINT_SCHOOL =
  /\b(?:attends|attended|attending|goes to|go to|went to|started at|starts at|is at|was at|are at|pupils? at|students? at|moved to|transferred to|excluded from|back at)\s+((?:St\.?|Saint)\s+\p{Lu}\p{Ll}+(?:['’]s|s['’]|['’]))(?![\p{L}])(?!\s+\p{Lu})/gu;

/**
 * A saint's school with a Northern Irish or Irish short kind after it ("St Malachy's PS": only after
 * a saint, so a postscript is none), or a name that the words after a comma call a school ("Alfie is
 * at Fellside, a special school"), where the kind ends the phrase ("Sarah, a school nurse" is none).
 */
const SHORT_KIND_OR_APPOSITIVE =
  /(?<![\p{L}'’-])((?:St\.?|Saint)\s+\p{Lu}\p{Ll}+(?:['’]s|s['’])?\s+(?:PS|NS)(?![\p{L}\p{N}])|\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}(?=,[ \t]+an?[ \t]+(?:(?:special|independent|SEND?)[ \t]+)?(?:school|academy|nursery|college|PRU)(?:\s*[),.;:\n]|\s+(?:for|in|near|which|where|with)\b)))/gu;

function saintSchools(text: string): Finding[] {
  const found = (start: number, end: number, reason: string) =>
    makeFinding(
      text,
      { start, end },
      { type: 'school', replacement: '[school]', reason, confidence: 'medium' },
    );
  const named = [...text.matchAll(SHORT_KIND_OR_APPOSITIVE)].flatMap((match) => {
    const name = match[1] ?? '';
    const end = match.index + name.length;
    const saint = /^S(?:t|aint)\b/.test(name);
    if (!saint && !name.split(/\s+/).every(isDistinctive)) return [];
    if (!saint && namedAsAgency(text, match.index, end)) return [];
    return [found(match.index, end, 'A named school')];
  });
  return [
    ...named,
    ...[...text.matchAll(SAINT_SCHOOL)].map((match) => {
      const name = match[1] ?? '';
      const start = match.index + match[0].length - name.length;
      return found(start, start + name.length, "A saint's name where a child goes to school");
    }),
  ];
}

/**
 * A Welsh school, named kind first: "Ysgol y Moelwyn", "Ysgol Gymraeg Bro Dinefwr", "Ysgol Gyfun
 * Cwm Rhondda" (not "Ysgol Sul", Sunday school, which names none).
 */
const WELSH_SCHOOL =
  /(?<![\p{L}])Ysgol(?:[ \t]+(?:Gymraeg|Gynradd|Uwchradd|Gyfun|Feithrin|Bro|Sant|Santes|Gatholig|y|yr))*[ \t]+(?!Sul\b)\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:y|yr|\p{Lu}[\p{L}'’-]*)){0,2}(?<![ \t](?:y|yr))/gu;

/** Welsh schools, on one line, unless named as the writer's agency ("Pennaeth, Ysgol Bro Lleu"). */
function welshSchools(text: string): Finding[] {
  const schools = [...text.matchAll(WELSH_SCHOOL)].filter(
    (match) => !namedAsAgency(text, match.index, match.index + match[0].length),
  );
  return schools.map((match) =>
    makeFinding(
      text,
      { start: match.index, end: match.index + match[0].length },
      { type: 'school', replacement: '[school]', reason: 'A named school', confidence: 'medium' },
    ),
  );
}

/**
 * A school named by another language's word for one, which comes first ("Coleg Ceredigion",
 * "Colaiste Feirste", "Gaelscoil Bheanntraí", "Szkoła im. Kopernika", "Madrasa Noor-ul-Islam"),
 * or by a madrasa's or a tuition centre's name before its kind ("Dar al-Arqam Madrasa", "Al-Huda
 * Learning Centre"). Supplementary and faith schools a child attends are schools (the dev12
 * writers' call); a madrasa named only by its mosque ("the madrassa at Jamia Masjid") is the
 * place's.
 */
const OTHER_KIND_FIRST =
  /(?<![\p{L}])(?:(?:\p{Lu}\p{Ll}+[ \t]+)?Szkoła|Coleg|Col[aá]iste|Gaelscoil|Scoil|Madrass?ah?|Madressa)[ \t]+(?:(?:im\.|imienia|na|an|y|yr)[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|(?:al|el|ul|ad|an|as|ar|at|az)-\p{Lu}[\p{L}'’-]*)){0,2}/gu;
const OTHER_KIND_LAST =
  /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|(?:al|el|ul|ad|an|as|ar|at|az)-\p{Lu}[\p{L}'’-]*)){0,2}[ \t]+(?:Madrass?ah?|Madressa|Learning[ \t]+Centre|Tuition[ \t]+Centre)(?![\p{L}])/gu;

function otherKindSchools(text: string): Finding[] {
  const first = [...text.matchAll(OTHER_KIND_FIRST)].map((match) => ({ match, last: false }));
  const last = [...text.matchAll(OTHER_KIND_LAST)].map((match) => ({ match, last: true }));
  return [...first, ...last].flatMap(({ match, last: kindLast }) => {
    let start = match.index;
    const end = match.index + match[0].length;
    // Leading ordinary words are the sentence's ("The Madrasa", "Our Learning Centre").
    if (kindLast) {
      const offset = schoolStart(match[0]);
      const kindAt = match[0].search(/[ \t]+(?:Madr|Learning|Tuition)\S*(?:[ \t]+Centre)?$/u);
      if (offset === undefined || offset >= kindAt) return [];
      start += offset;
    }
    if (namedAsAgency(text, start, end)) return [];
    return [
      makeFinding(
        text,
        { start, end },
        { type: 'school', replacement: '[school]', reason: 'A named school', confidence: 'medium' },
      ),
    ];
  });
}

/**
 * A saint's school typed in lower case: "school st james rc primary said", "at st bede's" is left
 * out (no kind word), "st mary's c of e primary", "st helens high".
 */
const LOWER_SAINT_SCHOOL =
  /(?<![\p{L}])(?:st\.?|saint)[ \t]+\p{Ll}[\p{Ll}'’-]+(?:[ \t]+\p{Ll}[\p{Ll}'’-]+)?(?:[ \t]+(?:rc|ce|c of e|cofe|catholic))?[ \t]+(?:primary|junior|juniors|infant|infants|high|secondary|academy|college|nursery|school)(?:[ \t]+school)?(?![\p{L}])/gu;

function lowerCaseSaintSchools(text: string): Finding[] {
  return [...text.matchAll(LOWER_SAINT_SCHOOL)].map((match) =>
    makeFinding(
      text,
      { start: match.index, end: match.index + match[0].length },
      {
        type: 'school',
        replacement: '[school]',
        reason: "A saint's school typed in lower case",
        confidence: 'medium',
      },
    ),
  );
}

/**
 * A nursery or playgroup named "Little" and a plural, as settings are ("Little Stars", "Little
 * Acorns", "Little Explorers"), with a town after it on the same line ("Little Stars Kettering"): a
 * person is never named so ("Little T" is a nickname, no plural).
 */
const LITTLE_SETTING =
  /(?<![\p{L}])Little[ \t]+\p{Lu}\p{Ll}+s(?![\p{L}'’])(?:[ \t]+\p{Lu}\p{Ll}+(?![\p{L}'’]))?/gu;
/** The same in lower case after the nursery it names: "goes to nursery at little acorns". */
const LOWER_LITTLE_SETTING =
  /\b(?:nursery|pre-?school|playgroup|creche)[ \t]+(?:at|is|called)[ \t]+(little[ \t]+\p{Ll}{3,}s)(?![\p{L}'’])/gu;

function littleSettings(text: string): Finding[] {
  return [...text.matchAll(LITTLE_SETTING), ...text.matchAll(LOWER_LITTLE_SETTING)].flatMap(
    (match) => {
      const start = match.index + match[0].length - (match[1] ?? match[0]).length;
      const end = match.index + match[0].length;
      if (namedAsAgency(text, start, end)) return [];
      const span = { start, end };
      const reason = 'A nursery named "Little" and a plural';
      return [
        makeFinding(text, span, {
          type: 'school',
          replacement: '[school]',
          reason,
          confidence: 'medium',
        }),
      ];
    },
  );
}

/**
 * A school named with no kind word after a child's year group: "she is in Year 9 at Bluecoat
 * Aspley", "Yr 11 at Kingsbridge". A year group "at" a proper name is where the child is taught;
 * a month, a weekday or an ordinary word there ("Year 9 at Christmas") is not a school.
 */
const YEAR_AT_SCHOOL =
  /(?<![\p{L}])(?:Year|Yr|Y)[ \t]?(?:[1-9]|1[0-3])[ \t]+at[ \t]+((?:\p{Lu}[\p{L}'’-]+)(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3})(?![\p{L}])/gu;

/** Times of the school year a year group is placed in ("Year 10 at Easter"), not schools. */
const SCHOOL_YEAR_TIMES = new Set(
  'christmas easter halloween whitsun diwali eid ramadan hanukkah vaisakhi summer autumn spring winter half term the end start'.split(
    ' ',
  ),
);

/**
 * The same in lower case, one word that is no English word: "(yr 4 at hollybank)", "year 9 at
 * brookvale" ("yr 4 at school", "year 9 at home" name none).
 */
const LOWER_YEAR_AT_SCHOOL =
  /(?<![\p{L}])(?:year|yr|y)[ \t]?(?:[1-9]|1[0-3])[ \t]+at[ \t]+(\p{Ll}[\p{Ll}'’-]{3,})(?![\p{L}\p{N}'’.-]|[ \t]+\p{L})/gu;

function lowerYearGroupSchools(text: string): Finding[] {
  return [...text.matchAll(LOWER_YEAR_AT_SCHOOL)].flatMap((match) => {
    const name = match[1] ?? '';
    const key = foldName(name);
    if (!isDistinctive(name) || SCHOOL_YEAR_TIMES.has(key) || monthNumbers.has(key)) return [];
    if (weekdays.has(key) || readsAsWord(key)) return [];
    if (isListedPlace(key)) return [];
    const start = match.index + match[0].length - name.length;
    const reason = "A name in lower case after a child's year group";
    return [
      makeFinding(
        text,
        { start, end: start + name.length },
        { type: 'school', replacement: '[school]', reason, confidence: 'medium' },
      ),
    ];
  });
}

function yearGroupSchools(text: string): Finding[] {
  return [...text.matchAll(YEAR_AT_SCHOOL)].flatMap((match) => {
    const name = match[1] ?? '';
    const words = name.split(/[ \t]+/);
    const plain = (word: string) => {
      const key = foldName(word);
      return (
        SCHOOL_YEAR_TIMES.has(key) ||
        monthNumbers.has(key) ||
        weekdays.has(key) ||
        !isDistinctive(word)
      );
    };
    if (words.some(plain)) return [];
    // A town alone after the year group is the place, found as one.
    if (words.length === 1 && isListedPlace(foldName(name))) return [];
    const start = match.index + match[0].length - name.length;
    if (namedAsAgency(text, start, start + name.length)) return [];
    return [
      makeFinding(
        text,
        { start, end: start + name.length },
        {
          type: 'school',
          replacement: '[school]',
          reason: "A proper name after a child's year group",
          confidence: 'medium',
        },
      ),
    ];
  });
}

/** A club's word after a name that ends like a school's: "Haringey Rovers Junior FC". */
const CLUB_AFTER =
  /^[ \t]*(?:FC|AFC|JFC|YFC|RFC|RLFC|ARLFC|CC|ABC|F\.C\.|Football|Rugby|Cricket|Netball|Hockey|Boxing|Swimming|Athletic|Sports|Club|Youth Club)\b/u;
/**
 * A school that is an after-hours or weekend setting, not where a child is taught in the week:
 * a language's or a faith's supplementary school ("Sutton Cantonese School", "Polish Saturday
 * School").
 */
const SUPPLEMENTARY =
  /\b(?:Saturday|Sunday|Supplementary|Weekend|Cantonese|Mandarin|Chinese|Polish|Arabic|Urdu|Punjabi|Gurmukhi|Bengali|Bangla|Tamil|Gujarati|Greek|Turkish|Somali|Farsi|Persian|Kurdish|Ukrainian|Hebrew|Quran|Qur['’]an|Driving)\b/u;
const ATTENDS_BEFORE =
  /\b(?:attends|attending|attended|pupil at|tutor at|teacher at|goes to)[ \t]+$/u;
/**
 * True when a name shaped like a school's is a club's or a supplementary school's; or, where a colon
 * follows, a form's label ("Attending School:", "Receiving Academy:").
 */
function notASchool(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (CLUB_AFTER.test(text.slice(end, end + 14))) return true;
  // One a child attends or is taught at is a school ("his tutor at Huaxia Chinese School").
  if (SUPPLEMENTARY.test(name) && !ATTENDS_BEFORE.test(text.slice(Math.max(0, start - 24), start)))
    return true;
  return /^[ \t]*:/.test(text.slice(end, end + 3)) && /\p{L}(?:ing|ed)\b/u.test(name);
}

/**
 * A school whose name is plain words and its kind, then its town: "City Academy Bristol",
 * "University Academy Holbeach". The town makes the plain name one school ("City Academy" alone
 * names none).
 */
function townAfterKind(text: string, start: number, end: number): Finding | undefined {
  const town = /^[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?![\p{L}'’-])/u.exec(
    text.slice(end, end + 40),
  );
  const words = town?.[1]?.split(/[ \t]+/) ?? [];
  const place = [words.join(' '), words[0] ?? ''].find((name) => isListedPlace(foldName(name)));
  if (!place || !/^\p{Lu}/u.test(text.slice(start, end))) return undefined;
  const span = { start, end: end + (town?.[0].indexOf(place) ?? 0) + place.length };
  if (notASchool(text, span.start, span.end) || namedAsAgency(text, span.start, span.end)) return;
  return makeFinding(text, span, {
    type: 'school',
    replacement: '[school]',
    reason: 'A named school with its town',
    confidence: 'medium',
  });
}

/** Other named schools ("previously attended Oakfield Academy"), proposed with medium confidence. */
export function findNamedSchools(text: string): Finding[] {
  const findings: Finding[] = [
    ...saintSchools(text),
    ...welshSchools(text),
    ...lowerCaseSaintSchools(text),
  ];
  findings.push(...otherKindSchools(text).filter((found) => !overlapsAny(found, findings)));
  // A year group's school, unless a named school with its kind already covers it.
  const yearGroup = [...yearGroupSchools(text), ...lowerYearGroupSchools(text)];
  // A "Little" setting with its kind after it is a named school, found or kept here.
  const named: Span[] = [];
  // Plain words and a kind with no town ("City Academy"): named by a cue only ("school is …").
  const plain: Span[] = [];
  for (const match of text.matchAll(NAMED_SCHOOL)) {
    const whole = { start: match.index, end: match.index + match[0].length };
    named.push(whole);
    const offset = schoolStart(match[0]);
    if (offset === undefined) {
      const town = townAfterKind(text, match.index, match.index + match[0].length);
      if (town) findings.push(town);
      else plain.push(whole);
      continue;
    }
    if (notASchool(text, match.index + offset, match.index + match[0].length)) continue;
    if (namedAsAgency(text, match.index + offset, match.index + match[0].length)) continue;
    const span = { start: match.index + offset, end: match.index + match[0].length };
    findings.push(
      makeFinding(text, span, {
        type: 'school',
        replacement: '[school]',
        reason: 'A named school',
        confidence: 'medium',
      }),
    );
  }
  const little = littleSettings(text).filter((found) => !overlapsAny(found, named));
  // A school named after a cue or in lower case, unless found already in another shape.
  const plainSet = new Set(plain);
  const namedWithKind = named.filter((span) => !plainSet.has(span));
  const cued = findCuedSchools(text).filter(
    (found) =>
      !overlapsAny(found, namedWithKind) &&
      !overlapsAny(found, findings) &&
      !namedAsAgency(text, found.start, found.end),
  );
  findings.push(...cued);
  const named2 = yearGroup.filter((found) => !overlapsAny(found, named));
  return [
    ...findings,
    ...little,
    ...named2,
    ...shortenedSchools(text, [...findings, ...little, ...named2]),
  ];
}
