// The policy's steps twice over: the SVG flowchart (a picture with a text alternative) beside the
// numbered list, which is the accessible way to choose a step. Both open the same detail.
import { Link } from 'react-router';
import type { PolicyPack } from '../../domain/policy/policy-pack';
import { describeTimescale } from '../../domain/policy/timescale';
import { Flowchart } from '../../ui/flowchart';
import { flowStepsOf, resolvedEndOf, stageHeading } from './guide-model';

interface StepMapProps {
  pack: PolicyPack;
  selectedId: string | null;
  /** Called when a step is chosen from the flowchart (the list's links navigate themselves). */
  onSelect: (id: string) => void;
  /** Called as a list link is followed, so the page can move focus to the detail. */
  onFollow: (id: string) => void;
}

function StepLink({
  id,
  selected,
  onFollow,
  children,
}: {
  id: string;
  selected: boolean;
  onFollow: (id: string) => void;
  children: React.ReactNode;
}) {
  return (
    <Link
      to={{ search: `?step=${id}` }}
      className="guide-steps__link"
      aria-current={selected ? 'step' : undefined}
      onClick={() => onFollow(id)}
    >
      {children}
    </Link>
  );
}

/** What the list says about telling the partnership here: it is notified, or the form is due here. */
function notice(pack: PolicyPack, stage: PolicyPack['stages'][number]): string {
  const { trigger, title } = pack.notificationForm;
  if (stage.notifiesPartnership) return ` · ${pack.partnership.shortName} notified`;
  if (trigger.event === 'stage-reached' && trigger.atStageId === stage.id) {
    return ` · Form due: ${title}`;
  }
  return '';
}

function StepList({ pack, selectedId, onFollow }: Omit<StepMapProps, 'onSelect'>) {
  return (
    <ol className="guide-steps" aria-label="Steps of the policy">
      {pack.stages.map((stage) => (
        <li
          key={stage.id}
          className={
            stage.label ? 'guide-steps__item' : 'guide-steps__item guide-steps__item--unnumbered'
          }
        >
          <StepLink id={stage.id} selected={stage.id === selectedId} onFollow={onFollow}>
            {stage.label && (
              <>
                <span className="guide-steps__label">{stageHeading(stage)}</span>{' '}
              </>
            )}
            <span className="guide-steps__title">{stage.title}</span>
          </StepLink>
          <span className="guide-steps__meta">
            {stage.timescale.kind === 'none-stated'
              ? 'No timescale stated'
              : `Timescale: ${describeTimescale(stage.timescale)}`}
            {notice(pack, stage)}
          </span>
        </li>
      ))}
    </ol>
  );
}

function UrgentList({ pack, selectedId, onFollow }: Omit<StepMapProps, 'onSelect'>) {
  if (pack.urgentRoutes.length === 0) return null;
  return (
    <>
      <h3>Urgent routes</h3>
      <ul className="guide-steps guide-steps--urgent">
        {pack.urgentRoutes.map((route) => (
          <li key={route.id} className="guide-steps__item">
            <StepLink id={route.id} selected={route.id === selectedId} onFollow={onFollow}>
              <span className="guide-steps__title">{route.title}</span>
            </StepLink>
            <span className="guide-steps__meta">{route.when.text}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function resolvedWords(pack: PolicyPack): string {
  return resolvedEndOf(pack)
    ? `record the outcome and send “${pack.notificationForm.title}”`
    : 'record the outcome and stop';
}

export function StepMap({ pack, selectedId, onSelect, onFollow }: StepMapProps) {
  const { steps, urgent } = flowStepsOf(pack);
  return (
    <section className="guide-map" aria-labelledby="guide-steps-heading">
      <h2 id="guide-steps-heading" className="guide-map__heading">
        The steps
      </h2>
      <div className="guide-map__list">
        <p className="guide-hint no-print">
          Choose a step to see who acts, what to do, what to record and by when. At every step, if
          the disagreement is resolved, {resolvedWords(pack)}.
        </p>
        <StepList pack={pack} selectedId={selectedId} onFollow={onFollow} />
        <UrgentList pack={pack} selectedId={selectedId} onFollow={onFollow} />
      </div>
      <div className="guide-map__chart">
        <Flowchart
          steps={steps}
          urgent={urgent}
          selectedId={selectedId ?? undefined}
          onSelect={onSelect}
          title={`Flowchart of the ${pack.partnership.shortName} escalation steps`}
          resolved={resolvedEndOf(pack)}
        />
      </div>
    </section>
  );
}
