// The open step's detail under the map: a stage, an urgent route, or the app's general advice.
import type { GuideStep } from './guide-model';
import { StageDetail, type DetailContext } from './stage-detail';
import { DangerDetail, UrgentRouteDetail } from './urgent-detail';

function Detail({ step, context }: { step: GuideStep; context: DetailContext }) {
  if (step.kind === 'stage')
    return <StageDetail stage={step.stage} index={step.index} context={context} />;
  if (step.kind === 'urgent') return <UrgentRouteDetail route={step.route} context={context} />;
  return <DangerDetail context={context} />;
}

export function StepDetailPanel({
  step,
  requested,
  context,
}: {
  step: GuideStep | undefined;
  requested: string | null;
  context: DetailContext;
}) {
  if (step) {
    return (
      <div
        className={`guide-detail no-print${step.kind === 'stage' ? '' : ' guide-detail--urgent'}`}
      >
        <Detail step={step} context={context} />
      </div>
    );
  }
  if (requested === null) return null;
  return (
    <div className="guide-detail no-print">
      <p role="status">That step is not part of this policy. Choose a step from the list.</p>
    </div>
  );
}
