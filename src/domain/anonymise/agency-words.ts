// Words of the safeguarding world that are capitalised but never a client identifier: agencies,
// roles, policy terms, places, apps and festivals. A capitalised word in these lists is kept.

function wordSet(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.join(' ').split(/\s+/).filter(Boolean));
}

/** Agencies, teams, roles and policy terms (folded). */
export const agencyWords = wordSet(
  'nhs csc mash police health visiting visitor school gp lado social care services service',
  "children's children early help hub front door stage section s47 s17 icpc rcpc core group",
  'strategy meeting child protection plan cin cp lac cla cic lscb wscb lscp marac mappa dash ppn',
  'dvpn dvpo cse cce nrm abe oic pnc camhs senco send sen ehcp eha taf tac dsl ddsl dsp hv sw tm',
  'iro ewo pcso pc dc ds di dci sgt insp dr prof ae ed miu caf fgc plo ico gdpr dbs ofsted cqc dfe',
  'kcsie local authority designated officer safeguarding lead partnership board unit business team',
  'manager senior practitioner worker nurse midwife midwifery paediatric paediatrician consultant',
  'registrar doctor family support youth justice offending probation housing council county city',
  'borough department education welfare attendance inclusion virtual exclusion academy trust',
  'hospital clinic surgery practice centre center court magistrates crown judge cafcass barnardos',
  "barnardo's nspcc childline women's aid refuge operation encompass multi agency multi-agency",
  'threshold level tier resolving professional professionals disagreement disagreements',
  'differences escalation policy procedure procedures notification review conference assessment',
  'referral order act regulation emergency powers chronology minutes agenda panel forum pathway',
  'tool screening exploitation missing return interview rhi cme gateway directorate universal',
  'credit dwp hmrc jobcentre foodbank salvation army head headteacher deputy teacher tutor ta',
  'form sendco named nurse health visitor school nurse ambulance paramedic paramedics a&e',
  'maternity neonatal perinatal mental adult adults commissioner chair chairs coordinator',
  'co-ordinator lead liaison vulnerable learning disability disabilities autism adhd asd speech',
  'language therapy therapist occupational physiotherapy dental dentist optician pharmacy',
  'gps ward wards children’s specialist sexual assault referral sarc isva idva mosaic liquidlogic',
  'systmone emis rio iaptc iapt inspector sergeant constable detective officer pcs ceop nca',
  'hmpps prison probation yot yjs pru ap eotas ehe elective home educated hmi rsc section',
  'initial child protection conference core group working together kcsie tac national insurance',
  'number numbers benefit benefits credit tax allowance pip esa jsa ltd limited plc llp inc',
  'fire rescue infirmary hospice prevent channel cyngor heddlu gwasanaethau iechyd hmp hmyoi yoi',
  'programme proceedings travelodge inn anpr',
  // Adoption and fostering agencies, advice services ("One Adoption North and Humber", "Citizens
  // Advice").
  'adoption fostering advice ysbyty',
  // Clinical record systems beside SystmOne and EMIS ("BadgerNet BN-4410983").
  'badgernet',
);

/** Nationalities, languages, faiths, festivals and other proper adjectives (folded). */
export const culturalWords = wordSet(
  'english british polish romanian welsh scottish irish urdu punjabi arabic somali pashto kurdish',
  'lithuanian latvian portuguese spanish french german italian bengali gujarati hindi tamil',
  'turkish chinese mandarin cantonese vietnamese albanian eritrean tigrinya farsi dari ukrainian',
  'russian afghan syrian sudanese nigerian ghanaian pakistani indian bangladeshi jamaican muslim',
  'christian catholic sikh hindu jewish islam islamic ramadan eid diwali christmas easter',
  'halloween bonfire remembrance bank holiday new year valentine’s valentine mother’s father’s',
  "mother's father's boxing hanukkah passover lent advent",
  'roma romani romany gypsy gypsies traveller travellers showman showmen czech slovak slovakian',
  'hungarian bulgarian moldovan croatian serbian bosnian kosovan greek cypriot yoruba igbo hausa',
  'twi amharic oromo swahili tagalog filipino nepali nepalese sinhala sinhalese',
  'malayalam telugu kannada marathi sylheti mirpuri pahari potwari hindko pashtun',
  'persian iranian iraqi egyptian moroccan algerian libyan yemeni ethiopian kenyan ugandan',
  'zimbabwean congolese cameroonian gambian senegalese caribbean african asian european quran',
  'god allah vaisakhi navratri holi hajj umrah sabbath shabbat sorani kurmanji badini lingala krio halal kosher',
);

