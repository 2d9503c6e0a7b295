// One stage in full: who acts (for my agency type), what to do, what to record, by when, whether
// the partnership is told, what happens if it is not resolved, and my service's local names.
import type { Ref } from 'react';
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

function PartnershipNotice({ pack, stage }: { pack: PolicyPack; stage: Stage }) {
  const trigger = pack.notificationForm.trigger;
  const formHere = trigger.event === 'stage-reached' && trigger.atStageId === stage.id;
  return (
    <>
      <p>
        {stage.notifiesPartnership
          ? `Yes: ${pack.partnership.shortName} is notified at this stage.`
          : `No: ${pack.partnership.shortName} is not notified at this stage.`}
      </p>
      {stage.partnershipNote && (
        <p>
          {stage.partnershipNote.text} <Source source={stage.partnershipNote.source} />
        </p>
      )}
      {formHere && (
        <p>
          Send “{pack.notificationForm.title}” now: {trigger.text}{' '}
          <Source source={trigger.source} />
        </p>
      )}
    </>
  );
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
            Next step: {stageName(next, nextIndex)}
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
  index,
  context,
}: {
  stage: Stage;
  index: number;
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
        {stageName(stage, index)}
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
      <LocalSlotValues slots={slots} values={slotValues} level={sub} />
      <Heading level={sub}>What to do</Heading>
      <ActionChecklist actions={stage.actions} />
      {stage.records.length > 0 && (
        <>
          <Heading level={sub}>What to record</Heading>
          <GuidanceList items={stage.records} />
        </>
      )}
      <Heading level={sub}>Is the partnership notified?</Heading>
      <PartnershipNotice pack={pack} stage={stage} />
      <Heading level={sub}>If it is not resolved</Heading>
      <IfUnresolved pack={pack} stage={stage} onFollow={context.onFollow} />
    </article>
  );
}
