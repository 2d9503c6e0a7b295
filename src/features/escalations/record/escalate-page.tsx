// Escalate to the next stage: why, where it goes, and when the new stage will be due.
import { useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { longText } from '../../../domain/limits';
import { dueFromTimescale } from '../../../domain/calendar/due-dates';
import { escalationTarget } from '../../../domain/escalation/escalation-commands';
import type { CommandOutcome } from '../../../domain/escalation/escalation-machine';
import { longDateTime } from '../../../domain/escalation/escalation-text';
import { openVisit } from '../../../domain/escalation/stage-visits';
import type { Stage } from '../../../domain/policy/policy-pack';
import { describeTimescale } from '../../../domain/policy/timescale';
import { usePageTitle } from '../../../ui/page-title';
import { BoundTextArea } from './bound-fields';
import { ChoiceFields } from './choice-fields';
import { placeName, stageShortName } from './record-text';
import { RecordFormFrame } from './record-form-frame';
import type { OpenRecord } from './use-open-record';
import { useNow } from '../use-now';
import { useRecordForm } from './use-record-form';

const escalateSchema = z.object({
  reason: longText().refine(
    (value) => value.trim() !== '',
    'Enter why the disagreement is being escalated',
  ),
  toStageId: z.string(),
});

/** The stages the record may move on to: any stage from an urgent route, else the later ones. */
function laterStages(opened: OpenRecord): Stage[] {
  const visit = openVisit(opened.record.escalation);
  if (visit === undefined) return [];
  const { stages } = opened.pack;
  if (visit.kind === 'urgent-route') return [...stages];
  return stages.slice(stages.findIndex((stage) => stage.id === visit.stageId) + 1);
}

/** "Escalated to Stage Two – due 5 March 2026 at 17:00". */
function escalatedMessage(outcome: CommandOutcome, opened: OpenRecord): string {
  const visit = outcome.escalation.stageHistory.at(-1);
  if (visit === undefined) return 'Escalated';
  const due = visit.dueAt === null ? 'no timescale stated' : `due ${longDateTime(visit.dueAt)}`;
  return `Escalated to ${stageShortName(opened.pack, visit.stageId)} – ${due}`;
}

function WhereItGoes({ opened, stage }: { opened: OpenRecord; stage: Stage | undefined }) {
  const now = useNow().now;
  if (stage === undefined) return null;
  const due = dueFromTimescale(stage.timescale, now, opened.calendar);
  return (
    <dl className="summary-list record-preview">
      <div>
        <dt>Where it goes</dt>
        <dd>{placeName(opened.pack, { kind: 'stage', stageId: stage.id })}</dd>
      </div>
      <div>
        <dt>Who acts</dt>
        <dd>{stage.whoActs.text}</dd>
      </div>
      <div>
        <dt>New due date</dt>
        <dd>
          {due === null
            ? 'The policy states no timescale for this stage.'
            : `${longDateTime(due.dueAt)} (${describeTimescale(stage.timescale)}, counted from now)`}
          {stage.notifiesPartnership && (
            <p className="record-note">
              At this stage the policy asks for the partnership to be notified.
            </p>
          )}
        </dd>
      </div>
    </dl>
  );
}

function EscalateForm({ open, next, later }: { open: OpenRecord; next: Stage; later: Stage[] }) {
  const state = useRecordForm({
    open,
    formId: 'escalate',
    schema: escalateSchema,
    defaultValues: () => ({ reason: '', toStageId: next.id }),
    toCommand: ({ reason, toStageId }) =>
      toStageId === next.id
        ? { type: 'escalate', reason }
        : { type: 'escalate', reason, toStageId },
    successMessage: escalatedMessage,
  });
  const chosenId = useWatch({ control: state.form.control, name: 'toStageId' });
  const chosen = later.find((stage) => stage.id === chosenId) ?? next;
  const choices = later.map((stage) => ({
    value: stage.id,
    label: placeName(open.pack, { kind: 'stage', stageId: stage.id }),
    hint: stage.id === next.id ? ' (the policy’s next stage)' : undefined,
  }));
  return (
    <RecordFormFrame
      state={state}
      title={`Escalate to ${stageShortName(open.pack, chosen.id)}`}
      submitLabel="Escalate"
    >
      <WhereItGoes opened={state.opened} stage={chosen} />
      {later.length > 1 && (
        <ChoiceFields
          form={state.form}
          name="toStageId"
          type="radio"
          legend="Which stage should it go to?"
          hint="Choose a later stage only if the policy lets you go straight there."
          choices={choices}
        />
      )}
      <BoundTextArea
        form={state.form}
        name="reason"
        label="Why is it being escalated?"
        hint="What was tried at this stage, and why the disagreement is not resolved."
      />
    </RecordFormFrame>
  );
}

function NoFurtherStage({ message }: { message: string }) {
  usePageTitle('No further stage');
  return (
    <>
      <h1>There is no further stage</h1>
      <p>{message}</p>
      <p className="button-group">
        <Link to="../refer" className="button">
          Refer to the partnership
        </Link>
        <Link to="..">Back to the record</Link>
      </p>
    </>
  );
}

export function EscalatePage({ open }: { open: OpenRecord }) {
  const visit = openVisit(open.record.escalation);
  if (visit === undefined) return <NoFurtherStage message="This record is closed." />;
  const target = escalationTarget(visit, undefined, open.pack);
  if (!target.ok) return <NoFurtherStage message={target.error.message} />;
  const later = laterStages(open);
  const next = later.find((stage) => stage.id === target.value.id);
  if (next === undefined) return <NoFurtherStage message="This policy has no later stage." />;
  return <EscalateForm open={open} next={next} later={later} />;
}
