// The kinds of agency a pack's roles and directory rows belong to, so the guide can show
// "who acts at this level for MY agency type".
import { z } from 'zod';

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

export const agencyTypeSchema = z.enum(agencyTypes);

/** A kind of agency, e.g. `education` for schools, colleges and early years settings. */
export type AgencyType = z.infer<typeof agencyTypeSchema>;

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
export const roleAppliesToSchema = z.enum([...agencyTypes, 'any']);

export type RoleAppliesTo = z.infer<typeof roleAppliesToSchema>;