/** Apps, services and brands that appear in notes (folded). */
export const brandWords = wordSet(
  'teams zoom microsoft whatsapp snapchat facebook instagram tiktok youtube messenger google',
  'ipad iphone android xbox playstation fortnite roblox discord telegram signal twitter x',
  'amazon tesco asda aldi lidl sainsbury’s sainsburys morrisons mcdonald’s mcdonalds greggs',
  'uber bolt netflix word excel outlook egress nhsmail',
  // Chemists', cafés' and corner shops' chains ("the Boots chemist", "the Spar shops" name no one shop).
  'boots superdrug costa starbucks subway co-op spar',
  // Video-call and messaging apps beside WhatsApp ("on FaceTime", "his personal WeChat", "on Zalo").
  'facetime wechat zalo viber imessage',
  'ford vauxhall toyota honda nissan bmw audi mercedes volkswagen vw kia hyundai renault peugeot',
  'citroen fiat skoda seat volvo mini corsa astra fiesta focus golf polo clio yaris qashqai transit',
  'escort mondeo kuga puma insignia micra juke ibiza megane captur dacia',
  'sandero civic prius auris aygo tucson sportage picanto ceed passat tiguan caddy sprinter',
  'hilux freelander evoque jaguar mazda lexus tesla suzuki vitara cupra jeep berlingo',
  // Car makers' names in two words ("Land Rover"), slang makes, games' currencies.
  'land rover landrover merc beemer robux v-bucks vbucks minecraft enterprise',
  // Banks, payment and selling apps, crypto exchanges, bookmakers, airlines and coach and scooter
  // firms, which notes about money, work and travel name beside people ("Account with Lloyds",
  // "listed on Vinted", "£150 on Cash App", "Pegasus flight", "on FlixBus"). From common knowledge.
  'barclays lloyds natwest hsbc santander nationwide monzo starling revolut tsb paypal venmo',
  'klarna clearpay cashapp app vinted depop ebay etsy gumtree marketplace coinbase binance bet365',
  'skybet betfair ladbrokes flixbus megabus stagecoach arriva trainline ryanair easyjet jet2',
  'emirates qatar etihad pegasus lufthansa airlines airways voi deliveroo ubereats insta snap',
  // "on Bet365" is read as "Bet" and "365".
  'bet',
  // Hotel chains ("the Ibis hotel used as asylum housing"): a chain names no one place.
  'ibis',
  // Live-streaming, creator and chat platforms and a game where children meet strangers ("streams
  // on Twitch", "on Bigo Live", "on the game Among Us"). From common knowledge.
  'twitch kick bigo patreon onlyfans fansly yubo omegle among',
);

/** Countries, regions and large towns (folded); a client's own town is handled separately. */
export const placeWords = wordSet(
  'uk england wales scotland ireland britain europe london birmingham manchester liverpool leeds',
  'sheffield bristol newcastle sunderland gateshead durham leicester nottingham derby coventry',
  'wolverhampton worcester worcestershire redditch bromsgrove kidderminster evesham malvern',
  'droitwich stourport bewdley pershore hereford herefordshire shropshire telford shrewsbury',
  'gloucester gloucestershire cheltenham oxford cambridge cambridgeshire peterborough ely',
  'huntingdon wisbech lincoln lincolnshire grantham boston skegness wiltshire swindon salisbury',
  'chippenham trowbridge devizes tyneside south north east west midlands yorkshire lancashire',
  'cumbria kent essex surrey sussex devon cornwall somerset dorset hampshire norfolk suffolk',
  'cardiff swansea glasgow edinburgh belfast dublin poland romania pakistan india bangladesh',
  'nigeria ghana somalia eritrea afghanistan syria iraq iran ukraine lithuania latvia spain',
  'portugal france italy germany turkey albania jamaica china vietnam sudan kuwait dubai',
  'jarrow hebburn shields tyne wear teesside solihull walsall dudley sandwell warwickshire',
  'staffordshire stoke nuneaton rugby northampton northamptonshire milton keynes reading slough',
);

/** Words that end an organisation's name ("Riverside Surgery", "Hollybrook Children's Centre"). */
export const organisationSuffixes = wordSet(
  'service services team police hospital trust council partnership centre center unit board',
  'school academy college nursery surgery practice clinic station court office department hub',
  'panel conference church mosque temple gurdwara synagogue club group network charity project',
  'foundation association society university authority county constabulary force prison',
  'ward pharmacy library ltd limited plc llp inc infirmary hospice point refuge hostel foyer inn',
  'programme colts fc afc jfc rfc juniors athletic rovers wanderers',
  // Hindu temples, mosques and Qur'an schools, as "temple" and "mosque" ("Shri Sanatan Mandir").
  'mandir masjid madrassa madrasa',
);

/**
 * Words that end a small business's name, which often starts with a surname or initials ("LT
 * Plastering", "Bland Properties", "Khan Motors"): a word of such a name is no stranger's.
 */
export const tradeWords = wordSet(
  'plastering roofing builders building motors scaffolding cleaning construction removals',
  'landscaping electrical plumbing haulage logistics recruitment taxis cabs autos garage lettings',
  'properties estates developments decorating joinery carpentry interiors catering',
  'nails salon barbers',
  // Taxi firms and staffing agencies ("Boro Cars", "TeachFirst Supply").
  'cars minicabs supply',
);

/** Role words that show a name belongs to a professional: "Helen (HV)", "Joanne, school nurse". */
export const roleWords = wordSet(
  'sw dsl ddsl hv tm iro lado gp senco sendco ewo pc dc ds di dci pcso camhs midwife nurse',
  'social worker health visitor team manager headteacher head teacher police officer paediatrician',
  'consultant registrar chair chairperson coordinator practitioner lead manager therapist',
  'psychologist psychiatrist solicitor barrister idva isva ta tutor dentist nurse midwife officer',
);

/** Titles that mark a professional ("Dr Marsh", "PC Tranter") rather than a client. */
export const professionalTitles = wordSet('dr doctor prof professor pc dc ds di dci sgt insp cllr');

/** Titles of address ("Mr Walsh"); the name after one is a person. */
export const personalTitles = wordSet(
  'mr mrs ms miss mx master',
  // Armed forces' ranks before a serving parent's name ("LCpl Blessing Ndlovu", "Pte Scott
  // Bainbridge"): a title like "Mr", no part of the name.
  'pte cpl lcpl lbdr bdr ssgt csgt',
);

/** Acronyms that must never be read as a person's initials or a short name ("GP", "ED"). */
export const acronyms = wordSet(
  'gp sw hv tm ds dc di pc ed ae cp sc ss ta pe re it mp ok uk eu dv da ms ft pt hr id iv ct mri',
  'csc cin lac cla dsl iro ewo nhs dob edd upn nfa sen ehc rhi abe oic',
  // Female genital mutilation, which a relationship word may come before ("give mother FGM leaflet").
  'fgm',
);
