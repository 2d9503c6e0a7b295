// Small businesses named with their trade, where a young person works, is placed or is exploited,
// or that a relative runs: "works at Sparkle Hand Car Wash", "a job at Prime Tyres & Exhausts",
// "runs Demir Kebab House", "a payslip from "PTE Autos Ltd"". Such a firm locates the child as
// a street does, so its whole name is proposed as a place; read word by word, its first words were
// taken for a stranger's name ("Hand Car Wash") and the rest leaked. Only after a word that puts
// someone there or ties them to the firm: a van "marked "PN Builders"" or a taxi operator named in
// passing is no one's workplace. National chains, banks and public bodies stay (their words are
// in agency-words.ts).
import { agencyWords, brandWords } from './agency-words';
import { isListedPlace } from './listed-places';
import { foldName } from './text';
import { commonWords } from './vocabulary';
import { placeFinding, type Finding } from './types';

/** A capitalised word of the firm's name: "Sparkle", "IronCore", "BH", "Ashdown's", "Son". */
const WORD = String.raw`\p{Lu}[\p{L}\p{N}'’-]{0,40}`;
/** The trade that ends the name: the kinds of small firm young people are found working in. */
const TRADE = [
  String.raw`(?:Hand[ \t]+)?Car[ \t]+Wash`,
  'Valeting',
  'Nails',
  String.raw`Nail[ \t]+Bar`,
  'Beauty',
  'Salon',
  'Barbers?',
  'Bakery',
  'Takeaway',
  String.raw`Kebab[ \t]+House`,
  'Kebabs',
  'Pizza',
  String.raw`Fish[ \t]+Bar`,
  'Chippy',
  'Grill',
  'Caf[eé]',
  'Gym',
  'Tyres',
  'Exhausts',
  'Autos',
  'Motors',
  String.raw`Cash[ \t]+&[ \t]+Carry`,
  'Stores',
  String.raw`Mini[ \t]?[Mm]arket`,
  String.raw`Off[ \t]+Licence`,
  String.raw`Farm[ \t]+Shop`,
  'Growers',
  'Butchers',
  'Launderette',
  'Electrical',
  // Local taxi firms, where a driver works and children are driven from ("Valley Cabs").
  'Cars',
  'Cabs',
  'Taxis',
  'Ltd',
  'Limited',
].join('|');
/**
 * More words that tie someone to a firm: a driver's firm ("drives a taxi for Valley Cabs", "Dean
 * Hollis of Moor Cars", after the person's name: not "the head of Apex Cars"), police who attended
 * it ("officers attended Jade Nails"), and the firm named after its kind ("His firm, Rapid Cars,",
 * "a nail bar, Star Nails,").
 */
const TIES = String.raw`(?:drives|driving|drove)(?:[ \t]+an?[ \t]+(?:taxi|cab))?[ \t]+for|(?<=\p{Lu}[\p{L}'’-]*[ \t]+)of|attended|attends|(?:firm|business|company|nail[ \t]+bar|salon|takeaway|shop),`;
/**
 * Words that put someone at a firm or tie them to it: "at", "works for", "owner of", "placed
 * with", "a payslip from", "Location:". Not "to" or "from" alone ("a licensing visit to Pretty
 * Nails", "driver Asif from Boro Cars"): an inspection or a firm named in passing locates no child.
 */
const FRAME = String.raw`(?:at|works[ \t]+for|working[ \t]+for|worked[ \t]+for|employed[ \t]+by|owner[ \t]+of|owns|runs|ran|running|placed[ \t]+with|placement[ \t]+with|payslips?[ \t]+from|wages[ \t]+from|paid[ \t]+by|Location:|Workplace:|Employer:|${TIES})`;
const BUSINESS = new RegExp(
  String.raw`(?<![\p{L}])${FRAME}[ \t]+(?:the[ \t]+)?["“']?((?:${WORD}(?:[ \t]+&)?[ \t]+){1,4}(?:${TRADE}))(?![\p{L}\p{N}])`,
  'gu',
);

/** Folded words that show a chain, a bank or a public body, not a private person's firm. */
function isChainOrAgency(name: string): boolean {
  return name
    .split(/[ \t&]+/)
    .filter(Boolean)
    .slice(0, -1)
    .some((word) => {
      const key = foldName(word.replace(/['’]s$/u, ''));
      return brandWords.has(key) || agencyWords.has(key);
    });
}

/** Chains whose branch is named by its district: supermarkets, bakeries and burger bars. */
const CHAINS = String.raw`Tesco(?:[ \t]+Express|[ \t]+Extra)?|Asda|Aldi|Lidl|Sainsbury['’]?s|Morrisons|Co-op|Spar|Greggs|McDonald['’]?s|Iceland|KFC`;
/** A district's words: one or two, each of three letters or more. */
const DISTRICT = String.raw`\p{L}[\p{L}'’-]{2,30}(?:[ \t]+\p{L}[\p{L}'’-]{2,30})?`;
/**
 * A chain's branch named by its district, before or after the chain: "works at the Kingswood
 * Tesco", "Birkdale Tesco Express", "outside asda withywood". The chain is kept; the district
 * locates the child as a street does, so it is proposed when the gazetteer lists it.
 */
const BRANCH = new RegExp(
  String.raw`(?<![\p{L}])(?:at|from|outside|near|by|behind|opposite|the)[ \t]+(${DISTRICT})[ \t]+(?:${CHAINS})(?![\p{L}])|(?<![\p{L}])(?:${CHAINS})[ \t]+(${DISTRICT})(?![\p{L}])`,
  'giu',
);

/** True when the words are a listed town or district and not an ordinary word ("Tesco Extra"). */
function isBranchDistrict(words: string): boolean {
  const key = foldName(words).replace(/-/g, ' ');
  return isListedPlace(key) && !key.split(' ').some((word) => commonWords.has(word));
}

/** The district a chain's branch is named by: "the Kingswood Tesco", "asda withywood". */
export function findBranchDistricts(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(BRANCH)) {
    const before = match[1] !== undefined;
    const words = match[1] ?? match[2] ?? '';
    const wordsAt = before ? match[0].indexOf(words) : match[0].length - words.length;
    // Two words may be the district and a word beside it ("the Kingswood", "withywood tonight").
    const parts = words.split(/[ \t]+/u);
    const one = (before ? parts[parts.length - 1] : parts[0]) ?? '';
    const name = isBranchDistrict(words) ? words : isBranchDistrict(one) ? one : '';
    if (!name) continue;
    const start =
      match.index + wordsAt + (name === words || !before ? 0 : words.length - name.length);
    findings.push(
      placeFinding(
        text,
        { start, end: start + name.length },
        "A district naming a chain's branch",
        'medium',
      ),
    );
  }
  return findings;
}

/** Small businesses named with their trade after a word that puts someone there. */
export function findBusinessPlaces(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(BUSINESS)) {
    const name = match[1] ?? '';
    if (isChainOrAgency(name)) continue;
    const end = match.index + match[0].length;
    findings.push(
      placeFinding(
        text,
        { start: end - name.length, end },
        'A small business named with its trade, where someone works or is placed',
        'medium',
      ),
    );
  }
  return [...findings, ...findBranchDistricts(text)];
}
