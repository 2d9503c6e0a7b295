// Word classes the unknown-name heuristics share: which capitalised words can never be a name.
import {
  acronyms,
  agencyWords,
  brandWords,
  tradeWords,
  culturalWords,
  organisationSuffixes,
  personalTitles,
  placeWords,
  professionalTitles,
} from './agency-words';
import { ambiguousGivenNames, givenNames } from './given-names';
import { englishWords } from './names/english-words';
import { onsGivenNames } from './names/ons-given-names';
import { UNNAMED_BREEDS } from './pet-breeds';
import { isCapitalised, type Token } from './text';
import { forgetAfterEachCall, remembering } from './call-memory';
import { commonWords, monthNumbers, ordinaryWordNames, weekdays } from './vocabulary';

/**
 * A service's one-word brand built from a word about help and a word about reaching it:
 * "Careline", "Helpline", "Carelink", "Familyworks", "Safespace", "Parentline".
 */
const SERVICE_COMPOUND =
  /^(?:care|carer|help|advice|support|family|families|parent|child|children|young|youth|crisis|safe|home|kinship|health|info)s?(?:line|link|point|net|hub|first|call|connect|works|space|zone|matters|start|desk|lines|links)$/;

/** True when the folded word is a service's one-word brand ("careline", "parentline"). */
export function isServiceCompound(key: string): boolean {
  return SERVICE_COMPOUND.test(key);
}

/** Kinds of school that are no person's name, alone or ending a school's: "Westmoor Primary". */
const SCHOOL_KINDS = new Set(
  'primary infants playgroup preschool grammar comprehensive comp'.split(' '),
);

/**
 * Words never taken for a name, kept out of the shared vocabulary the place and address finders
 * read; only `isNeverAName` reads them (the name search, and the town and date checks that ask
 * whether a word could be a name). Each line is one class.
 */
