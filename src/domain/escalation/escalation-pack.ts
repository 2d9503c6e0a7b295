// The parts of a policy pack the escalation rules read, typed as narrowly as possible so a change
// elsewhere in the pack schema does not ripple into the rules, and the lookups over them.
import type { Category, PolicyPack, Stage, UrgentRoute } from '../policy/policy-pack';
import type { StageVisit } from './escalation';

/** The parts of a stage the rules read. */
export type MachineStage = Pick<Stage, 'id' | 'title' | 'timescale' | 'notifiesPartnership'> & {
  readonly ifUnresolved: Pick<Stage['ifUnresolved'], 'nextStageId'>;
};

/** The parts of an urgent route the rules read. */
export type MachineUrgentRoute = Pick<UrgentRoute, 'id' | 'situation' | 'title' | 'timescale'>;

/** The parts of a category the rules read. */
export type MachineCategory = Pick<Category, 'id'>;

/** The parts of a policy pack the rules read; a whole validated `PolicyPack` is one of these. */
export interface PackForMachine {
  readonly id: PolicyPack['id'];
  readonly version: PolicyPack['version'];
  readonly stages: readonly MachineStage[];
  readonly urgentRoutes: readonly MachineUrgentRoute[];
  readonly categories: readonly MachineCategory[];
}

/** The position (from 0) of a stage in the pack, or -1 when the pack has no such stage. */
export function stageIndex(pack: PackForMachine, stageId: string): number {
  return pack.stages.findIndex((stage) => stage.id === stageId);
}

/** The stage or urgent route a visit is at, or undefined when the pack does not know it. */
export function placeOf(
  pack: PackForMachine,
  visit: Pick<StageVisit, 'kind' | 'stageId'>,
): MachineStage | MachineUrgentRoute | undefined {
  return visit.kind === 'urgent-route'
    ? pack.urgentRoutes.find((route) => route.id === visit.stageId)
    : pack.stages.find((stage) => stage.id === visit.stageId);
}

/**
 * A stage or route named for people: `“Line manager discussion” (step 2 of 4)`, or
 * `the urgent route “Child at imminent risk”`; falls back to the id when the pack does not know it.
 */
export function describePlace(
  pack: PackForMachine,
  visit: Pick<StageVisit, 'kind' | 'stageId'>,
): string {
  const place = placeOf(pack, visit);
  const title = `“${place?.title ?? visit.stageId}”`;
  if (visit.kind === 'urgent-route') return `the urgent route ${title}`;
  const index = stageIndex(pack, visit.stageId);
  // "step", not "stage": the count includes any unnumbered first step, so the policy's "Stage 1"
  // can be the second step.
  return index < 0 ? `stage ${title}` : `${title} (step ${index + 1} of ${pack.stages.length})`;
}
