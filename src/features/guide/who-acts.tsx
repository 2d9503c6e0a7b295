// "Who acts at this level for my agency": the roles for the user's agency type (or all of them,
// grouped, when it is not set), their escalation ladders, and the contacts to use.
import { Link } from 'react-router';
import { agencyTypeLabels, type AgencyType } from '../../domain/policy/agency-type';
import type {
  ContactDirectory,
  EscalationLadder,
  PolicyPack,
  StageRole,
} from '../../domain/policy/policy-pack';
import { Heading, MailLink, PhoneLink, Source, type HeadingLevel } from './detail-parts';
import {
  appliesToLabel,
  groupRoles,
  ladderDirectoriesOf,
  ladderOwner,
  laddersFor,
  splitRoles,
} from './guide-model';

function RoleList({ roles }: { roles: StageRole[] }) {
  return (
    <ul className="guide-list">
      {roles.map((role, index) => (
        <li key={`${index}-${role.role}`}>
          <strong>{role.role}</strong> <Source source={role.source} />
        </li>
      ))}
    </ul>
  );
}

function GroupedRoles({ roles, level }: { roles: StageRole[]; level: HeadingLevel }) {
  return groupRoles(roles).map((group) => (
    <div key={group.appliesTo} className="guide-role-group">
      <Heading level={level}>{appliesToLabel(group.appliesTo)}</Heading>
      <RoleList roles={group.roles} />
    </div>
  ));
}

/** The roles for my agency type, with the others one click away (every fact stays reachable). */
export function RolesForAgency({
  roles,
  agencyType,
  level,
}: {
  roles: StageRole[];
  agencyType: AgencyType | null;
  level: HeadingLevel;
}) {
  if (roles.length === 0) return null;
  if (agencyType === null) {
    return (
      <>
        <p className="guide-prompt no-print">
          These are the roles for every agency.{' '}
          <Link to="/settings">Set your agency type in Settings → My service</Link> to see only
          yours.
        </p>
        <GroupedRoles roles={roles} level={level} />
      </>
    );
  }
  const { mine, others } = splitRoles(roles, agencyType);
  return (
    <>
      <p className="guide-hint">For {agencyTypeLabels[agencyType]}, and every agency:</p>
      {mine.length > 0 ? (
        <RoleList roles={mine} />
      ) : (
        <p>The policy names no role for your agency type at this level.</p>
      )}
      {others.length > 0 && (
        <details className="guide-more">
          <summary>Roles in other agencies ({others.length})</summary>
          <GroupedRoles roles={others} level={level} />
        </details>
      )}
    </>
  );
}

function Ladder({ ladder }: { ladder: EscalationLadder }) {
  return (
    <li>
      <strong>{ladderOwner(ladder)}</strong> escalates to:
      <ol className="guide-ladder">
        {ladder.rungs.map((rung, index) => (
          <li key={`${index}-${rung}`}>{rung}</li>
        ))}
      </ol>
      {ladder.note && (
        <p className="guide-hint">
          {ladder.note.text} <Source source={ladder.note.source} />
        </p>
      )}
      <Source source={ladder.source} />
    </li>
  );
}

/** The pack's escalation ladders for my agency type, from the directories this step points to. */
export function LaddersForAgency({
  pack,
  directoryIds,
  agencyType,
  level,
}: {
  pack: PolicyPack;
  directoryIds: string[];
  agencyType: AgencyType | null;
  level: HeadingLevel;
}) {
  const directories = ladderDirectoriesOf(pack, directoryIds);
  if (directories.length === 0) return null;
  const ladders = agencyType ? laddersFor(directories, agencyType) : [];
  const link = `/guides/${pack.id}/directories`;
  return (
    <>
      <Heading level={level}>Escalation ladder</Heading>
      {agencyType === null && (
        <p>
          This policy lists who each kind of professional escalates to.{' '}
          <Link to={link}>See every agency’s ladder in the directory</Link>.
        </p>
      )}
      {agencyType !== null && ladders.length === 0 && (
        <p>
          The policy has no ladder for {agencyTypeLabels[agencyType]}.{' '}
          <Link to={link}>See every agency’s ladder</Link>.
        </p>
      )}
      {ladders.length > 0 && (
        <>
          <ul className="guide-list">
            {ladders.map((ladder) => (
              <Ladder key={ladder.id} ladder={ladder} />
            ))}
          </ul>
          <p className="no-print">
            <Link to={link}>Every agency’s ladder</Link>
          </p>
        </>
      )}
    </>
  );
}

/** The contact rows this step points to: those for my agency type and for everyone. */
export function ContactsForStep({
  pack,
  directoryIds,
  agencyType,
  level,
}: {
  pack: PolicyPack;
  directoryIds: string[];
  agencyType: AgencyType | null;
  level: HeadingLevel;
}) {
  const directories = pack.directories.filter(
    (directory): directory is ContactDirectory =>
      directory.kind === 'contacts' && directoryIds.includes(directory.id),
  );
  return directories.map((directory) => {
    const entries = directory.entries.filter(
      (entry) => entry.agencyType === 'any' || entry.agencyType === agencyType,
    );
    return (
      <div key={directory.id}>
        <Heading level={level}>{directory.title}</Heading>
        {entries.length > 0 && (
          <ul className="guide-list">
            {entries.map((entry) => (
              <li key={entry.id}>
                <strong>{entry.role}</strong>, {entry.agency}
                {entry.mailbox && (
                  <>
                    : <MailLink address={entry.mailbox} />
                  </>
                )}
                {entry.phone && (
                  <>
                    , telephone <PhoneLink phone={entry.phone} />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="no-print">
          <Link to={`/guides/${pack.id}/directories#${directory.id}`}>
            All {directory.entries.length} contacts in “{directory.title}”
          </Link>
        </p>
      </div>
    );
  });
}
