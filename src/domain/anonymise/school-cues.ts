// Schools named the way hurried writers name them: in lower case with their kind ("kirkby high",
// "grange town primary", "harris girls academy"), in lower case after a saint ("st aidans"), and
// by name alone after a cue that only a school follows ("teacher at beddington park", "school
// (Royds Hall)", "taken out of Stepney All Saints", "school is de la salle").
import { agencyWords } from './agency-words';
import { givenNames } from './given-names';
import { isListedPlace } from './listed-places';
import { KIND_WORDS } from './school-names';
import { readsAsWord } from './name-words';
import { foldName } from './text';
import { makeFinding, type Finding, type Span } from './types';
import { commonWords, monthNumbers, weekdays } from './vocabulary';

/** Words that describe a kind of school rather than name one ("big school", "secondary"). */
const PLAIN_SCHOOL_WORDS = new Set(
  'big little new old local nearby previous current former main mainstream special primary secondary junior infant high sixth form catholic private state independent free village boarding residential grammar comprehensive girls boys mixed faith church his her their my your our the a an this that same other next last first second third year sport sports pe'.split(
    ' ',
  ),
);

/** Verbs that come before a kind of school in a sentence ("wants to go to college"). */
const VERBS = new Set(
  'go goes going went get gets got start starts started starting back off leave leaves leaving left join joins joined joining stay stays stayed staying move moves moved moving apply applied attend attends attended study studying'.split(
    ' ',
  ),
);

