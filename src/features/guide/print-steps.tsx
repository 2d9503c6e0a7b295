// Every step and urgent route in full, in order: hidden on screen, shown when the guide is printed.
import type { AgencyType } from '../../domain/policy/agency-type';
import type { PolicyPack } from '../../domain/policy/policy-pack';
import { StageDetail, type DetailContext } from './stage-detail';
import { UrgentRouteDetail } from './urgent-detail';

export function PrintSteps({
  pack,
  agencyType,
  slotValues,
}: {
  pack: PolicyPack;
  agencyType: AgencyType | null;
  slotValues: Record<string, string>;
}) {
  const context: DetailContext = { pack, agencyType, slotValues, level: 3 };
  return (
    <section className="guide-print" hidden data-testid="print-steps">
      <h2>Every step in full</h2>
      {pack.stages.map((stage, index) => (
        <StageDetail key={stage.id} stage={stage} index={index} context={context} />
      ))}
      {pack.urgentRoutes.length > 0 && <h2>Urgent routes</h2>}
      {pack.urgentRoutes.map((route) => (
        <UrgentRouteDetail key={route.id} route={route} context={context} />
      ))}
    </section>
  );
}
