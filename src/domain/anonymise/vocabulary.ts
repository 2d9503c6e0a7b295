// Word lists the name heuristics consult: ordinary words that are also names, and common words
// that are capitalised at the start of a sentence or in headings but are never anyone's name.

function wordSet(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.join(' ').split(/\s+/).filter(Boolean));
}

/**
 * Names that are also ordinary English words ("we hope", "a grace period", "the school will").
 * A client name in this list is matched only when capitalised, and is never matched by spelling.
 */
export const ordinaryWordNames = wordSet(
  'will may grace hope rose mark bill grant sue frank dawn faith joy summer amber ruby april august',
  'iris jack june holly ivy daisy lily poppy violet hazel heather jade crystal pearl autumn winter',
  'river storm rain sunny honey cherry olive sage basil jasmine willow ash brook bay cliff dale glen',
  'lane wood woods hill hall field fields king knight bishop mason carter cook baker turner walker',
  'archer hunter fisher page long short little young white black brown green grey gray rich price',
  'cash chase drew guy pat rob nick bob art don ray sandy penny robin wren rowan chance major noble',
  'earnest constance prudence patience charity mercy honour harmony melody destiny trinity angel',
  'sterling rocky bliss star dash fox wolf bear hart lamb crane swift bright best love free bond',
  'banks marsh shore stone rock flint steel gold silver brand miles reed rush wade wise hardy strong',
  'moss bell heath booth ward sharp church cross pool well wells ford bush birch oak blessing',
  'precious lucky happy rusty buddy scout jet blaze journey legend royal duke earl prince baron',
  'queen sonny victory clay berry bird butcher sparrow swan tanner thatcher weaver gardener porter',
  'cooper mills rivers read sale north south east west jay kit eve max dean dot kitty holt marshall',
  'sky faith hale dallas nurse carver fowler parker piper skinner slater spicer tucker waters baby',
);

