// Starting an escalation record: check what the person entered, then place the record at the
// policy's first stage, or on its urgent route when a child or adult is in danger now.
import type { DueDateOptions } from '../calendar/due-dates';
import type { IsoDateTime } from '../calendar/iso-date';
import { londonDateOf } from '../calendar/london-time';
import type { Timescale } from '../policy/timescale';
import { ok, type Result } from '../result';
import type {
  AuditEvent,
  Escalation,
  Professional,
  RaisedBy,
  StageVisit,
  Statement,
  Urgency,
} from './escalation';
import { refuse, type EscalationError } from './escalation-error';
import { describePlace, type MachineStage, type PackForMachine } from './escalation-pack';
import { isCaseReference } from './case-reference';
import {
  checkInstant,
  validateCategories,
  validatePeople,
  validateRaisedBy,
  validateStatement,
  type Checked,
} from './escalation-validation';
import { describeVisitDue, enterVisit } from './stage-visits';
import { keptThemeChoices, type RecordThemeChoices } from './theme-choices';

/** What the person raising the concern enters to start a record. */
export interface StartInput {
  raisedBy: RaisedBy;
  categoryIds: string[];
  statement: Statement;
  /** The professionals involved; ids are made by the caller (e.g. `crypto.randomUUID()`). */
  professionals: Professional[];
  urgency: Urgency;
  /** True only for the synthetic training records; false unless given. */
  isExample?: boolean;
  /** What the disagreement is about and the other agencies by type, for the themes (optional). */
  themes?: RecordThemeChoices;
}

/** The moment, identity and calendar a new record starts with. */
export interface StartContext {
  now: IsoDateTime;
  id: string;
  caseRef: string;
  calendar?: DueDateOptions;
}

/** Where a new record starts, and why (empty for the ordinary first stage). */
interface Entry {
  kind: StageVisit['kind'];
  stageId: string;
  timescale: Timescale;
  reason: string;
}

const SITUATION_WORDS = {
  'imminent-risk': 'a child or adult at imminent risk',
  'suspected-non-accidental-injury': 'suspected non-accidental injury',
} as const;

/**
 * Where a record of this urgency starts, given the pack's first stage. Routine: the first stage.
 * Imminent risk: the urgent route for imminent risk. Suspected non-accidental injury: that route,
 * else the imminent-risk route. With no matching route, the first stage, due immediately rather
 * than on the stage's routine timescale, with a reason that says why.
 */
export function entryFor(urgency: Urgency, pack: PackForMachine, first: MachineStage): Entry {
  const firstStage: Entry = {
    kind: 'stage',
    stageId: first.id,
    timescale: first.timescale,
    reason: '',
  };
  if (urgency === 'routine') return firstStage;
  const find = (situation: keyof typeof SITUATION_WORDS) =>
    pack.urgentRoutes.find((route) => route.situation === situation);
  const route =
    urgency === 'suspected-non-accidental-injury'
      ? (find('suspected-non-accidental-injury') ?? find('imminent-risk'))
      : find('imminent-risk');
  const because = `Started as urgent: ${SITUATION_WORDS[urgency]}.`;
  if (route === undefined) {
    return {
      ...firstStage,
      timescale: { kind: 'immediate' },
      reason: `${because} This policy has no urgent route for it, so the record starts at the first stage, due immediately: act now, and do not wait for the stage's usual timescale.`,
    };
  }
  const fallback =
    route.situation === urgency
      ? ''
      : ' This policy has no separate route for suspected non-accidental injury, so its route for imminent risk applies.';
  return {
    kind: 'urgent-route',
    stageId: route.id,
    timescale: route.timescale,
    reason: `${because}${fallback}`,
  };
}

function checkStartInput(
  input: StartInput,
  pack: PackForMachine,
  context: StartContext,
): Checked<Pick<Escalation, 'raisedBy' | 'categoryIds' | 'statement' | 'professionals'>> {
  if (!isCaseReference(context.caseRef)) {
    return refuse(
      'invalid-case-reference',
      `“${context.caseRef}” is not a case reference made by this app; make a new one and try again.`,
      'caseRef',
    );
  }
  const raisedBy = validateRaisedBy(input.raisedBy);
  if (!raisedBy.ok) return raisedBy;
  const statement = validateStatement(input.statement, londonDateOf(context.now));
  if (!statement.ok) return statement;
  const categoryIds = validateCategories(input.categoryIds, pack);
  if (!categoryIds.ok) return categoryIds;
  const professionals = validatePeople(input.professionals, 'professionals');
  if (!professionals.ok) return professionals;
  return ok({
    raisedBy: raisedBy.value,
    categoryIds: categoryIds.value,
    statement: statement.value,
    professionals: professionals.value,
  });
}

/**
 * Starts a new escalation record (revision 1, status open) under `pack`, after checking the input:
 * your role and agency, what is escalated and the outcome sought (non-empty after trimming), the
 * date sought (blank, or today or later in UK time), categories from the pack (at least one when
 * the pack lists any), and each professional's agency and name or role. The first visit is placed
 * by {@link entryFor}, with its due date from the timescale. Refusals are returned, never thrown.
 */
export function startEscalation(
  input: StartInput,
  pack: PackForMachine,
  context: StartContext,
): Result<Escalation, EscalationError> {
  const now = checkInstant(context.now, 'now', 'the time now');
  if (!now.ok) return now;
  const checked = checkStartInput(input, pack, context);
  if (!checked.ok) return checked;
  const first = pack.stages[0];
  if (first === undefined) {
    const message = `The policy pack “${pack.id}” has no stages, so a record cannot start under it. Choose another policy, or ask whoever supplied the pack for a corrected one.`;
    return refuse('unknown-stage', message);
  }
  const entry = entryFor(input.urgency, pack, first);
  const visit = enterVisit(entry, entry.timescale, context.now, context.calendar);
  const themes = keptThemeChoices(input.themes);
  return ok({
    id: context.id,
    caseRef: context.caseRef,
    packId: pack.id,
    packVersion: pack.version,
    createdAt: context.now,
    updatedAt: context.now,
    revision: 1,
    isExample: input.isExample ?? false,
    ...checked.value,
    urgency: input.urgency,
    status: 'open',
    stageHistory: [visit],
    feedback: [],
    resolution: null,
    referral: null,
    withdrawal: null,
    ...(themes && { themes }),
  });
}

/** The audit entry for a record `startEscalation` made: when, and where it started. */
export function creationAudit(
  escalation: Escalation,
  pack: PackForMachine,
): Omit<AuditEvent, 'id' | 'escalationId'> {
  const first = escalation.stageHistory[0];
  const where =
    first === undefined ? '' : ` at ${describePlace(pack, first)}${describeVisitDue(first)}`;
  const why = first?.reason ? ` ${first.reason}` : '';
  return {
    at: escalation.createdAt,
    action: 'created',
    detail: `Started escalation ${escalation.caseRef}${where}.${why}`,
  };
}
