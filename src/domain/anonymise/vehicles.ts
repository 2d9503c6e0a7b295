// UK vehicle registrations: the current format (AB12 CDE) anywhere, in capitals or all in lower
// case; any format, the older prefix (A123 BCD, T 891 KLM) and suffix (ABC 123D) ones included,
// after a cue word in any case, or followed by a car's colour or make ("P123 ABC blue corsa"); and
// the plates listed after a cued one ("vehicles linked: bx16 ojn, ABC 123D and NU70 RTY"). Alone,
// "S47 CSC" would look like a prefix-format plate, so older formats need a cue — unless written out
// with both spaces in capitals ("T 891 KLM"), which nothing else in a note looks like.
import { acronyms, brandWords, personalTitles } from './agency-words';
import { NUMBER_WORDS } from './date-words';
import { EDGE_AFTER, EDGE_BEFORE } from './text';
import { makeFinding, type Finding } from './types';
import { commonWords } from './vocabulary';

/** The current format, spaced as typed or with both spaces ("YA 66 RZR"). */
const CURRENT = String.raw`[A-Z]{2}[ ]?\d{2}[ ]?[A-Z]{3}`;
const PREFIX = String.raw`[A-Z][ ]?\d{1,3}[ ]?[A-Z]{3}`;
const SUFFIX = String.raw`[A-Z]{3}[ ]?\d{1,3}[A-Z]`;
/** Northern Ireland's plates: three letters and up to four digits ("KIG 7714"), after a cue only. */
const NORTHERN_IRISH = String.raw`[A-Z]{3}[ ]?\d{1,4}`;
/** Republic of Ireland's plates: year, county code, serial ("18-D-40321", "191 KY 123"). */
const COUNTY = String.raw`(?:CE|CN|CW|DL|KE|KK|KY|LD|LH|LK|LM|LS|MH|MN|MO|OY|SO|RN|TN|TS|WD|WH|WX|WW|C|D|G|L|T|W)`;
const IRISH = String.raw`\d{2}[1-2]?[ -]${COUNTY}[ -]\d{1,6}`;
const GB = `${CURRENT}|${PREFIX}|${SUFFIX}`;
const ANY = `${GB}|${NORTHERN_IRISH}|${IRISH}`;

const CAPITALS = new RegExp(`${EDGE_BEFORE}${CURRENT}${EDGE_AFTER}`, 'gu');
/**
 * The older prefix format written out with both spaces ("T 891 KLM", "X 445 BNP"): a prefix letter
 * (never I, O, Q, U or Z, nor "A", which starts sentences), one to three digits, three capitals.
 */
const SPACED_PREFIX = new RegExp(
  String.raw`${EDGE_BEFORE}[B-HJ-NPR-TV-Y] \d{1,3} [A-HJ-NPR-Z]{3}${EDGE_AFTER}`,
  'gu',
);
/**
 * The current format spelt out character by character, as a voice note's transcript or a caller
 * reading it out gives it ("L C 70 Y U P", "LC 70 Y U P"): a real age identifier (02–26, 51–76)
 * and three single capitals, no other single character either side, which no sentence has.
 */
const SPELT_OUT = new RegExp(
  String.raw`(?<!(?:^|[^\p{L}\p{N}])[\p{L}\p{N}] )${EDGE_BEFORE}[A-Z] ?[A-Z] (?:0[2-9]|1\d|2[0-6]|5[1-9]|6\d|7[0-6]) [A-Z] [A-Z] [A-Z]${EDGE_AFTER}(?! [\p{L}\p{N}](?![\p{L}\p{N}]))`,
  'gu',
);
/** An Irish plate written with its hyphens ("18-D-40321"), which nothing else in a note looks like. */
const HYPHENED_IRISH = new RegExp(
  String.raw`${EDGE_BEFORE}\d{2}[1-2]?-${COUNTY}-\d{1,6}${EDGE_AFTER}`,
  'gu',
);
/**
 * A private (cherished) plate after its cue, which may be letters and digits in any grouping
 * ("private plate KAY 1", "personalised reg '5 AMS'", "cherished plate MR 1").
 */
