// The invented people and words of the synthetic training records: every name is obviously
// made up, every NHS number is in the 999 range kept for testing, and every text says EXAMPLE.
import type { IsoDate } from '../calendar/iso-date';
import type { ClientIdentity, Professional, RaisedBy } from './escalation';

/** Marks every piece of example text, so no one mistakes it for a real case. */
export const EXAMPLE_MARK = 'EXAMPLE –';

/** Invented children: first name, surname, preferred name. */
const CHILDREN: readonly (readonly [string, string, string])[] = [
  ['Tilly', 'Examplewood', 'Tils'],
  ['Rory', 'Samplesworth', 'Ro'],
  ['Maisie', 'Fictionby', 'Maze'],
  ['Jude', 'Madeupson', 'Judy'],
  ['Ivy', 'Pretendale', 'Ives'],
  ['Otis', 'Testingham', 'Oti'],
  ['Nell', 'Placeholderton', 'Nelly'],
  ['Arlo', 'Demoford', 'Lo'],
  ['Wren', 'Inventedge', 'Wrennie'],
  ['Bea', 'Notrealton', 'Bee'],
];

const PARENTS = ['Morgan', 'Robin', 'Casey', 'Jamie', 'Sasha'];

/** An NHS number in the 999 test range with a valid modulus-11 check digit. */
export function testNhsNumber(seed: number): string {
  for (let candidate = 999_000_000 + seed * 7919; ; candidate += 1) {
    const digits = String(candidate).split('').map(Number);
    const sum = digits.reduce((total, digit, index) => total + digit * (10 - index), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${candidate}${check}`;
  }
}

/** The invented client of the `index`-th example record, aged about 4 to 13 in `year`. */
export function exampleClient(index: number, year: number): ClientIdentity {
  const [firstName, lastName, preferredName] = CHILDREN[index % CHILDREN.length] ?? [
    'Alex',
    'Example',
    'Al',
  ];
  const parent = PARENTS[index % PARENTS.length] ?? 'Morgan';
  const dob = `${year - 4 - (index % 10)}-0${1 + (index % 9)}-1${index % 10}` as IsoDate;
  return {
    child: { firstName, lastName, preferredName, dob, nhsNumber: testNhsNumber(index) },
    familyMembers: [{ firstName: parent, lastName, relationship: 'parent', phone: '07700 900000' }],
    address: { line1: `${index + 1} Example Street`, town: 'Sampletown', postcode: 'ZZ1 1ZZ' },
    school: 'Example Primary School',
  };
}

const DSL: RaisedBy = {
  agencyType: 'education',
  role: 'Designated safeguarding lead',
  agency: 'Example Primary School',
};
const HEALTH_VISITOR: RaisedBy = {
  agencyType: 'health',
  role: 'Health visitor',
  agency: 'Example Community Health Trust',
};

/** Who raises the `index`-th example concern: a school's designated safeguarding lead, or a health visitor. */
export function exampleRaiser(index: number): RaisedBy {
  return index % 2 === 0 ? DSL : HEALTH_VISITOR;
}

/** The invented professionals the examples disagree with. */
export const EXAMPLE_PROFESSIONALS: readonly Omit<Professional, 'id'>[] = [
  {
    name: 'Alex Sample',
    role: 'Social worker',
    agency: 'Example Children’s Social Care',
    agencyType: 'childrens-social-care',
  },
  {
    name: 'Jo Specimen',
    role: 'Team manager',
    agency: 'Example Children’s Social Care',
    agencyType: 'childrens-social-care',
  },
];

/** The words of each kind of example: the disagreement, and how it went. */
export const EXAMPLE_STORIES = {
  'open-first-stage': {
    whatIsEscalated: `${EXAMPLE_MARK} synthetic training record. The school referred bruising seen on a pupil's arm; children's social care decided on no further action without seeing the child at home. The school disagrees: the child gave two different explanations on two days.`,
    outcomeSought: `${EXAMPLE_MARK} a home visit, or a strategy discussion, to check the child is safe.`,
    discussion: `${EXAMPLE_MARK} rang the duty social worker to explain the two explanations; they will take it to their manager.`,
  },
  'open-overdue': {
    whatIsEscalated: `${EXAMPLE_MARK} synthetic training record. The core group for a child on a child protection plan has not met for ten weeks and the plan's actions are drifting.`,
    outcomeSought: `${EXAMPLE_MARK} a core group meeting, and a named lead for each overdue action.`,
    discussion: `${EXAMPLE_MARK} raised the missed core groups with the social worker; no date was offered.`,
  },
  resolved: {
    whatIsEscalated: `${EXAMPLE_MARK} synthetic training record. The family was stepped down to early help, but the parent's drinking has increased and the child is often late and hungry.`,
    outcomeSought: `${EXAMPLE_MARK} a child and family assessment by children's social care.`,
    discussion: `${EXAMPLE_MARK} met the team manager, who agreed to review the step-down decision.`,
    outcome: `${EXAMPLE_MARK} children's social care agreed to complete a child and family assessment within 10 working days.`,
    feedback: `${EXAMPLE_MARK} told the class teacher that an assessment has been agreed.`,
  },
  referred: {
    whatIsEscalated: `${EXAMPLE_MARK} synthetic training record. The agencies disagree about whether a strategy discussion is needed after a child's repeated missing episodes.`,
    outcomeSought: `${EXAMPLE_MARK} a multi-agency strategy discussion.`,
    discussion: `${EXAMPLE_MARK} discussed at senior manager level; the disagreement remains.`,
    referral: `${EXAMPLE_MARK} still unresolved after the policy's last stage, so referred to the partnership as the policy directs.`,
  },
} as const;

/** The kinds of example record, in the order packs take them in turn. */
export type ExampleScenario = keyof typeof EXAMPLE_STORIES;

export const EXAMPLE_SCENARIOS: readonly ExampleScenario[] = [
  'open-first-stage',
  'open-overdue',
  'resolved',
  'referred',
];
