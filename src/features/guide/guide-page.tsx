// One partnership's policy as an interactive step guide. `?step=<id>` names the open step, so a
// step can be linked to and the back button closes it; choosing from the list moves focus to it.
import { useEffect, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { NO_SERVICE, useLocalSlots, useMyService } from '../../data/my-service-repository';
import { usePageTitle } from '../../ui/page-title';
import { GuideHeader } from './guide-header';
import { findGuideStep } from './guide-model';
import { PackNotFound } from './pack-not-found';
import { PolicySections } from './policy-sections';
import { PrintSteps } from './print-steps';
import { StepDetailPanel } from './step-detail-panel';
import { StepMap } from './step-map';
import { UrgentBar } from './urgent-bar';
import { useGuidePack } from './use-guide-pack';
import './guide.css';
import './guide-detail.css';
import './guide-print.css';

/** Moves focus to the detail heading once the step asked for is on screen. */
function useFocusOnStep(stepId: string | null) {
  const heading = useRef<HTMLHeadingElement>(null);
  const pending = useRef<string | null>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (pending.current === null || pending.current !== stepId) return;
    pending.current = null;
    heading.current?.focus();
  }, [stepId, request]);
  const focusStep = (id: string) => {
    pending.current = id;
    setRequest((count) => count + 1);
  };
  return { heading, focusStep };
}

export function GuidePage() {
  const { packId } = useParams();
  const available = useGuidePack(packId);
  const [params, setParams] = useSearchParams();
  const stepId = params.get('step');
  const { heading, focusStep } = useFocusOnStep(stepId);
  const service = useMyService() ?? NO_SERVICE;
  const slotValues = useLocalSlots(packId ?? '') ?? {};
  usePageTitle(
    available === null
      ? 'Guide not found'
      : `${available ? `${available.pack.partnership.shortName} ` : ''}step guide`,
  );

  if (available === undefined) return <p role="status">Loading the guide…</p>;
  if (available === null) return <PackNotFound />;
  const { pack } = available;
  const step = findGuideStep(pack, stepId);
  const selectFromChart = (id: string) => {
    focusStep(id);
    setParams({ step: id });
  };
  return (
    <div className="guide">
      <GuideHeader available={available} />
      <UrgentBar pack={pack} onFollow={focusStep} />
      <StepMap pack={pack} selectedId={stepId} onSelect={selectFromChart} onFollow={focusStep} />
      <StepDetailPanel
        step={step}
        requested={stepId}
        context={{
          pack,
          agencyType: service.agencyType,
          slotValues,
          level: 2,
          headingRef: heading,
          headingId: 'step-detail-heading',
          onFollow: focusStep,
        }}
      />
      <PrintSteps pack={pack} agencyType={service.agencyType} slotValues={slotValues} />
      <PolicySections pack={pack} slotValues={slotValues} />
    </div>
  );
}
