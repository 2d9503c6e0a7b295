// Common English given names and their familiar forms, so "Billy" is caught for William.
import { foldName } from './text';

/** Each line is one family of interchangeable forms of a given name. */
const NICKNAME_FAMILIES: readonly string[] = [
  'william will bill billy liam willie willy wills',
  'elizabeth liz lizzie lizzy beth betty eliza libby bess bessie elspeth',
  'alexander alex sandy xander alec alexandra lexi lexie',
  'jonathan jon jonny johnny',
  'john johnny jack jon',
  'thomas tom tommy',
  'margaret maggie meg peggy maisie',
  'robert rob bob bobby robbie bert',
  'katherine catherine kathryn kate katie kathy cath cathy kat kit kitty',
  'james jim jimmy jamie jay',
  'michael mike mikey mick mickey',
  'richard rich rick ricky dick',
  'edward ed eddie ted teddy ned',
  'charles charlie chas chuck',
  'charlotte charlie lottie lotte',
  'christopher chris kit topher',
  'christine chris chrissie tina',
  'daniel dan danny',
  'danielle dani dannii',
  'david dave davey',
  'joseph joe joey',
  'joanne jo joanna jojo',
  'josephine jo josie',
  'samuel sam sammy',
  'samantha sam sammy',
  'benjamin ben benny',
  'matthew matt matty',
  'nicholas nick nicky',
  'nicola nicky nikki',
  'anthony tony ant',
  'andrew andy drew',
  'stephen steven steve stevie',
  'patrick pat paddy',
  'philip phillip phil pip',
  'kevin kev',
  'darren daz',
  'patricia pat patsy trish tricia',
  'rebecca becky becca bex',
  'jennifer jen jenny',
  'victoria vicky tori',
  'susan sue susie suzy',
  'deborah debbie debs',
  'frederick fred freddie freddy',
  'henry harry hal',
  'harrison harry',
  'abigail abby abbie',
  'gabriel gabe',
  'isabella isabelle bella izzy issy',
  'amelia millie amy',
  'emily em emmy',
  'ellie eleanor elle nell nellie',
  'oliver ollie olly',
  'zachary zach zac',
  'kayleigh kay',
  'terence terry',
  'lawrence laurence larry laurie',
  'ronald ron ronnie',
  'donald don donnie',
  'raymond ray',
  'kenneth ken kenny',
  'gareth gaz',
  'gary gaz',
  'lewis lew',
  'barry baz',
  'sharon shaz',
  'jonathon jon',
  'natalie nat',
  'natasha tasha tash',
];

const families: readonly (readonly string[])[] = NICKNAME_FAMILIES.map((line) =>
  line.split(' ').map(foldName),
);

/**
 * The familiar and formal forms that may stand for `name` (folded, excluding `name` itself),
 * e.g. "William" → will, bill, billy, liam… Empty when the name is not in the built-in table.
 */
let familiarForms: ReadonlySet<string> | undefined;

/** Every form in the table ("mick", "phil", "kev"), for reading a lower-case word as a name. */
export function isFamiliarForm(key: string): boolean {
  familiarForms ??= new Set(families.flat());
  return familiarForms.has(key);
}

export function nicknameVariants(name: string): string[] {
  const key = foldName(name);
  const found = new Set<string>();
  for (const family of families) {
    if (family.includes(key)) for (const form of family) if (form !== key) found.add(form);
  }
  return [...found].sort();
}
