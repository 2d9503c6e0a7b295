// Landmarks and gathering places named with their kind: a bridge, a pier or an underpass where a
// young person was found ("attended the Queen Alexandra Bridge", "on Spital Bridge"), and a faith
// building, a leisure or shopping centre where a family worships or young people gather ("at Masjid
// Al-Furqan", "at the Brick Lane Mosque", "outside Easton Leisure Centre"). Near home they locate
// the family, so the whole proper name is proposed as a place.
import { agencyWords, brandWords, culturalWords } from './agency-words';
import { isCountryWord } from './countries';
import { isListedGivenName } from './given-names';
import { foldName } from './text';
import { englishWords } from './names/english-words';
import { commonWords, weekdays } from './vocabulary';
import { placeFinding, type Finding } from './types';

/** A capitalised word of a landmark's name, or a saint's title before it ("St Luke's"). */
const WORD = String.raw`(?:St\.?|Saint|\p{Lu}[\p{L}'’-]*)`;
/** The name's words before its kind, on one line: one to four ("Queen Alexandra", "New Testament"). */
const NAME = String.raw`${WORD}(?:[ \t]+${WORD}){0,3}`;
/** Kinds of structure that no agency is named after: found in any frame. */
const STRUCTURES = String.raw`Bridge|Pier|Viaduct|Underpass|Footbridge`;
/**
 * Marks of a grass-roots sports club a child goes to ("Hamilton Harriers", "Normanton Town
 * Juniors", "Outwood Rovers JFC", "Croxteth ABC"): junior and amateur clubs, never a professional
 * team a fan follows ("Everton mad"), so the club's name locates the child's week.
 */
const CLUBS = String.raw`Harriers|Juniors|Colts|JFC|ABC|Amateur[ \t]+Boxing[ \t]+Club|Boxing[ \t]+Club|Running[ \t]+Club|Athletic[ \t]+Club|Swimming[ \t]+Club|Gymnastics[ \t]+Club`;
/**
 * Kinds of building a writer's own agency may be ("Bedford Central Mosque" heading a madrasa's
 * letter): found only after a word that puts someone there.
 */
const GATHERING = String.raw`Mosque|Masjid|Church|Chapel|Gurdwara|Mandir|Temple|Synagogue|Kingdom[ \t]+Hall|Fellowship|Tabernacle|Leisure[ \t]+Centre|Sports[ \t]+Centre|Shopping[ \t]+Centre|Retail[ \t]+Park|Skate[ \t]+Park|Baths|Lido|Swimming[ \t]+Pool|Fields|Forum|Hotel|${CLUBS}`;
/** "Church of God", "Church of Jesus Christ": a church's name going on after its kind. */
const OF_GOD = String.raw`(?:[ \t]+of[ \t]+(?:God|Christ|Jesus[ \t]+Christ))?`;
/** Words that put someone at a place: "at", "outside", "goes to", "attends". */
const FRAME = String.raw`(?:at|on|by|near|outside|inside|off|under|behind|opposite|towards?|to|round|around|past|attends|attended|attending|visits|visited)[ \t]+(?:the[ \t]+)?`;

/** Words before a bridge's name that put something there: "the", "on", "over", "from". */
const STRUCTURE_FRAME = String.raw`(?:the|on|at|near|over|off|under|across|onto|from|towards?|outside|beneath|below)[ \t]+`;
const STRUCTURE = new RegExp(
  String.raw`(?<![\p{L}])${STRUCTURE_FRAME}(?:the[ \t]+)?(${NAME})[ \t]+(?:${STRUCTURES})(?![\p{L}'’])`,
  'gu',
);
const GATHERING_PLACE = new RegExp(
  String.raw`(?<![\p{L}])${FRAME}((?:Jamia[ \t]+Masjid|Masjid|Gurdwara)[ \t]+${NAME}|(?:${NAME})[ \t]+(?:${GATHERING})${OF_GOD})(?![\p{L}])`,
  'gu',
);

