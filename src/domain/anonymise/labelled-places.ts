// A home or placement named after a form's label: "Placement: Fellside, Windermere Road", "Home:
// Greenacres, 1 Pasture Close". A children's home, a care home or a house with a name locates the
// child as its street does, and so does the town a form's "Town:" field gives ("Town: Newcastle
// upon Tyne   Postcode: NE4 6AR"); read word by word, a name of one word was often taken for
// nothing at all. Only a capitalised name with no number, ending at a comma, a bracket, the line's
// end or the next label, and not ordinary words, a kind of placement, a relative, an agency's or a
// chain's words. Not after "Location:", which in a school's form names a room ("Dining Hall").
import { agencyWords, brandWords } from './agency-words';
import { englishWords } from './names/english-words';
import { foldName } from './text';
import { placeFinding, type Finding } from './types';
import { commonWords } from './vocabulary';

/** A capitalised word of the name, bounded so one endless word costs no more than words. */
const WORD = String.raw`\p{Lu}[\p{L}'’-]{0,30}`;
/** Small words inside a town's name ("Newcastle upon Tyne", "Stratford-upon-Avon" spaced). */
const INNER = String.raw`(?:(?:upon|on|under|le|by)[ \t]+)?`;
/** The name ends at a comma, a bracket, the line's end or the next field's label ("Postcode:"). */
const ENDS = String.raw`(?=[ \t]*(?:[,(]|\r?\n|$)|[ \t]+\p{Lu}\p{L}{1,20}:)`;
const LABELLED = new RegExp(
  String.raw`(?<![\p{L}])(?:Placement|Home|Residence|Placed[ \t]+at|Care[ \t]+home|Town|Village):[ \t]*(${WORD}(?:[ \t]+${INNER}${WORD}){0,3})${ENDS}`,
  'gu',
);

/** A field's answer that names no home ("Home: Unknown, mum will not say"). */
const NO_HOME = /^(?:none|unknown|not[ \t]+known|not[ \t]+given|tbc|tba|nfa|homeless|various)$/iu;

/** Kinds of placement and family a child may be placed with: "Placement: Kinship", "Home: Nan". */
const KIN_AND_CARE = new Set(
  'foster kinship residential respite supported secure emergency connected unregulated semi independent special guardianship lodgings accommodation temporary adoptive adopters maternal paternal parents parent grandparents grandmother grandfather nan nana gran grandad mum mam dad mother father aunt auntie uncle sister brother cousin friends friend carers carer family'.split(
    ' ',
  ),
);

/** True when the name is an agency's, a chain's or an ordinary word ("Home: Unknown,"). */
function namesNoHome(name: string): boolean {
  if (NO_HOME.test(name)) return true;
  const words = name.split(/[ \t]+/u).map((word) => foldName(word.replace(/['’]s$/u, '')));
  if (words.length === 1 && commonWords.has(words[0] ?? '')) return true;
  // "Location: Dining Hall", "Home: Both Parents": ordinary words only describe, they name nothing.
  const ordinary = (word: string) =>
    commonWords.has(word) ||
    KIN_AND_CARE.has(word) ||
    englishWords.has(word) ||
    englishWords.has(word.replace(/s$/u, ''));
  if (words.every(ordinary)) return true;
  return words.some((word) => agencyWords.has(word) || brandWords.has(word));
}

/** Named homes and placements after a form's label. */
export function findLabelledPlaces(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(LABELLED)) {
    const name = match[1] ?? '';
    if (namesNoHome(name)) continue;
    const start = match.index + match[0].length - name.length;
    findings.push(
      placeFinding(
        text,
        { start, end: start + name.length },
        'A home, placement or town named after a form’s label',
        'medium',
      ),
    );
  }
  return findings;
}