const PRIVATE_PLATE = new RegExp(
  String.raw`(?:[Pp]rivate|[Pp]ersonali[sz]ed|[Cc]herished)\s+(?:[Rr]eg(?:istration)?|[Pp]lates?|[Nn]umber\s+[Pp]late)(?:\s+(?:no\.?|number|is|was|reads|of))*\s*[:(-]?\s*["“‘']?` +
    String.raw`((?=[A-Z\d ]*\d)(?=[A-Z\d ]*[A-Z])[A-Z\d]{1,4}(?: [A-Z\d]{1,4})?)${EDGE_AFTER}`,
  'gu',
);
const LOWER = new RegExp(`${EDGE_BEFORE}[a-z]{2}\\d{2} ?[a-z]{3}${EDGE_AFTER}`, 'gu');
/**
 * The current format in lower case with both spaces and no cue ("lr 20 fxy"): only with a real age
 * identifier (02–26, 51–76), no vowel in the area letters and no word in the last three, so "at 10
 * the" and "by 20 min" stay.
 */
const LOWER_SPACED = new RegExp(
  `${EDGE_BEFORE}[b-df-hj-np-tv-z]{2} (?:0[2-9]|1\\d|2[0-6]|5[1-9]|6\\d|7[0-6]) ([a-z]{3})${EDGE_AFTER}`,
  'gu',
);
const CUE = String.raw`\b(?:reg(?:istration)?|reg'?d|registered|vrm|vrn|plates?|number plate|vehicles?(?:\s+linked)?|veh|car|van|motorbike|moped|drives|driving|anpr(?:\s+hits?)?(?:\s+on)?)`;
const CUED = new RegExp(
  String.raw`${CUE}(?:\s+(?:in convoy|seen|used|now|also|recently|registered))?(?:\s+(?:no\.?|number|mark|is|was|of))*\s*[:#(–—-]?\s*["“]?(${ANY})${EDGE_AFTER}`,
  'giu',
);
/**
 * A plate in a list after a cued one: ", ABC 123D", " and NU70 RTY", " and more recently T 891
 * KLM" (a note in brackets between).
 */
const NEXT_IN_LIST = new RegExp(
  String.raw`^(?:\s*\([^()]{0,40}\))?(?:\s*,\s*|\s+(?:and|or|&)\s+)(?:(?:more\s+)?recently\s+|now\s+|later\s+|then\s+|also\s+)?(${ANY})${EDGE_AFTER}`,
  'iu',
);
const COLOURS =
  'black white silver grey gray blue red green yellow orange purple gold brown maroon';
/** A plate followed by a colour or a make: "P123 ABC blue corsa", "R452 HFT (Ford)". */
const BEFORE_CAR = new RegExp(
  String.raw`${EDGE_BEFORE}(${ANY})(?=["”]?(?:\s*[,–—-])?\s+\(?(?:[\p{L}]+\s+)?([\p{L}]+))`,
  'gu',
);

/** Words after a plate that say what it is ("B16 KWM" private plate, "KGZ 4481 – NI plated Golf"). */
const AFTER_PLATE = new Set(
  'plate plates plated registered hire van car taxi motorbike moped lorry pickup trailer wagon'.split(
    ' ',
  ),
);
/** Models a note names a car by ("a black Corsa", "Vauxhall Astra"). */
const MODELS =
  'rover corsa astra fiesta focus golf polo transit qashqai juke micra clio yaris aygo c1 208 308 500 mini sprinter vivaro berlingo octavia insignia zafira kuga puma jazz civic leon ibiza'.split(
    ' ',
  );
