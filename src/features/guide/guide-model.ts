// What the step guide shows, worked out from a policy pack: the steps in order, which step a
// `?step=` value names, and which roles and ladders apply to the user's agency type.
import { agencyTypeLabels, agencyTypes, type AgencyType } from '../../domain/policy/agency-type';
import { readableStageTitle } from '../../domain/record-vocabulary';
import type {
  Audience,
  EscalationLadder,
  LadderDirectory,
  PolicyPack,
  Stage,
  StageRole,
  UrgentRoute,
} from '../../domain/policy/policy-pack';
import type { FlowStep, ResolvedEnd } from '../../ui/flowchart';

/**
 * The `?step=` value of the app's own "someone is in danger now" advice, shown when a pack has no
 * imminent-risk route. It is not a valid pack id (ids never start with "_"), so it cannot clash.
 */
export const DANGER_STEP = '_in-danger';

export type GuideStep =
  | { kind: 'stage'; stage: Stage; index: number }
  | { kind: 'urgent'; route: UrgentRoute }
  | { kind: 'danger' };

/**
 * The stage's label as the source gives it, e.g. "Stage One" or "Step 3"; null when the source
 * gives none (the app never numbers a step the source does not number).
 */
export function stageHeading(stage: Pick<Stage, 'label'>): string | null {
  return stage.label;
}

/**
 * The stage's full name: its label, if the source gives one, and its title ("Manager: Manager"
 * shown as "Manager to Manager", so the heading never reads "Stage One: Manager: Manager").
 */
export function stageName(stage: Pick<Stage, 'label' | 'title'>): string {
  const title = readableStageTitle(stage.title);
  return stage.label ? `${stage.label}: ${title}` : title;
}

/** What the flowchart says to do once a step resolves the disagreement, from the pack's trigger. */
export function resolvedEndOf(pack: PolicyPack): ResolvedEnd | undefined {
  const form = pack.notificationForm;
  if (form.trigger.event !== 'resolved') return undefined;
  return {
    box: 'Record it; send the form',
    words: `record the outcome and send “${form.title}” (${form.trigger.source})`,
  };
}

const SITUATION_HEADINGS: Readonly<Record<UrgentRoute['situation'], string>> = {
  'imminent-risk': 'Urgent: imminent risk',
  'suspected-non-accidental-injury': 'Urgent: suspected injury',
  other: 'Urgent route',
};

/** The pack's stages and urgent routes as flowchart boxes. */
export function flowStepsOf(pack: PolicyPack): { steps: FlowStep[]; urgent: FlowStep[] } {
  return {
    steps: pack.stages.map((stage) => ({
      id: stage.id,
      heading: stage.label ?? '',
      text: stage.title,
    })),
    urgent: pack.urgentRoutes.map((route) => ({
      id: route.id,
      heading: SITUATION_HEADINGS[route.situation],
      text: route.title,
    })),
  };
}

/** The stage or urgent route a `?step=` value names, or undefined when it names nothing. */
export function findGuideStep(pack: PolicyPack, id: string | null): GuideStep | undefined {
  if (id === null) return undefined;
  if (id === DANGER_STEP) return { kind: 'danger' };
  const index = pack.stages.findIndex((stage) => stage.id === id);
  const stage = pack.stages[index];
  if (stage) return { kind: 'stage', stage, index };
  const route = pack.urgentRoutes.find((candidate) => candidate.id === id);
  return route ? { kind: 'urgent', route } : undefined;
}

/** Who the policy is about, as the start of a sentence: "A child", "An adult", "A child or adult". */
export function personWords(audience: Audience): string {
  if (audience === 'adults') return 'An adult';
  if (audience === 'both') return 'A child or adult';
  return 'A child';
}

export interface UrgentShortcut {
  stepId: string;
  label: string;
}

/**
 * The shortcuts that are always on screen: imminent risk (the pack's route, or the app's general
 * advice when the pack has none) and, where the pack has one, suspected non-accidental injury.
 */
export function urgentShortcuts(pack: PolicyPack): UrgentShortcut[] {
  const imminent = pack.urgentRoutes.find((route) => route.situation === 'imminent-risk');
  const injury = pack.urgentRoutes.find(
    (route) => route.situation === 'suspected-non-accidental-injury',
  );
  const shortcuts: UrgentShortcut[] = [
    {
      stepId: imminent?.id ?? DANGER_STEP,
      label: `${personWords(pack.partnership.audience)} is at imminent risk of harm`,
    },
  ];
  // The route's own title, in the policy's words (Cambridgeshire: "infant/young child").
  if (injury) shortcuts.push({ stepId: injury.id, label: injury.title });
  return shortcuts;
}

/** "Every agency" for `any`, otherwise the agency type's label. */
export function appliesToLabel(appliesTo: StageRole['appliesTo']): string {
  return appliesTo === 'any' ? 'Every agency' : agencyTypeLabels[appliesTo];
}

/** The roles that act for this agency type (its own and those for every agency), and the rest. */
export function splitRoles(
  roles: readonly StageRole[],
  agencyType: AgencyType,
): { mine: StageRole[]; others: StageRole[] } {
  const applies = (role: StageRole) => role.appliesTo === 'any' || role.appliesTo === agencyType;
  return { mine: roles.filter(applies), others: roles.filter((role) => !applies(role)) };
}

/** Roles grouped by who they apply to: every agency first, then the agency types in order. */
export function groupRoles(
  roles: readonly StageRole[],
): { appliesTo: StageRole['appliesTo']; roles: StageRole[] }[] {
  return (['any', ...agencyTypes] as const).flatMap((appliesTo) => {
    const group = roles.filter((role) => role.appliesTo === appliesTo);
    return group.length > 0 ? [{ appliesTo, roles: group }] : [];
  });
}

/** The ladder directories a stage or urgent route points to. */
export function ladderDirectoriesOf(
  pack: PolicyPack,
  directoryIds: readonly string[],
): LadderDirectory[] {
  return pack.directories.filter(
    (directory): directory is LadderDirectory =>
      directory.kind === 'escalation-ladders' && directoryIds.includes(directory.id),
  );
}

/** The ladders in these directories for one agency type. */
export function laddersFor(
  directories: readonly LadderDirectory[],
  agencyType: AgencyType,
): EscalationLadder[] {
  return directories.flatMap((directory) =>
    directory.ladders.filter((ladder) => ladder.agencyType === agencyType),
  );
}

/** Whose ladder it is: "Member of school staff" or "Police – Officer". */
export function ladderOwner(ladder: EscalationLadder): string {
  return [ladder.agency, ladder.professional].filter(Boolean).join(' – ');
}
