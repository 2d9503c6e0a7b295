// What the practitioner chooses for the partnership's themes: at the start (or since) what the
// disagreement is about and the other agencies involved by type; at resolution those again, how it
// was resolved and whether learning was identified. Each is optional; left unchosen, the notification derives it from the record.
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

/**
 * The choices a practitioner may make when starting the record, or later by editing its details:
 * what the disagreement is about and the other agencies by type. Choices at resolution win.
 */
export type RecordThemeChoices = Pick<ThemeChoices, 'about' | 'agencyTypes'>;

/** The choices with repeats removed, or undefined when nothing is chosen (derive from the record). */
export function keptThemeChoices(
  choices: RecordThemeChoices | undefined,
): RecordThemeChoices | undefined {
  if (!choices) return undefined;
  const about = [...new Set(choices.about)];
  const agencyTypes = [...new Set(choices.agencyTypes)];
  return about.length === 0 && agencyTypes.length === 0 ? undefined : { about, agencyTypes };
}