/** A plate after a car's colour, make or model, bare or in brackets: "black Corsa (V842 NDF)". */
const AFTER_CAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])([\p{L}\p{N}]+)(?:,|\s+[–—-])?\s+\(?(${GB})${EDGE_AFTER}`,
  'gu',
);
/**
 * A Northern Irish plate, spaced and in capitals, after a make or model ("a red Focus LFZ 7183",
 * "Skoda Octavia AXZ 2906"); not after a colour alone, and never an acronym's letters.
 */
const NORTHERN_IRISH_SPACED = new RegExp(`${EDGE_BEFORE}[A-Z]{3} \\d{1,4}${EDGE_AFTER}`, 'gu');
/** The word before such a plate, across a comma, dash or bracket. */
const WORD_BEFORE_PLATE = /([\p{L}\p{N}]+)(?:,|\s+[–—-])?\s+\(?$/u;

/**
 * A plate from abroad after its country's word and "plates" or "registration" ("Polish plates EL
 * 4K721", "French registration GH-123-KL"): one to three capitals and a group with a digit. The
 * word must end as a nationality does (-ish, -ian, -ese, -an, -ch …), so "Ofsted reg EY483920" stays.
 */
const FOREIGN_CUE = String.raw`(?:plates?|registration|reg|number\s+plates?)`;
/** Read from the cue back to the country's word, so the costly look-behind runs only at a cue. */
const FOREIGN_PLATE = new RegExp(
  String.raw`${FOREIGN_CUE}(?<=(?<![\p{L}])(?:\p{Lu}\p{Ll}*(?:ish|ian|ese|an|ch|ak|ek|ss|ic)|[Ff]oreign|EU)\s+${FOREIGN_CUE})(?:\s+(?:no\.?|number|is|was|of|reads))*\s*[:(–—-]?\s*["“]?([A-Z]{1,3}[ -]?(?=[A-Z\d-]*\d)[A-Z\d]{2,4}(?:-?[A-Z\d]{1,3})?)${EDGE_AFTER}`,
  'gu',
);
/**
 * The first characters of a plate, all a witness saw ("partial reg SJ19", "part reg YX68", "reg
 * part MX19", "reg partly BX70", "reg started WK17", "plate started "MX21"", dictated "partial
 * registration Y G 21"): the area letters and one or both age digits ("partial reg "KD6""), or a
 * prefix letter and digits.
 */
const PARTIAL_PLATE = new RegExp(
  String.raw`\b(?:part(?:ial)?\s+(?:reg(?:istration)?|plate|number\s+plate)(?:\s+(?:no\.?|number|is|was|of))*|(?:reg(?:istration)?|plate)\s+(?:part|partial|partly|partially)(?:\s+(?:only|is|was))?|(?:reg(?:istration)?|plate|number\s+plate)(?:\s+number)?\s+(?:started|starting|starts|began|begins|beginning)(?:\s+with)?)\s*[:(–—-]?\s*["“]?([A-Z]{2}\s?\d{1,2}|[A-Z] [A-Z] \d{2}|[A-Z]\d{1,3})${EDGE_AFTER}`,
  'giu',
);

/**
 * A plate read out after its cue, the age identifier in words, as a transcript gives it
 * ("registration Y R seventy one W K L").
 */
const SPOKEN_PLATE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Rr]eg(?:istration)?|REG|[Pp]late|[Nn]umber\s+[Pp]late)(?:\s+(?:is|was|number|no\.?))*[\s:,]+([A-Z] ?[A-Z] (?:${NUMBER_WORDS}|oh [a-z]+) [A-Z] ?[A-Z] ?[A-Z])${EDGE_AFTER}`,
  'gu',
);

/** Units and short words that follow a number ("by 20 min", "mr 12 pts"). */
const UNITS = new Set('min mins hrs yrs wks pts kgs lbs mph mls ozs mth mths day days'.split(' '));

/** True when both letter groups of a spaced lower-case plate are no word, title, acronym or unit. */
function plateLetters(plate: string, last: string): boolean {
  const first = plate.slice(0, 2);
  return (
    ![commonWords, acronyms, personalTitles].some((set) => set.has(first) || set.has(last)) &&
    !UNITS.has(last) &&
    !/[aeiou]{2}/.test(last)
  );
}

/** Vehicle registrations. Capitals or plain lower case are enough for the current format. */
export function findVehicleRegistrations(text: string): Finding[] {
  const findings: Finding[] = [];
  const starts = new Set<number>();
  const add = (start: number, end: number, cued: boolean) => {
    if (starts.has(start)) return;
    starts.add(start);
    findings.push(
      makeFinding(
        text,
        { start, end },
        {
          type: 'vehicle-registration',
          replacement: '[vehicle registration]',
          reason: cued ? 'A vehicle registration after a cue word' : 'A UK vehicle registration',
          confidence: 'high',
        },
      ),
    );
  };
  for (const match of text.matchAll(CAPITALS))
    add(match.index, match.index + match[0].length, false);
  for (const match of text.matchAll(LOWER)) add(match.index, match.index + match[0].length, false);
  for (const match of text.matchAll(LOWER_SPACED))
    if (plateLetters(match[0], match[1] ?? ''))
      add(match.index, match.index + match[0].length, false);
  for (const match of text.matchAll(SPACED_PREFIX))
    add(match.index, match.index + match[0].length, false);
  for (const match of text.matchAll(SPELT_OUT))
    add(match.index, match.index + match[0].length, false);
  for (const match of text.matchAll(HYPHENED_IRISH))
    add(match.index, match.index + match[0].length, false);
  for (const match of text.matchAll(PRIVATE_PLATE)) {
    const plate = match[1] ?? '';
    add(match.index + match[0].length - plate.length, match.index + match[0].length, true);
  }
  for (const match of text.matchAll(CUED)) {
    const plate = match[1] ?? '';
    // "driving a 3 ton van": a spaced-out old plate must be in capitals.
    if (/^\p{Ll} /u.test(plate)) continue;
    let end = match.index + match[0].length;
    add(end - plate.length, end, true);
    for (let next = NEXT_IN_LIST.exec(text.slice(end, end + 80)); next;) {
      const listed = next[1] ?? '';
      end += next[0].length;
      add(end - listed.length, end, true);
      next = NEXT_IN_LIST.exec(text.slice(end, end + 80));
    }
  }
  for (const match of text.matchAll(AFTER_CAR)) {
    const word = (match[1] ?? '').toLowerCase();
    const plate = match[2] ?? '';
    if (COLOURS.split(' ').includes(word) || brandWords.has(word) || MODELS.includes(word))
      add(match.index + match[0].length - plate.length, match.index + match[0].length, true);
  }
  for (const match of text.matchAll(NORTHERN_IRISH_SPACED)) {
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const word = (WORD_BEFORE_PLATE.exec(before)?.[1] ?? '').toLowerCase();
    const plate = match[0];
    if (
      (brandWords.has(word) || MODELS.includes(word)) &&
      !acronyms.has(plate.slice(0, 3).toLowerCase())
    )
      add(match.index, match.index + plate.length, true);
  }
  for (const match of text.matchAll(BEFORE_CAR)) {
    const word = (match[2] ?? '').toLowerCase();
    if (COLOURS.split(' ').includes(word) || brandWords.has(word) || AFTER_PLATE.has(word))
      add(match.index, match.index + (match[1] ?? '').length, true);
  }
  for (const match of [
    ...text.matchAll(FOREIGN_PLATE),
    ...text.matchAll(PARTIAL_PLATE),
    ...text.matchAll(SPOKEN_PLATE),
  ]) {
    const plate = match[1] ?? '';
    // The partial plate's regex ignores case; its letters must be capitals ("reg started at" is none).
    if (/\p{Ll}/u.test(plate.replace(/ [a-z]+(?: [a-z]+)? /u, ' '))) continue;
    add(match.index + match[0].length - plate.length, match.index + match[0].length, true);
  }
  return findings.sort((a, b) => a.start - b.start);
}