const NOT_NAME_WORDS = new Set(
  [
    // Kinship words that head a line before a relative's name ("Maternal aunt Leanne", "Grandson
    // Gary Baker"): relationships, as in decision 0048.
    'maternal paternal grandson grandsons granddaughter granddaughters grandchild grandchildren',
    'niece nephew cousin cousins',
    // A form's field labels ("Gender: M", "Postcode: M5 3RW").
    'gender sex postcode ethnicity religion nationality occupation',
    // Roles and posts written out ("Educational Psychologist", "Resettlement Caseworker").
    'caseworker caseworkers psychologist psychiatrist educational resettlement keyworker kinship',
    // Case-record and police information systems ("ViSOR notes", "on SEEMiS", "CyberTip").
    'visor cybertip seemis cpoms myconcern',
    // The wellbeing indicators of Scotland's GIRFEC ("Safe, Healthy, Nurtured"), a Children's
    // Hearing, a Schedule 1 offender ("Sch 1"), and risk levels ("DASH 17 (High)").
    'healthy achieving nurtured active respected responsible included hearing hearings sch',
    'high medium',
    // Welsh words of school plans and Welsh months and their short forms ("3 Tach"); not Ionawr,
    // Chwefror or Mawrth, which cost the blind notes a redaction.
    'ysgol cynllun datblygu unigol alnco aln ebrill mehefin gorffennaf awst',
    'hydref tachwedd rhagfyr ion chwe gorff tach rhag',
    // Ordinary words that head a table's cell or a programme's or body's name ("Missed 2yr review",
    // "Building Better Relationships", "Trading Standards", "March Town Hall", "LGBT Foundation",
    // "Youth Justice Agency, Southern Area", "Flying Start", "All Saints", "her skool").
    'missed better trading standards hoarding protocol town foundation institute southern northern',
    'eastern western flying start area saints skool',
    // Counties written short in addresses ("March, Cambs."), and Ireland's police ("An Garda
    // Síochána").
    'cambs lancs glos hants herts beds bucks berks notts staffs wilts oxon northants leics lincs',
    'worcs warks shrops garda gardai siochana',
    // Hindu temples and mosques, as "church" ("Shri Sanatan Mandir").
    'mandir masjid',
    // Greetings and forms of address that open a letter or a message ("Dear Sir/Madam", "Hi Kasia").
    'hi sir madam',
    // People's roles and posts, which head a label or follow a name and a comma as a role does
    // ("Driver's personal mobile", "Reviewer's comment (IRO)", "Joanne Pike, Advocate", "Dear
    // Colleague", "Escort Raymond", "Employer Gary").
    'driver drivers reviewer advocate advocates colleague colleagues operator employer apprentice',
    'interpreter escort supervisor caretaker receptionist landlord landlady tenant warden mentor',
    // The labels of forms, tables and forwarded messages ("Passport no:", "| Field | Detail |",
    // "-----Original Message-----"), and the schedules and conventions of the law ("Schedule 1
    // offender", "the 1996 Hague Convention").
    'passport detail original message forwarded schedule convention',
    // Council teams named by their work ("Licensing Enforcement", "Trading Standards" above).
    'licensing enforcement',
    // Banks and phones people use, and vans, named by their brand ("Starling sort code", "Nokia
    // brick", "a Vito van").
    'monzo starling revolut santander natwest barclays hsbc nokia samsung huawei motorola xiaomi',
    'alcatel vivaro vito trafic movano crafter ducato doblo',
    // Faiths, their scriptures, branches and places of learning ("an evening Qur'an class", "the
    // Eritrean Orthodox church", "Jehovah's Witnesses"), and the titles of faith teachers, which
    // stand before or instead of a name ("Maulana sahib", "Qari Ilyas", "Pandit ji"). Not words
    // that are also surnames or first names ("Sheikh", "Ahmadi", "Hafiz", "Bishop"). A martial
    // art's teacher too ("sensei said", "Sifu").
    "quran koran qur'an qur’an torah talmud hadith orthodox jehovah pentecostal evangelical",
    'adventist anglican methodist baptist protestant presbyterian mormon quaker sunni shia shiite',
    'ismaili ahmadiyya rastafarian deobandi salafi hasidic haredi gurdwara synagogue madrassah',
    'madrasah madrasa madrassa maulana maulvi moulvi molvi mawlana moulana mufti qari ustadh ustad',
    'ustaz ustadha alim alima aalim sahib sahiba pandit pundit granthi swami sadhu imam pastor rabbi',
    'reverend sensei sifu',
    // Punctuation spoken into dictation software ("his mum quote tells him to unquote full stop").
    'quote unquote endquote comma semicolon paragraph bracket brackets hyphen apostrophe',
    // Dog breeds, which a home visit counts ("two Staffies, one unknown"); the plural is read too.
    UNNAMED_BREEDS,
    // A form's label for another name ("Alias: Saman Mohamadi"), like "aka".
    'alias referrer',
    // Clinical shorthand for treatment, history, diagnosis and symptoms ("needs 3/12 Rx").
    'rx hx dx tx sx ddx',
    // Titles of address of other languages, which stand before a name as "Mr" does ("Pan
    // Kowalczyk", "Pani Agnieszka", "señora ruiz"): a title, never the name.
    'pan pani panie senor senora senorita sr sra srta signor signora herr frau monsieur madame mme mlle',
    // Words for family members of other languages, as the families say them ("She said Hooyo
    // …", "staying with Achan and Amma", "we live with Nene now"): Somali, Malayalam, Turkish,
    // Spanish, Italian, Greek, Arabic, Polish and Afrikaans. Not "Abi", "Tia", "Lola" nor "Bibi",
    // which are first names too.
    'hooyo aabo ayeeyo awoowe abti eedo achan acchan ammachi appachan ammamma ammumma appooppan',
    'nene dede anneanne babaanne teyze amca dayi abla abuela abuelo abuelita abuelito nonna nonno',
    'yiayia yaya pappou teta jeddo jiddo sitti ciocia wujek babushka dedushka ouma oupa',
    // Irish, Nepali and Arabic ones ("Mammy says", "Baje is in the back room", "Umm Omar").
    'mammy daddo baje bajai hajurba hajurbuwa hajurama hajuraama aama buwa umm',
    // Words that end the name of a place or a building ("the Lower Falls", "The Old Forge",
    // "Stansted Airport"): short plain words that pass for names mid-sentence. Not "Arms" nor
    // "Stores": a guess at them is what hides a pub or a village shop ("the Rockingham Arms").
    'falls forge airport quay wharf guildhall isle pantry',
    // Services and parties of official business that pass for names in a run of capitals ("Border
    // Force", "Immigration Enforcement", "Roma Community Mediator", "the named recipient").
    'immigration force mediator mediators recipient recipients',
    // Shops and trades that end a business's name ("Golden Crust Bakery", "IronCore Gym", "Prime
    // Tyres & Exhausts", "Demir Kebab House"): the word itself is no one's name. The words before
    // it are left to the other rules, as the business may be where someone is.
    'bakery bakers butchers grocers newsagents supermarket gym tyres exhausts cafe kebab',
    // Greetings that open a letter or a message ("Hello, I visited…"), after a heading that may
    // end in a relationship word ("young carer Hello").
    'hello hiya',
    // Portuguese, Mandarin, Tagalog and Kurdish ones ("told me Mamãe drinks", "to Avó in
    // Funchal", "not Nainai", "stays with "Ate" Cherry", "Tita Baby", "brother Kak"), folded
    // without accents.
    'mamae papai avo avos nainai yeye laolao laoye ate kuya kak tita tito',
    // Hindi, Gujarati and Punjabi words for grandparents ("Dadaji and Dadi live in Vadodara").
    'dadaji dadiji nanaji naniji',
    // Clinics, tests and medicines a health record names with a capital, in a table's cell or at
    // the head of an entry ("| Diabetes | DNA |", "14/07 Asthma review DNA", "UDS Methadone +",
    // "transcranial Doppler"). From common clinical knowledge; none is a first name.
    'asthma diabetes diabetic epilepsy eczema dietetics nutrition paediatrics cardiology neurology',
    'audiology orthoptics ophthalmology dermatology haematology endocrinology gastroenterology',
    'rheumatology urology orthopaedics fracture phlebotomy immunisations vaccinations doppler',
    'methadone buprenorphine subutex espranor naloxone insulin salbutamol',
    // Welsh, Scottish Gaelic and Irish words of bilingual notes and forms, none of them a first
    // name (general knowledge of the languages): family words ("bha Dadaidh…", "staying with
    // Mamgu"), a form's labels ("Dyddiad geni / DOB", "Person Diogelu Dynodedig", "Rhif"), words
    // of services' and statutes' names ("Cylch Meithrin", "(Cymru) 2014", "Porth Gofal"). Not
    // the months: a date written with one ("17 Feabhra 2018") is hidden only through them today.
    'dadaidh mamaidh seanmhair seanair mamo daideo mamgu tadcu nain taid',
    'dyddiad geni enw cyfeiriad rhif diogelu dynodedig deddf adran adroddiad gwasanaethau',
    'cymdeithasol llesiant cymru cylch meithrin gofal teulu cyngor diolch cofion dyfodol dydd',
    // Deaf as a people writes it ("both Deaf and BSL users"), and peoples named in the plural
    // ("Poles out"), which a leaflet or a slur uses.
    'deaf poles kurds turks arabs',
    // Reporting verbs that open a line of a police or a log note ("States kicked out by mum",
    // "Alleges he was…"), and the placement a chronology records ("Placement at Ridgeway").
    'states alleges discloses denies admits placement',
    // Conditions named after whoever described them, written alone ("advanced Alzheimer's", "has
    // Asperger's"), whose namesakes are no surnames here; and the Brigade of Gurkhas' soldiers ("a
    // former Gurkha", "Gurkha pension"), a regiment's word, not a name.
    // Direct messages ("Instagram DMs", "threatening DMs"): a plural no acronym list holds.
    'dms',
    'alzheimer alzheimers asperger aspergers tourette tourettes duchenne crohn crohns gurkha gurkhas',
  ]
    .join(' ')
    .split(' '),
);

