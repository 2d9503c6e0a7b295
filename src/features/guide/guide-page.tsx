// One partnership's policy as an interactive step guide. `?step=<id>` names the open step, so a
// step can be linked to and the back button closes it; choosing from the list moves focus to it.
import { startTransition, useDeferredValue, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
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

/** How much of the guide is drawn: the first screenful, then the rest of the policy, then the print copy. */
type Drawn = 'first-screen' | 'policy' | 'all';

/**
 * The guide's first render draws the first screenful (header, urgent bar, steps and the open step);
 * the rest of the policy (folded away) and then the full print copy (hidden on screen) follow, each
 * as a transition of its own that React can break up around input, and each committed on its own:
 * one commit of both was the longest task of a guide's start on a phone.
 */
function useDrawn(shown: boolean): Drawn {
  const [drawn, setDrawn] = useState<Drawn>('first-screen');
  useEffect(() => {
    if (!shown || drawn === 'all') return;
    startTransition(() => setDrawn(drawn === 'first-screen' ? 'policy' : 'all'));
  }, [shown, drawn]);
  useEffect(() => {
    // Printing at once (Ctrl+P as the page opens) still prints every step: drawn before printing.
    const drawNow = () => flushSync(() => setDrawn('all'));
    window.addEventListener('beforeprint', drawNow);
    return () => window.removeEventListener('beforeprint', drawNow);
  }, []);
  return drawn;
}

export function GuidePage() {
  const { packId } = useParams();
  // Deferred: an imported pack, read from the database, is drawn as a transition, in slices.
  const available = useDeferredValue(useGuidePack(packId));
  const drawn = useDrawn(Boolean(available));
  const [params, setParams] = useSearchParams();
  const stepId = params.get('step');
  const { heading, focusStep } = useFocusOnStep(stepId);
  const storedService = useMyService();
  const storedSlots = useLocalSlots(packId ?? '');
  const service = storedService ?? NO_SERVICE;
  const slotValues = storedSlots ?? {};
  // A step's detail names the user's own agency and service: a link straight to a step waits for
  // them (a step chosen on the page is chosen after they are read).
  const [linkedToStep] = useState(stepId !== null);
  const settled = !linkedToStep || (storedService !== undefined && storedSlots !== undefined);
  usePageTitle(
    available === null
      ? 'Guide not found'
      : `${available ? `${available.pack.partnership.shortName} ` : ''}step guide`,
  );

  if (available === undefined || !settled) return <p role="status">Loading the guide…</p>;
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
      {drawn === 'all' && (
        <PrintSteps pack={pack} agencyType={service.agencyType} slotValues={slotValues} />
      )}
      {drawn !== 'first-screen' && <PolicySections pack={pack} slotValues={slotValues} />}
    </div>
  );
}
