// One stage in full: who acts (for my agency type), what to do, what to record, by when, whether
// the partnership is told, what happens if it is not resolved, and my service's local names.
import type { ReactNode, Ref } from 'react';
import { Link } from 'react-router';
import type { AgencyType } from '../../domain/policy/agency-type';
import type { Action, PolicyPack, Stage } from '../../domain/policy/policy-pack';
import { describeTimescale, type Timescale } from '../../domain/policy/timescale';
import {
  below,
  GuidanceList,
  Heading,
  LocalSlotValues,
  Source,
  type HeadingLevel,
} from './detail-parts';
import { stageName } from './guide-model';
import { ContactsForStep, LaddersForAgency, RolesForAgency } from './who-acts';

export interface DetailContext {
  pack: PolicyPack;
  agencyType: AgencyType | null;
  slotValues: Record<string, string>;
  level: HeadingLevel;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  headingId?: string | undefined;
  /** Called as a link to another step is followed, so the page can move focus to it. */
  onFollow?: ((stepId: string) => void) | undefined;
}

/** "Within 5 working days", capitalised for the start of a line. */
export function timescaleWords(timescale: Timescale): string {
  const words = describeTimescale(timescale);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function ActionChecklist({ actions }: { actions: Action[] }) {
  return (
    <ul className="guide-checklist">
      {actions.map((action) => (
        <li key={action.id}>
          {action.text}
          {action.timescale && <strong> ({describeTimescale(action.timescale)})</strong>}{' '}
          <Source source={action.source} />
        </li>
      ))}
    </ul>
  );
}

function StageTimescale({ stage }: { stage: Stage }) {
  return (
    <p className="guide-timescale">
      <strong>{timescaleWords(stage.timescale)}</strong>
      {stage.timescaleNote && <>. {stage.timescaleNote}</>}{' '}
      <Source source={stage.timescaleSource} />
    </p>
  );
}

/**
 * Whether the partnership hears of the disagreement at this stage, from the pack's notification
 * trigger (the form is due when resolved, or on reaching a stage) and the stage's own note.
 */
function PartnershipNotice({ pack, stage }: { pack: PolicyPack; stage: Stage }) {
  const form = pack.notificationForm;
  const { trigger } = form;
  const order = (id: string | null) => pack.stages.findIndex((candidate) => candidate.id === id);
  const atStage = trigger.atStageId === null ? undefined : pack.stages[order(trigger.atStageId)];
  const here = order(stage.id);
  const triggerAt = order(trigger.atStageId);
  const source = <Source source={trigger.source} />;
  const to = `, which goes to ${form.recipient.role}`;
  let line: ReactNode;
  if (trigger.event === 'resolved') {
    line = (
      <>
        If the disagreement is resolved at this stage, the policy asks for “{form.title}”{to}:{' '}
        {lowerFirst(trigger.text)} {source}
      </>
    );
  } else if (trigger.event === 'stage-reached' && atStage && here === triggerAt) {
    line = (
      <>
        At this stage the policy asks for “{form.title}”{to}: {lowerFirst(trigger.text)} {source}
      </>
    );
  } else if (trigger.event === 'stage-reached' && atStage && here > triggerAt) {
    line = (
      <>
        “{form.title}” was due at {stageName(atStage)}; if it has not been sent, send it now.{' '}
        {source}
      </>
    );
  } else if (trigger.event === 'stage-reached' && atStage) {
    line = (
      <>
        Not at this stage. The policy asks for “{form.title}”{to}, at {stageName(atStage)}. {source}
      </>
    );
  } else {
    line = (
      <>
        The policy asks for “{form.title}”{to}: {lowerFirst(trigger.text)} {source}
      </>
    );
  }
  return (
    <>
      <p>{line}</p>
      {stage.partnershipNote && (
        <p>
          {stage.partnershipNote.text} <Source source={stage.partnershipNote.source} />
        </p>
      )}
    </>
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function IfUnresolved({
  pack,
  stage,
  onFollow,
}: {
  pack: PolicyPack;
  stage: Stage;
  onFollow: DetailContext['onFollow'];
}) {
  const nextIndex = pack.stages.findIndex((s) => s.id === stage.ifUnresolved.nextStageId);
  const next = pack.stages[nextIndex];
  return (
    <>
      <p>
        {stage.ifUnresolved.text} <Source source={stage.ifUnresolved.source} />
      </p>
      {next ? (
        <p className="no-print">
          <Link
            to={{ search: `?step=${next.id}` }}
            className="guide-next"
            onClick={() => onFollow?.(next.id)}
          >
            Next step: {stageName(next)}
          </Link>
        </p>
      ) : (
        <p>This is the last step.</p>
      )}
    </>
  );
}

export function StageDetail({
  stage,
  context,
}: {
  stage: Stage;
  /** The stage's position in the pack (for callers; steps are named only as the source names them). */
  index?: number;
  context: DetailContext;
}) {
  const { pack, agencyType, slotValues, level } = context;
  const sub = below(level);
  const slots = pack.localSlots.filter((slot) => slot.stageId === stage.id);
  return (
    <article className="guide-step-detail" aria-labelledby={context.headingId}>
      <Heading
        level={level}
        id={context.headingId}
        headingRef={context.headingRef}
        focusable={context.headingRef !== undefined}
        className="guide-detail__heading"
      >
        {stageName(stage)}
      </Heading>
      {!stage.titleFromSource && (
        <p className="guide-hint">
          The policy gives this step no title of its own; this one describes it.
        </p>
      )}
      <Heading level={sub}>By when</Heading>
      <StageTimescale stage={stage} />
      <Heading level={sub}>Who acts at this level</Heading>
      <p>
        {stage.whoActs.text} <Source source={stage.whoActs.source} />
      </p>
      <RolesForAgency roles={stage.roles} agencyType={agencyType} level={below(sub)} />
      <LaddersForAgency
        pack={pack}
        directoryIds={stage.directoryIds}
        agencyType={agencyType}
        level={sub}
      />
      <ContactsForStep
        pack={pack}
        directoryIds={stage.directoryIds}
        agencyType={agencyType}
        level={sub}
      />
      <LocalSlotValues slots={slots} values={slotValues} level={sub} agencyType={agencyType} />
      <Heading level={sub}>What to do</Heading>
      <ActionChecklist actions={stage.actions} />
      {stage.records.length > 0 && (
        <>
          <Heading level={sub}>What to record</Heading>
          <GuidanceList items={stage.records} />
        </>
      )}
      <Heading level={sub}>Telling the partnership</Heading>
      <PartnershipNotice pack={pack} stage={stage} />
      <Heading level={sub}>If it is not resolved</Heading>
      <IfUnresolved pack={pack} stage={stage} onFollow={context.onFollow} />
    </article>
  );
}