function distinctive(word: string): boolean {
  const key = foldName(word).replace(/['’]s?$/, '');
  return (
    key.length > 1 &&
    !PLAIN_SCHOOL_WORDS.has(key) &&
    !commonWords.has(key) &&
    !agencyWords.has(key) &&
    !KIND_WORDS.has(key) &&
    !monthNumbers.has(key) &&
    !weekdays.has(key)
  );
}

/**
 * One to three lower-case words and a school's kind, after a word that puts a child there: "goes
 * to kirkby high", "at grange town primary", "(harris girls academy)", "from thornhill juniors".
 * At least one word must name something ("at the high school", "to big school" name nothing).
 */
const LOWER_KIND_SCHOOL =
  /(?:\b(?:at|to|from|frm|attends|attending|attended|joined|joining|left|leaving|into)[ \t]+|\()((?:\p{Ll}[\p{Ll}'’-]*[ \t]+){1,3}(?:primary|juniors|infants|junior|infant|academy|high|grammar|comprehensive|comp|college|secondary)(?:[ \t]+school)?)(?![\p{L}\p{N}])/gu;

/** A point of the compass, which a school's name may hold after its town. */
const COMPASS = /^(?:north|south|east|west|central)$/i;

/**
 * A school in capitals after a word that puts a child there, as police logs and some forms write
 * everything ("TYLER ATTENDS ASTLEY COMMUNITY HIGH", "PUPIL AT BRAMLEY PARK ACADEMY"): capitals
 * only, so a sentence's "at Leeds High" is the named-school finder's.
 */
const CAPITALS_SCHOOL =
  /\b(?:ATTENDS|ATTENDED|ATTENDING|GOES TO|PUPIL AT|STUDENT AT|EXCLUDED FROM|AT|FROM)[ \t]+((?:[A-Z][A-Z'’-]+[ \t]+){1,3}(?:PRIMARY|JUNIORS?|INFANTS?|HIGH|SECONDARY|GRAMMAR|ACADEMY|COLLEGE|NURSERY)(?:[ \t]+SCHOOL)?)(?![\p{L}\p{N}])(?![ \t]+(?:HOSPITAL|CHURCH|ROAD|STREET|LANE|AVENUE|DRIVE|CLOSE|SURGERY|PRACTICE|CLINIC|CAMPUS|CAR PARK|FIELDS?|PLAYING)\b)/gu;

/**
 * A capitalised name and its kind in lower case, as a hurried or dictated note writes it: "Goose
 * Holme primary", "Ashfield juniors", "Oakwood academy". Not "high" (a person found "Tyler high").
 */
const CAPITAL_LOWER_KIND =
  /(?<![\p{L}'’-])((?:\p{Lu}[\p{Ll}'’-]+[ \t]+){1,3}(?:primary|juniors|infants|academy|grammar|comprehensive|nursery)(?:[ \t]+school)?)(?![\p{L}\p{N}])/gu;

/**
 * A saint's school typed in lower case with no kind, after a cue or starting a sentence: "st aidans
 * have used", "goes to st hild's". Not a street, church or hospital ("st johns road").
 */
const LOWER_SAINT =
  /(?:(?:^|[.!?]\s+|\n)|\b(?:at|to|from|attends|attending|attended|of|school|skool)[ \t]+)((?:st\.?|saint)[ \t]+\p{Ll}+(?:['’]s|s['’]|s))(?![\p{L}\p{N}])(?![ \t]+(?:road|rd|street|st|lane|close|avenue|ave|way|drive|church|hospital|hospice|park|square|chapel|cathedral|mosque|centre|ward|day)\b)/gu;

/**
 * Cues only a school follows: a teacher at it, a child taken, kicked or excluded out of it, a
 * managed move to it (a move between schools, as an exclusion's minutes write it), the school
 * given as, called or in brackets ("school (Royds Hall)", "gave her school as "St Hild's"",
 * "school is de la salle").
 */
const STRONG_CUE = String.raw`(?:\b(?:teachers?|TAs?|form tutor|head of year|classmates?)[ \t]+at|\bmanaged[ \t]+move[ \t]+(?:to|from)|\b(?:taken|kicked|thrown|pulled|chucked|excluded|expelled)[ \t]+(?:out[ \t]+of|from)|\b(?:school|skool|college)(?:[ \t]+(?:is|was|called|named)|[ \t]+as[ \t]+(?=["“'])|[ \t]*\(|[ \t]*[:=]))[ \t]*["“']?`;
const CUED_CAPITALISED = new RegExp(
  String.raw`${STRONG_CUE}((?:St\.?[ \t]+|Saint[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:\p{Lu}[\p{L}'’-]+|de|la|le|of|the|upon|on))*)`,
  'gu',
);
const CUED_LOWER = new RegExp(
  String.raw`${STRONG_CUE}((?:st\.?[ \t]+|saint[ \t]+|de[ \t]+la[ \t]+|de[ \t]+)?\p{Ll}[\p{Ll}'’-]+(?:[ \t]+\p{Ll}[\p{Ll}'’-]+){0,3})`,
  'gu',
);

/** Trim trailing particles and ordinary words off a cued name ("beddington park last year"). */
function trimName(name: string, lower: boolean): string {
  const words = name.split(/[ \t]+/);
  let end = words.length;
  if (lower) {
    // Keep words until the first ordinary word after the first; a school's kind there ends the
    // name and is part of it ("school is shuttleworth college. honor …").
    for (let i = 1; i < words.length; i += 1) {
      if (KIND_WORDS.has(foldName(words[i] ?? ''))) {
        end = i + 1;
        break;
      }
      if (commonWords.has(foldName(words[i] ?? ''))) {
        end = i;
        break;
      }
    }
  }
  while (end > 1 && /^(?:de|la|le|of|the|upon|on)$/i.test(words[end - 1] ?? '')) end -= 1;
  return words.slice(0, end).join(' ');
}

function finding(text: string, span: Span, reason: string): Finding {
  return makeFinding(text, span, {
    type: 'school',
    replacement: '[school]',
    reason,
    confidence: 'medium',
  });
}

function groupSpan(match: RegExpMatchArray, name: string): Span {
  const start = (match.index ?? 0) + match[0].length - (match[1] ?? '').length;
  return { start, end: start + name.length };
}

/** Schools named by hurried writers, in the shapes above. */
export function findCuedSchools(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(LOWER_KIND_SCHOOL)) {
    const name = match[1] ?? '';
    const words = name.split(/[ \t]+/);
    const kindAt = words.findIndex(
      (word) => KIND_WORDS.has(foldName(word)) || /^(?:comp|high)$/.test(word),
    );
    const core = words.slice(0, kindAt < 0 ? words.length : kindAt);
    // Every word before the kind names the school; one ordinary word makes it a sentence. A point
    // of the compass after a town is part of a name ("leeds east academy", "bolton west high").
    const ordinary = (word: string, i: number) =>
      (commonWords.has(foldName(word)) && !(i > 0 && COMPASS.test(word))) ||
      VERBS.has(foldName(word));
    if (core.length === 0 || core.some(ordinary)) continue;
    if (!core.some(distinctive)) continue;
    findings.push(
      finding(text, groupSpan(match, name), 'A school typed in lower case with its kind'),
    );
  }
  for (const match of text.matchAll(CAPITAL_LOWER_KIND)) {
    const name = match[1] ?? '';
    // A children's centre's nursery is named for its district: "Easton Children's Centre nursery".
    const centre = /^\p{Lu}\p{Ll}+[ \t]+Children['’]s[ \t]+Centre[ \t]/u.test(name);
    const core = name
      .replace(/[ \t]+Children['’]s[ \t]+Centre(?=[ \t])/u, '')
      .split(/[ \t]+/)
      .filter((word) => /^\p{Lu}/u.test(word));
    // Every capitalised word names the school, and one is more than a sentence's first word.
    if (!core.every(distinctive)) continue;
    if (!centre && isListedPlace(core.map(foldName).join(' '))) continue;
    // "Niamh's nursery", "took Ella nursery": a child's own, not a school's name.
    if (core.some((word) => /['’]s?$/.test(word)) || givenNames.has(foldName(core[0] ?? '')))
      continue;
    findings.push(
      finding(text, groupSpan(match, name), 'A school named with its kind in lower case'),
    );
  }
  for (const match of text.matchAll(CAPITALS_SCHOOL)) {
    const name = match[1] ?? '';
    const core = name.split(/[ \t]+/).filter((word) => !KIND_WORDS.has(foldName(word)));
    // A town and a kind after the cue is a school's name ("ATTENDS ASTLEY HIGH"), so no town test.
    if (core.length === 0 || !core.every(distinctive)) continue;
    findings.push(finding(text, groupSpan(match, name), 'A school written in capitals'));
  }
  for (const match of text.matchAll(LOWER_SAINT)) {
    const name = match[1] ?? '';
    const key = foldName(name)
      .replace(/['’]/g, '')
      .replace(/^saint/, 'st');
    if (isListedPlace(key) || isListedPlace(key.replace(/s$/, ''))) continue;
    findings.push(finding(text, groupSpan(match, name), "A saint's school typed in lower case"));
  }
  for (const [pattern, lower] of [
    [CUED_CAPITALISED, false],
    [CUED_LOWER, true],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const name = trimName(match[1] ?? '', lower);
      const words = name.split(/\s+/);
      // In lower case a name that is also a word ("rose", "hope", "poor") is the word, as
      // everywhere in the anonymiser: "school is rose may we" and "school is poor june we" name no
      // school; "holme valley" and "de la mare" do.
      const names = (word: string) => distinctive(word) && !(lower && readsAsWord(foldName(word)));
      // Plain capitalised words and a kind after the cue name one school ("school is City Academy").
      const plainNamed =
        !lower &&
        words.length >= 2 &&
        KIND_WORDS.has(foldName(words[words.length - 1] ?? '')) &&
        !PLAIN_SCHOOL_WORDS.has(foldName(words[0] ?? ''));
      if (!words.some(names) && !plainNamed) continue;
      // A town alone ("kicked out of Leeds") is the place, found as one.
      if (words.length === 1 && isListedPlace(foldName(name))) continue;
      // In lower case the name must be more than one word and read as none of a sentence's words
      // ("school is closed", "school is really worried" are not names).
      if (lower && words.length === 1 && !/^(?:st|saint)\b/i.test(name)) continue;
      if (lower && words.some((word) => /(?:ly|ed|ing)$/.test(word))) continue;
      findings.push(
        finding(text, groupSpan(match, name), 'A school named after a cue only a school follows'),
      );
    }
  }
  // One school found by two shapes is proposed once: the first of any that overlap.
  const kept: Finding[] = [];
  let reach = -1;
  for (const found of [...findings].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (found.start < reach) continue;
    kept.push(found);
    reach = found.end;
  }
  return kept;
}
