// The theme facts a spreadsheet row's own words can give: whether the disagreement was resolved
// (from its outcome or status) and the types of the agencies involved (from its agencies). Read
// conservatively: the themes are the partnership's board report, so words that do not plainly say
// one thing leave the fact unknown, and an unknown fact is counted as "not known", never guessed.
import type { ResolvedHow } from '../escalation/theme-choices';
import { agencyTypeLabels, agencyTypes, type AgencyType } from '../policy/agency-type';
import type { Ending } from './notification-themes';

/** How a row's disagreement ended, as far as its words plainly say. */
export interface SpreadsheetEnding {
  readonly ending: Ending;
  readonly resolvedHow: ResolvedHow | null;
}

const RESOLVED: SpreadsheetEnding = { ending: 'resolved', resolvedHow: null };
const PARTLY: SpreadsheetEnding = { ending: 'resolved', resolvedHow: 'partly' };
// A spreadsheet that says "not resolved" does not say whether the disagreement is still open, was
// withdrawn or went to the partnership. `open` (not resolved, not known to have ended otherwise) is
// the reading that claims least; the register and the themes only ask whether it was resolved.
const NOT_RESOLVED: SpreadsheetEnding = { ending: 'open', resolvedHow: null };

// What may follow the words in the same clause: "Resolved at stage 1", "Not resolved by the panel".
const WHERE = String.raw`(?: (?:at|by|in|on|after|through|with|via) .+)?`;
const CLAUSES: readonly (readonly [RegExp, SpreadsheetEnding])[] = [
  [
    new RegExp(String.raw`^(?:not (?:yet )?resolved|unresolved|no resolution)${WHERE}$`),
    NOT_RESOLVED,
  ],
  [new RegExp(String.raw`^(?:partly|partially) resolved${WHERE}$`), PARTLY],
  [new RegExp(String.raw`^(?:fully )?resolved${WHERE}$`), RESOLVED],
];
/** Words that turn a clause starting "resolved" into something else ("resolved but not fully"). */
const QUALIFIED = /\b(?:not|no|never|but|partly|partially|unresolved)\b|n't\b/;

/**
 * What one cell says: an ending, nothing about it (`silent`: "Closed", "Housing shared the
 * address"), or something about resolution that is not plain (`unclear`: "Resolved?", "Resolved
 * but not fully", "Not resolved at stage 1; resolved at stage 2").
 */
function readCell(text: string): SpreadsheetEnding | 'silent' | 'unclear' {
  const clauses = text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .split(/[.;:,()\n–—]| - /)
    .map((clause) => clause.trim())
    .filter(Boolean);
  const found = new Set<SpreadsheetEnding>();
  for (const clause of clauses) {
    const reading = CLAUSES.find(([words]) => words.test(clause))?.[1];
    if (reading && !(reading === RESOLVED && QUALIFIED.test(clause))) found.add(reading);
    else if (/resol/.test(clause)) return 'unclear';
  }
  const [only, ...others] = [...found];
  if (!only) return 'silent';
  return others.length === 0 ? only : 'unclear';
}

/**
 * How a row's disagreement ended, from its outcome and status cells when they plainly say it was
 * resolved, partly resolved, or not resolved; null (not known) when neither says, either is
 * unclear, or they disagree.
 */
export function endingOfSpreadsheetRow(outcome: string, status: string): SpreadsheetEnding | null {
  const readings = [readCell(outcome), readCell(status)];
  if (readings.includes('unclear')) return null;
  const said = [
    ...new Set(
      readings.filter((reading): reading is SpreadsheetEnding => typeof reading !== 'string'),
    ),
  ];
  return said.length === 1 ? (said[0] ?? null) : null;
}

/** "Children’s Social Care!" → "childrens social care": case, apostrophes and punctuation aside. */
function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/['‘’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * The plain names of each agency type a spreadsheet may use, besides the app's own label for it.
 * Only whole names count: "Police" is police, "Northshire Police" or "School nurse" is no type.
 * Nothing maps to `other`: a word the app does not know is kept as text and counted under no type.
 */
const AGENCY_NAMES: Readonly<Record<AgencyType, readonly string[]>> = {
  education: [
    'school',
    'schools',
    'education',
    'college',
    'colleges',
    'academy',
    'academies',
    'nursery',
    'nurseries',
    'early years',
    'early years settings',
  ],
  'early-help': ['early help'],
  'childrens-social-care': [
    'childrens social care',
    'childrens services',
    'childrens social work',
    'csc',
  ],
  health: [
    'health',
    'nhs',
    'gp',
    'gps',
    'general practice',
    'health visiting',
    'health visitor',
    'health visitors',
    'midwifery',
    'midwife',
    'midwives',
    'hospital',
    'mental health',
    'camhs',
    'ambulance',
    'school nurse',
    'school nursing',
    'community health',
  ],
  police: ['police', 'constabulary', 'police force'],
  'adult-social-care': [
    'adult social care',
    'adults social care',
    'adult services',
    'adults services',
    'asc',
  ],
  'substance-misuse': [
    'drug and alcohol',
    'drugs and alcohol',
    'drug and alcohol treatment',
    'substance misuse',
  ],
  probation: ['probation'],
  'youth-justice': ['youth justice', 'youth offending', 'yot', 'yos'],
  housing: ['housing', 'housing support', 'housing association'],
  'district-council': ['district council', 'borough council', 'city council'],
  'fire-and-rescue': ['fire', 'fire and rescue'],
  'voluntary-sector': [
    'voluntary sector',
    'voluntary and community sector',
    'voluntary',
    'third sector',
    'charity',
    'charities',
  ],
  other: [],
};

/** Every plain name of an agency type, and the app's own labels, as plain words. */
const AGENCY_TYPE_NAMED: ReadonlyMap<string, AgencyType> = new Map(
  agencyTypes.flatMap((type) =>
    type === 'other'
      ? []
      : [plainWords(agencyTypeLabels[type]), ...AGENCY_NAMES[type]].map(
          (name) => [name, type] as const,
        ),
  ),
);

function agencyTypeNamed(words: string): AgencyType | undefined {
  // "Housing service", "Youth offending team": the same agency as without the last word.
  const plain = plainWords(words);
  return (
    AGENCY_TYPE_NAMED.get(plain) ??
    AGENCY_TYPE_NAMED.get(plain.replace(/ (?:service|services|team)$/, ''))
  );
}

/**
 * The agency types a spreadsheet's agencies cell plainly names, each once, in the app's order:
 * "Police; Children's social care" gives police and children's social care. Each part between
 * semicolons, slashes or new lines is one agency; a part that is no name as a whole is read as a
 * list ("Health, Police", "Schools and Housing") whose names count and whose other words do not.
 */
export function agencyTypesNamed(text: string): AgencyType[] {
  const named = new Set<AgencyType>();
  for (const part of text.split(/[;/|\n]/)) {
    const whole = agencyTypeNamed(part);
    const pieces = whole ? [whole] : part.split(/,| and | & /i).map(agencyTypeNamed);
    for (const type of pieces) if (type) named.add(type);
  }
  return agencyTypes.filter((type) => named.has(type));
}