/**
 * Kinds of place written in lower case after the district or street that names them: "near the
 * Rodbourne sidings", "at Tonge Moor park", "above the Hyson Green chip shop", "from the Ton Pentre
 * Post Office", "missing from Ashfield childrens home", "placed at the Carlton hotel". The kind is no
 * part of a proper name, so the words before it are the place.
 */
const LOCAL_KINDS = String.raw`depot|hotel|child(?:ren)?['’]?s[ \t]+home|baths|sidings|post[ \t]+office|Post[ \t]+Office|campsite|camp[ \t]+site|park|bus[ \t]+stop|shopping[ \t]+centre|chip[ \t]+shop|chicken[ \t]+shop|care[ \t]+home|car[ \t]+park|precinct|playing[ \t]+fields?|bus[ \t]+station|train[ \t]+station|railway[ \t]+station|station|retail[ \t]+park|industrial[ \t]+estate|skate[ \t]+park|flats|rec|shops|parade|caf[eé]|kiosk|takeaway|bakery|chemist|pub|cemetery|crematorium`;
/** A word of the place's name, bounded so one endless word costs no more than words. */
const LOCAL_WORD = String.raw`(?:St\.?|\p{Lu}[\p{L}'’-]{0,30})`;
const LOCAL_FRAME = String.raw`(?<![\p{L}])(?:at|near|from|the|by|above|behind|outside|in|on|round|around|to|off|opposite|of|past|towards|beside)[ \t]+((?:${LOCAL_WORD}[ \t]+){0,2}${LOCAL_WORD})[ \t]+`;
/**
 * Workplaces and spots a family is tied to, in lower case after the village or district that names
 * them: "her work at the Kettletoft shop", "above the Barwaaqo grocery", "the Lenadoon bar", "the
 * Lochend site", "the Drumcrow meat plant", "the Castlebay ferry", "at Mumbles pier", "the Kirkwall
 * hostel", "the Xscape centre", "the Tittesworth reservoir". These kinds also follow ordinary words
 * ("the Job centre", "the Saturday bar"), so a name of one ordinary word is left.
 */
const WORK_KINDS = String.raw`shop|grocery|hostel|site|bar|meat[ \t]+plant|plant|ferry|pier|reservoir|centre|locks|arcades?|social[ \t]+club|factory|warehouse`;
/** Both in one pass over the text; the second group holds a workplace's kind. */
const LOCAL_PLACE = new RegExp(
  String.raw`${LOCAL_FRAME}(?:(?:${LOCAL_KINDS})|(${WORK_KINDS}))(?![\p{L}])`,
  'gu',
);

/**
 * A faith building or a children's club written with its kind in lower case after its name or
 * district: "from St Joseph's church", "the Al-Noor mosque", "from the Fenham boxing club", "the
 * Drumchapel youth club". Unlike the capitalised kinds above, "from" counts here: a letter's own
 * heading capitalises its kind ("Concern from Sri Murugan Temple"). Each word of the name has two
 * letters or more ("a bruise to R temple" names none).
 */
const FAITH_AND_CLUB_PLACE = new RegExp(
  String.raw`(?<![\p{L}])(?:at|near|from|the|by|behind|outside|in|to|opposite|attends|attended|attending|visits|visited)[ \t]+((?:(?:St\.?|\p{Lu}[\p{L}'’-]{1,30})[ \t]+){0,2}(?:St\.?|\p{Lu}[\p{L}'’-]{1,30}))[ \t]+(?:church[ \t]+hall|church|chapel|mosque|masjid|gurdwara|mandir|temple|synagogue|youth[ \t]+club|boxing[ \t]+club)(?![\p{L}])`,
  'gu',
);
/**
 * Denominations and faiths before the kind, which name no one building ("the Methodist church",
 * "the Eritrean Orthodox church"; peoples and faiths are in culturalWords).
 */
