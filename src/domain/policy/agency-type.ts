// The kinds of agency a pack's roles and directory rows belong to, so the guide can show
// "who acts at this level for MY agency type".
import { z } from 'zod';
import { builtOnFirstUse } from '../built-on-first-use';

/** Every agency type a pack may use, in the order the app offers them. */
export const agencyTypes = [
  'education',
  'early-help',
  'childrens-social-care',
  'health',
  'police',
  'adult-social-care',
  'substance-misuse',
  'probation',
  'youth-justice',
  'housing',
  'district-council',
  'fire-and-rescue',
  'voluntary-sector',
  'other',
] as const;

/** A kind of agency, e.g. `education` for schools, colleges and early years settings. */
export type AgencyType = (typeof agencyTypes)[number];

// The schemas below are built on first use, not when the module loads: the app loads this module
// at start-up, and the first zod schema a page builds costs a phone 10-30 ms (decision 0047).
const buildAgencyTypeSchema = () => z.enum(agencyTypes);

/** Checks an agency type. */
export const agencyTypeSchema = builtOnFirstUse(buildAgencyTypeSchema);

/** The plain-English name of each agency type, for pickers and headings. */
export const agencyTypeLabels: Readonly<Record<AgencyType, string>> = {
  education: 'Schools, colleges and early years settings',
  'early-help': 'Early help',
  'childrens-social-care': 'Children’s social care',
  health: 'Health (GP, health visiting, midwifery, hospital, mental health, ambulance)',
  police: 'Police',
  'adult-social-care': 'Adult social care',
  'substance-misuse': 'Drug and alcohol treatment services',
  probation: 'Probation and offender management',
  'youth-justice': 'Youth offending and youth justice',
  housing: 'Housing and housing support',
  'district-council': 'District, borough and city councils',
  'fire-and-rescue': 'Fire and rescue',
  'voluntary-sector': 'Voluntary and community sector',
  other: 'Other agencies',
};

/** Each agency type with its name, in the order the app offers them: a drop-down list's choices. */
export const agencyTypeChoices: readonly (readonly [AgencyType, string])[] = agencyTypes.map(
  (type) => [type, agencyTypeLabels[type]],
);

/** Who a stage role applies to: one agency type, or `any` for every agency. */
export type RoleAppliesTo = AgencyType | 'any';

const buildRoleAppliesToSchema = () => z.enum([...agencyTypes, 'any']);

/** Checks who a stage role applies to. */
export const roleAppliesToSchema = builtOnFirstUse(buildRoleAppliesToSchema);