/** True when a capitalised word (or its plural) is a known non-name: a common word, agency, place, month… */
export function isNeverAName(key: string): boolean {
  let answer = neverANameAnswers.get(key);
  if (answer === undefined) {
    answer =
      isListedNonName(key) ||
      isServiceCompound(key) ||
      (key.length > 3 && key.endsWith('s') && isListedNonName(key.slice(0, -1)));
    // The lists never change while the app runs, so an answer holds; the bound keeps memory small.
    if (remembering()) {
      if (neverANameAnswers.size >= MAX_REMEMBERED) neverANameAnswers.clear();
      neverANameAnswers.set(key, answer);
    }
  }
  return answer;
}

/**
 * `isNeverAName`'s answers by key: the finders ask it of the same words again and again (every
 * word of a long note, on each of the anonymiser's passes), and each answer reads thirteen lists.
 * With `looksLikeNameWord`'s, they are kept for one call of the anonymiser only (./call-memory.ts).
 */
const neverANameAnswers = new Map<string, boolean>();
const MAX_REMEMBERED = 50_000;

forgetAfterEachCall({
  size: () => neverANameAnswers.size + nameWordShapes.size,
  forget: () => {
    neverANameAnswers.clear();
    nameWordShapes.clear();
  },
});

/** Lower-case function words, which no frame makes a name ("a baby of 20 months", "mum to 3"). */
const FUNCTION_WORDS = new Set(
  'of to in on at by for with from as is was be are were the a an and or but if so not no nor he she it we they you his her its our their my me him them us this that than then til till until cos coz cuz wiv tho'.split(
    ' ',
  ),
);

