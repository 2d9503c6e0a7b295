// An urgent route in full, and the app's own general advice for packs that have no imminent-risk
// route (clearly marked as not coming from the policy).
import type { UrgentRoute } from '../../domain/policy/policy-pack';
import { below, Heading, Source } from './detail-parts';
import { personWords } from './guide-model';
import { ActionChecklist, timescaleWords, type DetailContext } from './stage-detail';
import { ContactsForStep, LaddersForAgency, RolesForAgency } from './who-acts';

function DetailHeading({ context, children }: { context: DetailContext; children: string }) {
  return (
    <Heading
      level={context.level}
      id={context.headingId}
      headingRef={context.headingRef}
      focusable={context.headingRef !== undefined}
      className="guide-detail__heading"
    >
      {children}
    </Heading>
  );
}

export function UrgentRouteDetail({
  route,
  context,
}: {
  route: UrgentRoute;
  context: DetailContext;
}) {
  const { pack, agencyType, level } = context;
  const sub = below(level);
  return (
    <article
      className="guide-step-detail guide-step-detail--urgent"
      aria-labelledby={context.headingId}
    >
      <DetailHeading context={context}>{route.title}</DetailHeading>
      <p className="guide-urgent-when">
        <strong>When:</strong> {route.when.text} <Source source={route.when.source} />
      </p>
      <Heading level={sub}>By when</Heading>
      <p className="guide-timescale">
        <strong>{timescaleWords(route.timescale)}</strong> <Source source={route.timescaleSource} />
      </p>
      <Heading level={sub}>What to do</Heading>
      <ActionChecklist actions={route.actions} />
      {route.roles.length > 0 && <Heading level={sub}>Who acts</Heading>}
      <RolesForAgency roles={route.roles} agencyType={agencyType} level={below(sub)} />
      <LaddersForAgency
        pack={pack}
        directoryIds={route.directoryIds}
        agencyType={agencyType}
        level={sub}
      />
      <ContactsForStep
        pack={pack}
        directoryIds={route.directoryIds}
        agencyType={agencyType}
        level={sub}
      />
    </article>
  );
}

function servicesFor(audience: DetailContext['pack']['partnership']['audience']): string {
  if (audience === 'adults') return 'adult social care';
  if (audience === 'both') return 'children’s or adult social care';
  return 'children’s social care';
}

/** General UK safeguarding advice, for a pack that sets out no imminent-risk route of its own. */
export function DangerDetail({ context }: { context: DetailContext }) {
  const { pack } = context;
  const person = personWords(pack.partnership.audience);
  const who = person.replace(/^An? /, '').toLowerCase();
  const others = pack.urgentRoutes;
  return (
    <article
      className="guide-step-detail guide-step-detail--urgent"
      aria-labelledby={context.headingId}
    >
      <DetailHeading context={context}>{`${person} is at imminent risk of harm`}</DetailHeading>
      <p className="guide-hint">
        This policy does not set out its own route for imminent risk, so this is Escalate’s general
        advice, not part of the {pack.partnership.shortName} policy.
      </p>
      <ul className="guide-checklist">
        <li>
          If the {who} is in immediate danger, call the police on <strong>999</strong>.
        </li>
        <li>
          Do not wait for the disagreement to be resolved: make a safeguarding referral to{' '}
          {servicesFor(pack.partnership.audience)} straight away, following your local safeguarding
          procedures.
        </li>
        <li>Tell your safeguarding lead or line manager as soon as you can.</li>
        <li>Then resolve the disagreement through the steps of this policy.</li>
      </ul>
      {others.length > 0 && (
        <p>
          This policy’s urgent route{others.length === 1 ? '' : 's'}:{' '}
          {others.map((route) => route.title).join('; ')}.
        </p>
      )}
    </article>
  );
}
