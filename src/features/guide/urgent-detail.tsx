// An urgent route in full, starting with what to do in the next few minutes (Escalate's general
// advice, marked as not from the policy), then the policy's own steps and contacts; and the general
// advice alone for packs that have no imminent-risk route.
import { firstMinutesAdvice, firstMinutesNote } from '../../domain/policy/first-minutes';
import type { Audience, UrgentRoute } from '../../domain/policy/policy-pack';
import { below, Heading, PhoneLink, Source, type HeadingLevel } from './detail-parts';
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

/** 999, the local authority's front door and the police, marked as Escalate's general advice. */
export function FirstMinutes({
  audience,
  shortName,
  level,
}: {
  audience: Audience;
  shortName: string;
  level: HeadingLevel;
}) {
  return (
    <section className="guide-first-minutes">
      <Heading level={level}>First, in the next few minutes</Heading>
      <p className="guide-hint">{firstMinutesNote(shortName)}</p>
      <ul className="guide-list">
        {firstMinutesAdvice(audience).map((step) => (
          <li key={step.text}>
            {step.text}
            {step.phone && (
              <>
                {' '}
                Call <PhoneLink phone={step.phone} />.
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
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
      <FirstMinutes
        audience={pack.partnership.audience}
        shortName={pack.partnership.shortName}
        level={sub}
      />
      <Heading level={sub}>By when, in the policy</Heading>
      <p className="guide-timescale">
        <strong>{timescaleWords(route.timescale)}</strong> <Source source={route.timescaleSource} />
      </p>
      <Heading level={sub}>What the policy says to do</Heading>
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

/** General UK safeguarding advice, for a pack that sets out no imminent-risk route of its own. */
export function DangerDetail({ context }: { context: DetailContext }) {
  const { pack } = context;
  const person = personWords(pack.partnership.audience);
  const others = pack.urgentRoutes;
  return (
    <article
      className="guide-step-detail guide-step-detail--urgent"
      aria-labelledby={context.headingId}
    >
      <DetailHeading context={context}>{`${person} is at imminent risk of harm`}</DetailHeading>
      <p className="guide-hint">
        This policy does not set out its own route for imminent risk, so everything here is
        Escalate’s general advice, not part of the {pack.partnership.shortName} policy.
      </p>
      <FirstMinutes
        audience={pack.partnership.audience}
        shortName={pack.partnership.shortName}
        level={below(context.level)}
      />
      <p>Then resolve the disagreement through the steps of this policy.</p>
      {others.length > 0 && (
        <p>
          This policy’s urgent route{others.length === 1 ? '' : 's'}:{' '}
          {others.map((route) => route.title).join('; ')}.
        </p>
      )}
    </article>
  );
}