const DENOMINATIONS = new Set(
  'methodist baptist pentecostal anglican orthodox evangelical presbyterian adventist lutheran coptic reformed quaker unitarian buddhist parish local free united elim gospel shia sunni'.split(
    ' ',
  ),
);
/**
 * Shopping centres known across the country by their own name, which young people go missing to
 * or meet adults at ("met at the metrocentre", "a bag from The Trafford Centre", "at fosse
 * park"): named in any case and any frame. From open knowledge of the UK's large shopping centres;
 * one that is also a common street's or school's name (Westfield, Lakeside) is left out.
 */
const SHOPPING_CENTRES =
  /(?<![\p{L}])(?:metro[ \t]?centre|trafford[ \t]+centre|meadowhall|bluewater|bull[ \t]?ring|arndale(?:[ \t]+centre)?|merry[ \t]+hill|cribbs[ \t]+causeway|fosse[ \t]+park|victoria[ \t]+centre|white[ \t]+rose[ \t]+centre|eldon[ \t]+square|brent[ \t]+cross|silverburn|braehead|st[ \t]+enoch[ \t]+centre|highcross|drake[ \t]+circus|touchwood)(?![\p{L}])/giu;

/**
 * After the pub's name: a stop, or a word that goes on to say where or when ("the Crown on Mill
 * Road", "the Plough most nights"), never a word that makes it something else ("passed to the Crown
 * for a decision", "the Ship yard", "the Swan Lake show").
 */
const PUB_ENDS = String.raw`(?=[ \t]*(?:[.,;:!?)"”'’]|\r?\n|$)|[ \t]+(?:on|in|at|near|by|with|and|pub|inn|car[ \t]+park|last|this|that|where|when|until|till|after|before|every|most|since|again|yesterday|today|tonight)(?![\p{L}]))`;
/**
 * A pub by the names England's pubs most often bear, after "the" and a word that puts someone
 * there ("seen at the Crown on Mill Road", "barred from The Swan", "outside the Coach and Horses").
 * Where a parent drinks or a young person is seen, the pub locates them as a street does. From open
 * knowledge of common pub names; a name a public body, a paper or a family shares (the Crown
 * Court, the Star, the Bell brothers) is left out or fails the checks after it.
 */
const PUB = new RegExp(
  String.raw`(?<![\p{L}])(?:at|outside|inside|in|from|near|behind|opposite|by|to|round|past|drinks[ \t]+in|drinking[ \t]+in)[ \t]+((?:the|The)[ \t]+(?:Red[ \t]+Lion|Royal[ \t]+Oak|White[ \t]+Hart|White[ \t]+Horse|Black[ \t]+Horse|Black[ \t]+Bull|Rose[ \t]+and[ \t]+Crown|Crown[ \t]+and[ \t]+Anchor|Coach[ \t]+and[ \t]+Horses|Fox[ \t]+and[ \t]+Hounds|Dog[ \t]+and[ \t]+Duck|Queen['’]s[ \t]+Head|King['’]s[ \t]+(?:Head|Arms)|Nag['’]s[ \t]+Head|Cross[ \t]+Keys|Green[ \t]+Man|Three[ \t]+Horseshoes|Crown|Swan|Plough|Wheatsheaf|Ship|Fleece|Feathers|Greyhound))${PUB_ENDS}`,
  'gu',
);

/** Words before these kinds that name a service, not a place: "the Job centre", "the YMCA hostel". */
const OTHER_KINDS = new Set(['job', 'jobcentre', 'ymca', 'ywca']);
/** True when the name is one ordinary word ("Job", "Saturday"), not a place's. */
function ordinaryWord(key: string): boolean {
  return commonWords.has(key) || englishWords.has(key) || weekdays.has(key) || OTHER_KINDS.has(key);
}