/** Ordinary words that begin sentences, headings and list items in case notes. */
export const commonWords = wordSet(
  'i he she they we you it his her hers their theirs our my your its him them us me the a an this',
  'that these those some any no all each every both either neither another other such and but or so',
  'yet because although though while whilst if when where whether as since until after before once',
  'unless in on at by for from with without about over under into onto through during following per',
  'via re regarding further despite including also however therefore today yesterday tomorrow',
  'tonight now then later earlier previously currently recently again still only just not never',
  'always please yes unfortunately additionally overall finally firstly secondly thirdly lastly',
  'present apologies action actions outcome outcomes agreed attendees concern concerns summary note',
  'notes update background plan visit home contact telephone phone email call discussion meeting',
  'decision risk referral report staff nobody everyone someone nothing everything parents parent',
  'mum mam mom mummy dad daddy mother father nan nana nanny gran granny grandma grandad grandpa',
  'grandmother grandfather uncle aunt auntie aunty brother sister partner boyfriend girlfriend',
  'stepdad stepmum stepfather stepmother carer carers baby babies child children young person',
  'people pupil pupils student students class teacher head year reception term half week weekend',
  'day morning afternoon evening night time date name address age aged birthday new old first',
  'second third last next previous current recent initial final urgent immediate same informed',
  'advised explained confirmed called spoke visited attended seen saw told said asked reported',
  'discussed escalated received sent emailed rang phoned completed closed opened requested offered',
  'declined refused arranged checked noted observed found made held booked awaiting waiting left',
  'went came returned arrived moved lives living has had have is was were are be been would could',
  'should can might must shall do does did done thank thanks dear regards kind yours sincerely',
  'subject ref reference tel mob mobile fax twins there here what who why how which whose whom',
  'one two three four five six seven eight nine ten many most more less few several both nor',
  'transfer transfer-in antenatal postnatal visit visits review reviews case cases concern',
  'school nursery college university hospital surgery clinic ward practice centre office station',
  'emergency department police paramedics ambulance',
  'quality assurance appendix independent resolution principles principle enquiry enquiries process',
  'processes role roles consideration flowchart guidance chief challenge reporting performance',
  'management evaluation template significant harm need needs issue issues record records refer',
  'safeguard making leader play activities activity food holiday holidays session sessions general',
  'purpose purposes introduction scope definitions definition contents appendices annex section',
  'step steps stage stages part parts level levels category categories neglect physical emotional',
  'sexual abuse domestic financial exploitation criminal online mental wellbeing education training',
  'learning lessons themes theme response responses timescale timescales deadline deadlines key',
  'points point information sharing consent confidentiality data protection record-keeping',
  'recording monitoring support supports services provision provisions arrangements arrangement',
  'responsibilities responsibility accountability escalating resolving resolved unresolved',
  'professional dissent disagreement agreement agreements decision-making outcome letter letters',
  'form forms template notification notifications register spreadsheet contact contacts details',
  'name names address addresses telephone email date dates signature signed print position',
  'organisation organisations agency agencies partner partners statutory voluntary sector',
  'community public private independent health safety welfare wellbeing best interests',
  'immediate urgent serious concern risk risks harm danger safety plan plans planning review',
  'birth death place seen subject mother father sibling siblings siblings’ dob nino upn',
  'flat room unit plot pitch son daughter neighbour resident boy girl pt patient wee',
  // Verbs that open a note's sentence before a name ("Met Tyrese at the YOT office").
  'met texted contacted reminded collected dropped took gave brought helped supported chased',
  'updated messaged discussed saw spoke',
  // The parts people play in a case, which open a line before a name ("Tenant Kim Mulholland",
  // "Client disclosed", "Victim's mother", "Detainee Thomas FARRELL").
  'client clients tenant tenants applicant applicants detainee victim victims perpetrator suspect',
  'offender defendant claimant complainant witness informant landlord landlady sponsor guest host',
  'caller husband wife governor governors unborn newborn learner customer occupant householder',
  'passenger youth juvenile minor adviser advisor volunteer lad lads male female adult teen',
  'teenager toddler infant director assessor researcher anonymous legal',
  // Welsh words for roles and schools that head a line ("Mr Elis Parry, Pennaeth").
  'pennaeth athro athrawes nyrs meddyg gweithiwr cymdeithasol',
  // Abbreviated weekdays and other ordinary words that open headings and lines.
  'mon tue tues wed weds thu thur thurs fri sat sun co strategic republic minimum hrs hosp',
  'texts says initially relationship blwyddyn dywedodd gyda',
  // Youth organisations: never a name, though the town that names a local group ("Kintore Scouts")
  // is still where the child is, so they do not make an organisation's name of the run.
  'scouts brownies cubs beavers rainbows cadets girlguiding',
  // Words for family members in the languages of the families practitioners serve: a relationship,
  // kept like "uncle" or "nan", never a name, even capitalised as a form of address ("Chacha did
  // it"); the name written beside one is hidden ("Chacha Tariq").
  'appa amma ammi ammu abba abbu dadi dada nani nanu baba mama mamu khala khalu chacha chachi',
  'phupho phuppo taya tayi didi bhaiya bhabhi thatha paati babcia dziadek bunica oma opa',
  'tad taid nain brawd chwaer llystad llysfam gramps grampy grampa nanna mami mamie papa tata tato',
);

/** Words that, directly after a sentence-initial ordinary-word name, show it is a verb or noun. */
export const auxiliaryFollowers = wordSet(
  'you we they i he she it the this that there be not all also need have a an our your his her',
  'their someone anyone staff school parents mum dad period',
);

/**
 * Plain verbs a note's plan puts after a modal "Will" or "May" ("Will ring mum Monday", "Will
 * bring the log"): the name takes "rang", "rings" or "brought" instead.
 */
export const planVerbs = wordSet(
  'ring call phone email text send bring update visit arrange follow contact check speak discuss',
  'complete refer liaise review continue ask attend share write try seek ensure confirm monitor',
);

/** Month names and their abbreviations, folded. */
export const monthNumbers: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** Words that introduce a month used as a time ("in April", "since June"). */
export const monthPrepositions = wordSet(
  'in since during until till by from last next early late mid of this each every end start',
  'throughout before after around',
);

/** Days of the week, folded. */
export const weekdays = wordSet('monday tuesday wednesday thursday friday saturday sunday');
