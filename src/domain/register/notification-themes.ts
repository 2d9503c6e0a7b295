// The structured, non-identifying facts a partnership counts for its six-monthly themes, derived
// from the record when a notification is made: what the disagreement is about, the agencies by
// type, the stage reached, whether and how it ended, and the working days it took.
import type { IsoDate } from '../calendar/iso-date';
import { londonDateOf } from '../calendar/london-time';
import { workingDaysBetween } from '../calendar/working-days';
import type { Escalation, EscalationStatus, Urgency } from '../escalation/escalation';
import type { AgencyType } from '../policy/agency-type';
import type { PackForNotification } from '../notification/notification-draft';
import { stageName } from '../notification/notification-wording';
import {
  disagreementThemes,
  type DisagreementTheme,
  type ResolvedHow,
  type ThemeChoices,
} from '../escalation/theme-choices';

// The list lives with the theme choices so the record's schema can use it without this module's
// calendar (the record screens load that schema at first load).
export { disagreementThemes, type DisagreementTheme } from '../escalation/theme-choices';

/** Plain-English names of the themes, for tables and charts. */
export const disagreementThemeLabels: Readonly<Record<DisagreementTheme, string>> = {
  'levels-of-need': 'Levels of need or thresholds',
  'roles-and-responsibilities': 'Roles and responsibilities',
  'need-for-action': 'Need for action',
  communication: 'Communication',
  'information-sharing': 'Information sharing',
  'assessment-or-plan': 'Assessment or plan',
  other: 'Other',
};

/** Pack category ids that mean one of the common themes; any other id counts as `other`. */
const CATEGORY_THEMES: Readonly<Record<string, DisagreementTheme>> = {
  'levels-of-need': 'levels-of-need',
  'level-of-need': 'levels-of-need',
  'differing-views-of-thresholds': 'levels-of-need',
  thresholds: 'levels-of-need',
  'roles-and-responsibilities': 'roles-and-responsibilities',
  'need-for-action': 'need-for-action',
  'management-of-risk': 'need-for-action',
  communication: 'communication',
  'information-sharing': 'information-sharing',
  'safeguarding-plans': 'assessment-or-plan',
  assessment: 'assessment-or-plan',
};

/** The common theme a pack's category belongs to. */
export function themeOfCategory(categoryId: string): DisagreementTheme {
  return CATEGORY_THEMES[categoryId] ?? 'other';
}

/** One category as the pack words it, with the common theme it counts under. */
export interface ThemeCategory {
  readonly id: string;
  readonly label: string;
  readonly theme: DisagreementTheme;
}

/** How the escalation ended, or `open` when it has not. */
export type Ending = EscalationStatus;

/** The structured theme fields carried by a notification. Nothing here identifies anyone. */
export interface NotificationThemes {
  readonly packId: string;
  readonly packVersion: number;
  readonly categories: readonly ThemeCategory[];
  /**
   * The common themes the disagreement was about: the practitioner's choice at resolution, else at
   * the start or since, else the themes of the record's categories (since data version 2).
   */
  readonly about: readonly DisagreementTheme[];
  readonly raisingAgencyType: AgencyType;
  /** The types of the other agencies involved, each once, in the record's order. */
  readonly receivingAgencyTypes: readonly AgencyType[];
  readonly urgency: Urgency;
  /** The last stage (or urgent route) the escalation reached, as the form names it. */
  readonly stageReached: {
    readonly id: string;
    readonly kind: 'stage' | 'urgent-route';
    readonly name: string;
    /** 1-based position among the pack's stages; null for an urgent route. */
    readonly order: number | null;
  } | null;
  readonly ending: Ending;
  readonly startedOn: IsoDate;
  /** The UK date it was resolved, referred or withdrawn; null while open. */
  readonly endedOn: IsoDate | null;
  /** Working days (England and Wales) from start to resolution; null unless resolved. */
  readonly workingDaysToResolution: number | null;
  /** How it was resolved, as the practitioner chose; null when not said (since data version 2). */
  readonly resolvedHow: ResolvedHow | null;
  /** Whether learning was identified: the practitioner's choice, or whether learning was written. */
  readonly learningIdentified: boolean;
}

function endedAt(escalation: Escalation) {
  if (escalation.status === 'resolved') return escalation.resolution?.resolvedAt ?? null;
  if (escalation.status === 'referred-to-partnership') return escalation.referral?.at ?? null;
  if (escalation.status === 'withdrawn') return escalation.withdrawal?.at ?? null;
  return null;
}