/** True when a word of the name shows a chain, a public body or a festival ("the Tesco car park"). */
function namesNoLocalPlace(name: string): boolean {
  return name.split(/[ \t]+/).some((word) => {
    const key = foldName(word.replace(/['’]s$/u, ''));
    return brandWords.has(key) || agencyWords.has(key) || culturalWords.has(key);
  });
}

/** Where the name starts, after any leading "The" or "This"; undefined when nothing is left. */
function nameStart(text: string, start: number, end: number): number | undefined {
  const lead = /^(?:(?:the|a|an|this|that|our|your|their|his|her|my|its)[ \t]+)*/iu.exec(
    text.slice(start, end),
  );
  const from = start + (lead?.[0].length ?? 0);
  return from < end ? from : undefined;
}

/**
 * Named bridges, piers and underpasses anywhere, named faith and leisure buildings in a frame, and
 * a district before the lower-case kind of place there.
 */
export function findLandmarkPlaces(text: string): Finding[] {
  const findings: Finding[] = [];
  const place = (start: number, end: number, reason: string) => {
    findings.push(placeFinding(text, { start, end }, reason, 'medium'));
  };
  const add = (start: number, end: number, reason: string) => {
    const from = nameStart(text, start, end);
    // A kind word alone after "the" ("the Bridge") names no landmark.
    if (from === undefined || !/[ \t]/.test(text.slice(from, end).trim())) return;
    place(from, end, reason);
  };
  for (const match of text.matchAll(STRUCTURE)) {
    const name = match[1] ?? '';
    const offset = match[0].indexOf(name);
    const afterThe = /(?:^|[ \t])the[ \t]+$/.test(match[0].slice(0, offset));
    // "a letter from Kevin Bridge": a given name and the kind word alone are a person.
    if (!afterThe && !/[ \t]/.test(name) && isListedGivenName(foldName(name))) continue;
    add(match.index + offset, match.index + match[0].length, 'A named bridge, pier or underpass');
  }
  for (const match of text.matchAll(LOCAL_PLACE)) {
    const name = match[1] ?? '';
    const work = match[2] !== undefined;
    if (namesNoLocalPlace(name) || (work && ordinaryWord(foldName(name)))) continue;
    const start = match.index + match[0].indexOf(name);
    place(
      start,
      start + name.length,
      work
        ? 'A village or district named before a workplace or spot there'
        : 'A district or street named before the kind of place there',
    );
  }
  for (const match of text.matchAll(FAITH_AND_CLUB_PLACE)) {
    const name = match[1] ?? '';
    const words = name.split(/[ \t]+/u).map((word) => foldName(word.replace(/['’]s$/u, '')));
    // "a man from Eritrea church": a country's church names no building (decision 0070).
    if (namesNoLocalPlace(name) || words.some((w) => DENOMINATIONS.has(w) || isCountryWord(w)))
      continue;
    const start = match.index + match[0].indexOf(name);
    const end = match.index + match[0].length;
    place(start, end, 'A named faith building or club someone goes to');
  }
  for (const match of text.matchAll(PUB)) {
    const name = match[1] ?? '';
    const end = match.index + match[0].length;
    place(end - name.length, end, 'A pub where someone drinks or was seen');
  }
  for (const match of text.matchAll(SHOPPING_CENTRES)) {
    place(match.index, match.index + match[0].length, 'A shopping centre known by its own name');
  }
  for (const match of text.matchAll(GATHERING_PLACE)) {
    const name = match[1] ?? '';
    const end = match.index + match[0].length;
    // "a letter to Lisa Fields": a given name alone before a kind that is also a surname.
    const single = /^(?:the[ \t]+)?(\p{Lu}[\p{L}'’-]*)[ \t]+Fields$/u.exec(name);
    if (single && isListedGivenName(foldName(single[1] ?? ''))) continue;
    // "at the Ibis Hotel": a chain's hotel names no one place.
    if (/Hotel$/u.test(name) && namesNoLocalPlace(name.replace(/[ \t]+Hotel$/u, ''))) continue;
    add(end - name.length, end, 'A named faith, leisure or shopping building someone is at');
  }
  return findings;
}
