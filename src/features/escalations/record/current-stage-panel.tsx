// Where the record is now and when that stage is due, said in words (overdue is never shown by
// colour alone), with what the policy asks at this stage.
import { londonDateOf } from '../../../domain/calendar/london-time';
import {
  currentStage,
  currentVisit,
  dueState,
} from '../../../domain/escalation/escalation-queries';
import { describeClosure, longDateTime } from '../../../domain/escalation/escalation-text';
import { dueFromTimescale } from '../../../domain/calendar/due-dates';
import { firstMinutesAdvice, firstMinutesNote } from '../../../domain/policy/first-minutes';
import { describeTimescale } from '../../../domain/policy/timescale';
import { placeName } from './record-text';
import type { OpenRecord } from './use-open-record';
import { useNow } from '../use-now';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Overdue by 2 working days (was due Tue 3 Mar)", with "Overdue" as a tag; other states as said. */
function DueText({ kind, text }: { kind: string; text: string }) {
  if (kind === 'act-now') {
    return (
      <>
        <strong className="record-tag">Act now</strong>: the policy asks for this immediately
      </>
    );
  }
  if (kind !== 'overdue' || !text.startsWith('overdue')) return <>{capitalise(text)}</>;
  return (
    <>
      <strong className="record-tag">Overdue</strong>
      {text.slice('overdue'.length)}
    </>
  );
}

function StageGuidance({ open }: { open: OpenRecord }) {
  const place = currentStage(open.record.escalation, open.pack);
  if (place === null) return null;
  const actions = place.kind === 'stage' ? place.stage.actions : place.route.actions;
  const whoActs = place.kind === 'stage' ? place.stage.whoActs.text : place.route.when.text;
  const timescale = place.kind === 'stage' ? place.stage.timescale : place.route.timescale;
  const audience = open.pack.partnership.audience;
  return (
    <details className="record-guidance" open={place.kind === 'urgent-route'}>
      <summary>What the policy asks at this stage</summary>
      {place.kind === 'urgent-route' && (
        <>
          <p>
            <strong>First, in the next few minutes.</strong>{' '}
            {firstMinutesNote(open.pack.partnership.shortName)}
          </p>
          <ul>
            {firstMinutesAdvice(audience).map((step) => (
              <li key={step.text}>{step.text}</li>
            ))}
          </ul>
          <p>
            <strong>Then, as the policy asks:</strong>
          </p>
        </>
      )}
      <p>{whoActs}</p>
      <p>Timescale: {describeTimescale(timescale)}.</p>
      <ul>
        {actions.map((action) => (
          <li key={action.id}>{action.text}</li>
        ))}
      </ul>
    </details>
  );
}

/** The policy's timescale for the whole escalation, when it sets one, counted from the start. */
function OverallTimescale({ open }: { open: OpenRecord }) {
  const overall = open.pack.overallTimescale;
  const first = open.record.escalation.stageHistory[0];
  if (!overall || overall.timescale.kind === 'none-stated' || !first) return null;
  const due = dueFromTimescale(overall.timescale, first.enteredAt, open.calendar);
  return (
    <div>
      <dt>Whole escalation</dt>
      <dd>
        The policy expects the disagreement to be resolved {describeTimescale(overall.timescale)}
        {due && <>: by {longDateTime(due.dueAt)}</>}.{' '}
        <span className="record-source">Source: {overall.source}</span>
      </dd>
    </div>
  );
}

export function CurrentStagePanel({ open }: { open: OpenRecord }) {
  const now = useNow().now;
  const { escalation } = open.record;
  const visit = currentVisit(escalation);
  const due = dueState(escalation, londonDateOf(now), now, open.calendar);
  if (visit === null) return null;
  const closure = describeClosure(escalation);
  const place = currentStage(escalation, open.pack);
  // Counted only where the source numbers its stages: an unlabelled step is never numbered. Counted
  // as steps, not stages: a policy whose "Stage 1" follows an unnumbered first step would otherwise
  // read "Stage 1: … (stage 2 of 5)".
  const position =
    place?.kind === 'stage' && place.stage.label !== null
      ? ` (step ${place.position} of ${place.of})`
      : '';
  return (
    <section className={`record-due record-due--${due.kind}`} aria-labelledby="record-due-title">
      <h2 id="record-due-title">{closure ? 'Where it closed' : 'Current stage'}</h2>
      <p className="record-due__stage">
        {placeName(open.pack, visit)}
        {position}
      </p>
      <dl className="summary-list">
        {closure === null && (
          <div>
            <dt>Due</dt>
            <dd>{visit.dueAt ? longDateTime(visit.dueAt) : 'The policy states no timescale'}</dd>
          </div>
        )}
        {due.kind !== 'no-due-date' && (
          <div>
            <dt>{closure ? 'Status' : 'Time left'}</dt>
            <dd className="record-due__text">
              <DueText kind={due.kind} text={due.text} />
            </dd>
          </div>
        )}
        {closure === null && <OverallTimescale open={open} />}
        <div>
          <dt>At this stage since</dt>
          <dd>{longDateTime(visit.enteredAt)}</dd>
        </div>
        {visit.reason !== '' && (
          <div>
            <dt>Why it is here</dt>
            <dd className="record-text">{visit.reason}</dd>
          </div>
        )}
      </dl>
      {closure === null && <StageGuidance open={open} />}
    </section>
  );
}
