// What the practitioner chooses at resolution for the partnership's themes: what the disagreement
// was about, the other agencies involved by type, how it was resolved and whether learning was
// identified. Each is optional; left unchosen, the notification derives it from the record.
import type { AgencyType } from '../policy/agency-type';

/** The common themes of disagreement the policies name, so packs' own categories can be compared. */
export const disagreementThemes = [
  'levels-of-need',
  'roles-and-responsibilities',
  'need-for-action',
  'communication',
  'information-sharing',
  'assessment-or-plan',
  'other',
] as const;

export type DisagreementTheme = (typeof disagreementThemes)[number];

/** How a resolved disagreement was resolved. */
export const resolvedHows = ['agreement', 'senior-decision', 'partly'] as const;
export type ResolvedHow = (typeof resolvedHows)[number];

export const resolvedHowLabels: Readonly<Record<ResolvedHow, string>> = {
  agreement: 'Resolved by agreement between the agencies',
  'senior-decision': 'Resolved by a senior manager’s decision',
  partly: 'Partly resolved: some issues are outstanding',
};

/** The practitioner's theme choices. An empty list or null means "work it out from the record". */
export interface ThemeChoices {
  readonly about: readonly DisagreementTheme[];
  readonly agencyTypes: readonly AgencyType[];
  readonly resolvedHow: ResolvedHow | null;
  readonly learningIdentified: boolean | null;
}