function receivingTypes(escalation: Escalation): AgencyType[] {
  const raising = escalation.raisedBy.agency.trim();
  const types = escalation.professionals
    .filter((person) => person.agency.trim() !== raising && person.agencyType !== null)
    .map((person) => person.agencyType as AgencyType);
  return [...new Set(types)];
}

/**
 * What the notification says when the practitioner chooses nothing: the themes of the record's
 * categories and the other agencies' types. The resolution form offers these as its defaults.
 */
export function derivedThemeChoices(
  escalation: Escalation,
): Pick<ThemeChoices, 'about' | 'agencyTypes'> {
  return {
    about: [...new Set(escalation.categoryIds.map(themeOfCategory))],
    agencyTypes: receivingTypes(escalation),
  };
}

/**
 * The choices the resolution form offers for "what was it about": each common theme, in the pack's
 * own words where the pack has categories filed under it.
 */
export function themeChoicesInPackWords(
  pack: Pick<PackForNotification, 'categories'>,
): { theme: DisagreementTheme; packWords: string[] }[] {
  return disagreementThemes.map((theme) => ({
    theme,
    packWords: pack.categories
      .filter((category) => themeOfCategory(category.id) === theme)
      .map((category) => category.label),
  }));
}

/** The practitioner's theme choices at resolution, when the record was resolved with any. */
function choicesAtResolution(escalation: Escalation): ThemeChoices | null {
  return escalation.status === 'resolved' ? (escalation.resolution?.themes ?? null) : null;
}

/**
 * What the disagreement was about and the other agencies by type, for the notification: for each,
 * the practitioner's choice at resolution, else their choice at the start (or since, by editing the
 * details), else what the record says. An empty choice counts as no choice.
 */
export function chosenOrDerivedThemes(
  escalation: Escalation,
): Pick<ThemeChoices, 'about' | 'agencyTypes'> {
  const atResolution = choicesAtResolution(escalation);
  const atStart = escalation.themes;
  const derived = derivedThemeChoices(escalation);
  const pick = <T>(...lists: (readonly T[] | undefined)[]): T[] => [
    ...(lists.find((list) => list !== undefined && list.length > 0) ?? []),
  ];
  return {
    about: pick(atResolution?.about, atStart?.about, derived.about),
    agencyTypes: pick(atResolution?.agencyTypes, atStart?.agencyTypes, derived.agencyTypes),
  };
}

/**
 * The theme fields of an escalation under its pack, for the notification's data. The
 * practitioner's choices at resolution win, then those made at the start or since; anything left
 * unchosen is derived from the record.
 */
export function notificationThemesOf(
  escalation: Escalation,
  pack: PackForNotification,
): NotificationThemes {
  const first = escalation.stageHistory[0];
  const last = escalation.stageHistory.at(-1);
  const startedOn = londonDateOf(first?.enteredAt ?? escalation.createdAt);
  const ended = endedAt(escalation);
  const endedOn = ended ? londonDateOf(ended) : null;
  const order = last ? pack.stages.findIndex((stage) => stage.id === last.stageId) : -1;
  const chosen = choicesAtResolution(escalation);
  const about = chosenOrDerivedThemes(escalation);
  return {
    packId: escalation.packId,
    packVersion: escalation.packVersion,
    categories: escalation.categoryIds.map((id) => ({
      id,
      label: pack.categories.find((category) => category.id === id)?.label ?? id,
      theme: themeOfCategory(id),
    })),
    about: about.about,
    raisingAgencyType: escalation.raisedBy.agencyType,
    receivingAgencyTypes: about.agencyTypes,
    urgency: escalation.urgency,
    stageReached: last
      ? {
          id: last.stageId,
          kind: last.kind,
          name: stageName(pack, last),
          order: last.kind === 'stage' && order >= 0 ? order + 1 : null,
        }
      : null,
    ending: escalation.status,
    startedOn,
    endedOn,
    workingDaysToResolution:
      escalation.status === 'resolved' && endedOn ? workingDaysBetween(startedOn, endedOn) : null,
    resolvedHow: chosen?.resolvedHow ?? null,
    learningIdentified:
      chosen?.learningIdentified ?? (escalation.resolution?.learning.trim() ?? '') !== '',
  };
}
