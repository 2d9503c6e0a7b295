// Common given names in the UK, folded (lower case, accents stripped), for spotting a person's name
// the record does not know even when no cue word stands next to it ("Kyle was there when we
// visited."). Drawn from general knowledge of popular names across several decades and communities.
// Given names alone are not personal data; no surnames are listed.

import { onsGivenNames } from './names/ons-given-names';

function wordSet(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.join(' ').split(/\s+/).filter(Boolean));
}

/** Common UK given names, folded (the ambiguous ones below included). */
export const givenNames: ReadonlySet<string> = new Set([
  ...wordSet(
    // Boys, 1950s–1980s
    'alan andrew anthony barry brian carl chris christopher colin craig darren david dean dennis derek',
    'douglas duncan gary gavin geoffrey gordon graham gregory ian jason jeffrey jeremy john jonathan',
    'keith kenneth kevin lee leslie malcolm martin matthew michael nigel norman paul peter philip',
    'raymond richard robert roger ronald russell shaun sean simon stephen steven stuart terence',
    'timothy tony trevor wayne neil nicholas neville clive roy stanley albert arthur ernest harold',
    'walter leonard sidney cyril eric francis bernard gerald howard kenny derrick glenn lloyd',
    // Boys, 1990s–2020s
    'aaron adam aiden aidan alex alexander alfie archie ashley bailey ben benjamin billy bobby bradley',
    'brandon callum callan cameron charlie charles connor conor daniel danny declan dominic dylan',
    'edward elliot elliott ellis ethan evan finley finn freddie frederick gabriel george harley harrison',
    'harry harvey henry hugo isaac jacob jake james jamie jayden jaden jenson joel joe joseph joshua',
    'jordan jude kai kayden kyle lewis liam logan louie louis luca lucas luke lewis mckenzie mohammed',
    'muhammad mohammad nathan noah oliver ollie oscar owen reece rhys riley robbie rory ryan sam samuel',
    'sebastian stanley taylor teddy theo theodore thomas toby tommy tyler zac zachary zach ezra albie',
    'arlo ronnie frankie reggie tommy leo jackson kieran kian kaden brody rowan jensen jax ralph',
    'tobias elijah jasper otis rory milo rafe reuben ryley lenny darcy dexter dominik kacey kane',
    'kayne kieron lennon levi lukas mackenzie marcus mathew morgan myles nathaniel niall ricky rocco',
    'ronan ruben scott shane spencer stefan tristan troy vincent warren zak zane',
    // Girls, 1950s–1980s
    'alison amanda andrea angela ann anne annette barbara beverley brenda carole caroline catherine',
    'christine claire clare debbie deborah denise diane donna elaine elizabeth gillian helen jacqueline',
    'janet janice jennifer joanne julie karen kathleen kim lesley linda lisa lorraine louise lynn',
    'lynne margaret maria marie maureen michelle nicola pamela patricia paula rachel sandra sarah',
    'sharon shirley susan tracey tracy valerie wendy yvonne dorothy doreen joan irene jean joyce',
    'sheila brenda pauline jackie gail jill kathryn kerry kirsty gemma emma samantha joanna dionne',
    'tina tanya natalie nicole stacey stacy leanne kelly zoe danielle hayley jenny vicky victoria',
    'melanie lindsey lindsay sally sonia teresa theresa carol',
    // Girls, 1990s–2020s
    'abigail aimee alice amelia amy ava bethany bella brooke charlotte chloe courtney demi eleanor',
    'eliza ella ellie eloise elsie emily erin esme eva evelyn evie florence francesca freya georgia',
    'gracie hannah harper heidi imogen isabel isabella isabelle isla isobel jasmine jessica jodie',
    'kayla keira kiera lacey laura lauren leah lexi libby lilly lola lucy lydia macy maddison madison',
    'maisie maisy megan mia millie molly naomi niamh olivia paige phoebe rebecca rosie sadie scarlett',
    'shannon sienna skye sofia sophia sophie stella tegan tilly willow zara ivy aria ayla bonnie',
    'darcey edie eden elodie emilia everly harriet hallie ivie lottie luna margot matilda nancy orla',
    'penelope thea violet wren amelie aurora beatrice clara cora delilah frankie maeve mila nova',
    'rosalie sara tia kacey kasey jade jaime kirsty leila layla lila liliana mollie',
    'nevaeh paisley rihanna shanice shauna shelby shelley sky tanisha tiana tianna',
    'toni tori alisha alesha chantelle chanel charlene jodi leanna lorna marcia nadine kayleigh',
    'kaylee kelsey kerri kimberley bethan abbie abby jorja lexie',
    // Irish
    'aoife ciara saoirse roisin sinead caoimhe aisling grainne clodagh siobhan mairead eileen bridget',
    'seamus padraig ciaran cian oisin darragh eoin fionn ruairi colm cathal donal eamon eamonn brendan',
    'patrick aine orlagh orlaith fiadh fionnuala sorcha una nuala deirdre tadhg cormac diarmuid',
    // Welsh
    'dafydd gareth gethin huw iwan owain emrys cerys seren carys ffion rhian sian angharad nia lowri',
    'gwen elin mali catrin rhiannon osian ioan aled gruffydd llinos eleri alys nerys bryn dewi',
    'gwyneth rhodri gethin meinir heledd',
    // Scottish
    'alasdair alistair angus callum ewan fraser hamish iain kenzie murray ross struan ailsa eilidh',
    'fiona isla kirsteen morag mhairi shona catriona',
    // Polish and eastern European
    'jakub kacper szymon filip mateusz bartosz piotr krzysztof tomasz pawel lukasz marek wojciech',
    'michal oskar antoni aleksander igor dawid kamil maciej adrian patryk agnieszka katarzyna',
    'magdalena zuzanna julia maja natalia oliwia wiktoria aleksandra karolina dorota ewa anna marta',
    'monika malgorzata zofia hanna justyna paulina weronika kinga beata iwona jolanta',
    'andrei andrej mihai ionut florin elena ioana andreea bianca alina irina dmitri nikolai',
    'olena oksana yulia tatiana svetlana artem bogdan valentina',
    // African and Caribbean
    'chidi chinedu emeka obinna tunde femi kemi tobi tolu ayo adebayo olu kwame kofi ama abena yaw',
    'kwabena chioma ngozi adaeze amara ifeoma nkechi funmi folake yetunde bisi sade temi tomi dami',
    'segun deji kayode abdi hodan hibo nasra ikram tendai tatenda rudo chipo thandiwe sipho',
    'chiamaka chinwe uche nnamdi ikenna oluwaseun seun damilola tolani ayomide ademola babajide',
    'tyrone jermaine leroy delroy winston desmond errol jerome kareem jamal jamar dwayne marlon',
    'garfield carlton everton hyacinth claudette janelle keisha latoya shantelle malachi kymani',
    'imani aaliyah nia zion jahmai jaheim tyrell tyreke shaquille kemar rohan renae tamika',
    'abdirahman abdullahi fadumo ayan hamdi sagal',
    // South Asian and Muslim
    'aarav arjun ravi raj rajesh sanjay vikram amit anil sunil deepak harpreet gurpreet manpreet',
    'jaspreet simran navdeep amandeep jaswinder kuldeep sukhdeep priya anjali pooja neha kavita',
    'sunita anita asha meera divya shreya riya aanya ishaan vihaan krish aditya nikhil rahul vijay',
    'ajay ahmed ahmad ali hassan hussain husain ibrahim yusuf yousef yusuf ismail ayaan rayyan zayn',
    'zayan haris usman umar omar hamza bilal faisal imran kamran adnan asif tariq zubair shabana',
    'nasreen samina shazia rubina farah fatima fatimah aisha ayesha maryam mariam khadija zainab hafsa',
    'amina aminah safiya sumaya inaya anaya zahra noor nadia saima sana rukhsana parveen tahmina',
    'shamima nusrat rahima abdul raheem rashid shahid sajid wasim nadeem kashif arif javed junaid',
    'aryan arham musa isa idris yahya zakariya zakaria sulaiman suleiman hashim harun haroon idrees',
    'laila leyla hana hina iqra alishba eman haniya hafsah ruqayyah aleena amira amir amaan arman',
    'danyal daniyal mustafa mahmood mehmet emre yasin yasmin yasmeen jasmeen rumana shirin',
    'mohamed mohammod mohamad muhammed gurdeep baljit harjit kiran manjit rajinder ranjit sukhwinder',
    'parminder satnam tejinder balvinder pritpal jasleen jasmin nimra sidra mehreen ambreen',
    'tanvir tanveer shafiq rafiq zaheer nazia nabila farhana rehana bushra samira salma',
    // Jewish
    'moshe yosef yehuda chaim shlomo avraham yitzchak mordechai shmuel eli ari asher miriam rivka',
    'chana esther rachel devorah shira tamar yael malka batsheva gila reuben nathan jacob abraham',
    'gideon ruth judith menachem yisroel dovid tzvi baruch chaya rochel leah',
  ),
  ...ambiguousNames(),
]);

/** True when `key` (folded) is a given name on our own list or the ONS list. */
export function isListedGivenName(key: string): boolean {
  return givenNames.has(key) || onsGivenNames.has(key);
}

/**
 * Given names that are also ordinary words, months or places ("Will you…", "Grace period",
 * "Paris"): at the start of a sentence, or with no cue, they are proposed only when a surname-like
 * word, a possessive or a reporting verb follows. `ordinaryWordNames` holds the rest.
 */
export const ambiguousGivenNames = ambiguousNames();

function ambiguousNames(): ReadonlySet<string> {
  return wordSet(
    'will may june august april grace hope faith joy mark bill frank sue dawn rose summer amber ruby',
    'iris jack art bob pat carol sandy penny rich rob don guy jean ray sky eden christian',
    'india paris florence georgia chelsea sydney devon asia harley taylor morgan bailey ellis',
    'tyler scott spencer kelly lloyd murray fraser ross russell howard warren paisley mali tamar',
  );
}