/** A kinship word joined by a hyphen after the token: "Great-aunt", "Step-mum", "Half-brother". */
const KIN_AFTER_HYPHEN =
  /^-(?:aunt|auntie|aunty|uncle|grand\p{L}*|gran|granny|nan|nana|nanny|niece|nephew|cousin|mum|mother|dad|father|brother|sister|son|daughter|parent)s?(?![\p{L}])/iu;

/**
 * True when the token's shape shows it is no name, whatever the word: a plural acronym ("UTIs",
 * "GCSEs", "GPs"), a short form with a capital inside ("HoS", "DoB", "NoK"), the first part of a
 * kinship word ("Great-aunt"), or a function word in lower case ("of", "to").
 */
export function isNeverANameShape(text: string, token: Token): boolean {
  const { raw } = token;
  const plural = /^(\p{Lu}{2,})s$/u.exec(raw);
  if (plural && ((plural[1] ?? '').length >= 3 || acronyms.has((plural[1] ?? '').toLowerCase())))
    return true;
  if (/^\p{Lu}\p{Ll}\p{Lu}{1,2}$/u.test(raw) && !/^(?:Mc|Mac|O)/u.test(raw)) return true;
  if (KIN_AFTER_HYPHEN.test(text.slice(token.end, token.end + 16))) return true;
  // "To be removed.", 'opens "To our wee…"': a function word opening a sentence, line or quote.
  if (
    FUNCTION_WORDS.has(raw.toLowerCase()) &&
    /(?:^|[.!?:;\n]\s*|\s['‘"“])$/u.test(text.slice(Math.max(0, token.start - 3), token.start))
  )
    return true;
  return raw === raw.toLowerCase() && FUNCTION_WORDS.has(token.key);
}

/**
 * True when the folded word is a common English word that is no one's name (./names/english-words.ts,
 * or the regular plural of one: "Breaks", "Therapies") and no listed first name: "Taxi",
 * "Accommodation", "Staying", "Swim England". Only a guess made for a capital alone yields to it;
 * a cue ("Mr Money") or a first name before it ("Sarah Money") still makes it a name.
 */
export function isPlainEnglishWord(key: string): boolean {
  const listed =
    englishWords.has(key) ||
    (key.endsWith('ies') && englishWords.has(`${key.slice(0, -3)}y`)) ||
    (key.endsWith('es') && englishWords.has(key.slice(0, -2))) ||
    (key.endsWith('s') && englishWords.has(key.slice(0, -1)));
  return (
    listed &&
    !givenNames.has(key) &&
    !onsGivenNames.has(key) &&
    !ambiguousGivenNames.has(key) &&
    !ordinaryWordNames.has(key)
  );
}

/**
 * True when a word in lower case reads as the word, not a name: an ordinary word that is also a
 * given name ("rose", "hope") or a plain English word ("poor").
 */
export function readsAsWord(key: string): boolean {
  return ordinaryWordNames.has(key) || isPlainEnglishWord(key);
}

/**
 * Words that end a firm's name as a trade does ("Peak Travel", "Boro Cars", "Blackburn Private
 * Hire", "Salix Homes", "Skyline Coaches", "Nene Valley Minibuses", "Cam Homestays"): a taxi,
 * coach, housing or host-family firm, not a person.
 */
const FIRM_WORDS = new Set(
  'travel cars hire coaches homes minibuses taxis homestays lettings'.split(' '),
);

/**
 * Words that end the name of a youth, sport, music or faith group ("2nd Fartown Guides", "Tiger
 * Spirit MMA", "Slaithwaite Junior Band", "Living Word Fellowship", "Kendal Vandals RUFC"), or name
 * a member of one ("Guide Eira"): no one's name.
 */
const CLUB_WORDS = new Set(
  'scout guide brownie cub cadet troupe band choir orchestra ensemble fellowship gymnastics mma abc rufc rlfc taekwondo karate judo kickboxing'.split(
    ' ',
  ),
);

/** True for a group's kind, singular or plural: "Guides", "MMA", "Band". */
function isClubWord(key: string): boolean {
  return CLUB_WORDS.has(key) || (key.endsWith('s') && CLUB_WORDS.has(key.slice(0, -1)));
}

function isListedNonName(key: string): boolean {
  return (
    commonWords.has(key) ||
    CLUB_WORDS.has(key) ||
    FIRM_WORDS.has(key) ||
    NOT_NAME_WORDS.has(key) ||
    SCHOOL_KINDS.has(key) ||
    agencyWords.has(key) ||
    placeWords.has(key) ||
    culturalWords.has(key) ||
    brandWords.has(key) ||
    tradeWords.has(key) ||
    weekdays.has(key) ||
    monthNumbers.has(key) ||
    personalTitles.has(key) ||
    professionalTitles.has(key)
  );
}

/**
 * True when the token looks like a name word: capitalised, then at least one lower-case letter
 * before any apostrophe ending (an acronym made a verb, "NFA'd", "CP'd", is not a name).
 */
export function looksLikeNameWord(token: Token): boolean {
  const { raw } = token;
  let answer = nameWordShapes.get(raw);
  if (answer === undefined) {
    const stem = raw.replace(/['’]\p{L}{1,2}$/u, '');
    answer = isCapitalised(raw) && /\p{Ll}/u.test(stem) && raw.length >= 2;
    if (remembering()) {
      if (nameWordShapes.size >= MAX_REMEMBERED) nameWordShapes.clear();
      nameWordShapes.set(raw, answer);
    }
  }
  return answer;
}

/** `looksLikeNameWord`'s answers by word as written: it depends on nothing else. */
const nameWordShapes = new Map<string, boolean>();

const CONNECTORS = new Set(['of', 'for', 'and', 'the', '&']);

/** Welsh words for a school or a college, which come first in its name ("Ysgol Bro Lleu", "Coleg Gwent"). */
const KIND_FIRST = new Set(['ysgol', 'coleg']);

/**
 * The most words a run reaches on each side of its token. No organisation's name is longer, and
 * without a bound a field of nothing but capitalised words ("Oak Road Primary School" pasted a
 * thousand times) cost a run of the whole field for every word in it: seconds for 20,000 characters.
 */
const MAX_RUN_REACH = 12;

/**
 * The indexes of the run of capitalised words around token `i` ("Hollybrook Children's Centre",
 * "Department for Education"), joined by spaces, hyphens, possessives or "of"/"for"/"and".
 */
export function capitalisedRun(text: string, tokens: readonly Token[], i: number): number[] {
  const joined = (a: Token, b: Token): boolean => {
    const gap = text.slice(a.end, b.start);
    if (/^(?:['’]s)?[ \t-]+$/u.test(gap)) return true;
    const words = gap.trim().split(/\s+/);
    return (
      /^[ \t]+[\p{L}&]+[ \t]+$/u.test(gap) && words.length === 1 && CONNECTORS.has(words[0] ?? '')
    );
  };
  const run = [i];
  for (let j = i - 1; j >= Math.max(0, i - MAX_RUN_REACH); j -= 1) {
    const [a, b] = [tokens[j], tokens[j + 1]];
    if (!a || !b || !isCapitalised(a.raw) || !joined(a, b)) break;
    run.unshift(j);
  }
  for (let j = i + 1; j < Math.min(tokens.length, i + 1 + MAX_RUN_REACH); j += 1) {
    const [a, b] = [tokens[j - 1], tokens[j]];
    if (!a || !b || !isCapitalised(b.raw) || !joined(a, b)) break;
    run.push(j);
  }
  return run;
}

/**
 * True when token `i` is part of an organisation's or a team's name: followed, in its run of
 * capitalised words, by an organisation word ("Hollybrook Children's Centre"), or sharing the run
 * with an agency word ("Tower Hamlets MASH", "Kirklees Council Duty and Advice", "Family Connect")
 * or with "Royal", as hospitals are shortened ("Royal Gwent", "Calderdale Royal"), or after a
 * Welsh school's or college's word ("Ysgol Bro Lleu").
 */
export function inOrganisationName(text: string, tokens: readonly Token[], i: number): boolean {
  const run = capitalisedRun(text, tokens, i);
  const agencyIn = (indexes: readonly number[]) =>
    indexes.some((j) => {
      const key = tokens[j]?.key ?? '';
      return (
        (j > i &&
          (organisationSuffixes.has(key) ||
            tradeWords.has(key) ||
            FIRM_WORDS.has(key) ||
            isClubWord(key) ||
            SCHOOL_KINDS.has(key))) ||
        (j !== i && (agencyWords.has(key) || key === 'royal')) ||
        (j < i && KIND_FIRST.has(key))
      );
    });
  if (agencyIn(run)) return true;
  // "Diana Princess of Wales Hospital": an organisation's name goes on after "of" or "for".
  const after = tokens[(run[run.length - 1] ?? i) + 1];
  const next = tokens[(run[run.length - 1] ?? i) + 2];
  if (after && next && /^(?:of|for)$/.test(after.raw) && isCapitalised(next.raw)) {
    const rest = capitalisedRun(text, tokens, (run[run.length - 1] ?? i) + 2);
    if (rest.some((j) => organisationSuffixes.has(tokens[j]?.key ?? ''))) return true;
  }
  // "Duty and Advice", "Department for Education": the words before a connector count too.
  const first = run[0] ?? i;
  const connector = tokens[first - 1];
  if (!connector || !CONNECTORS.has(connector.key) || isCapitalised(connector.raw)) return false;
  const before = tokens[first - 2];
  const gaps = [
    text.slice(before?.end, connector.start),
    text.slice(connector.end, tokens[first]?.start),
  ];
  // Only words next to one another: "a number of +44 … Leanne" has digits between, no name.
  if (!before || !isCapitalised(before.raw) || gaps.some((gap) => !/^[ \t]+$/.test(gap)))
    return false;
  return agencyIn(capitalisedRun(text, tokens, first - 2));
}
