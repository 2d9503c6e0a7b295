// The policy's processes for disagreement at particular points of the child protection system
// (e.g. dissent at referral, about the need for a conference, at a conference, about the plan).
import type { SpecificProcess } from '../../domain/policy/policy-pack';
import { GuidanceList, Source } from './detail-parts';
import { groupRoles, appliesToLabel } from './guide-model';

const TOPICS: Readonly<Record<SpecificProcess['topic'], string>> = {
  referral: 'At referral or enquiry',
  'need-for-conference': 'About the need for a child protection conference',
  'at-conference': 'At a child protection conference',
  'implementing-plan': 'About implementing the child protection plan',
  other: 'Other',
};

function ProcessRoles({ process }: { process: SpecificProcess }) {
  if (process.roles.length === 0) return null;
  return (
    <>
      <h4>Who is involved</h4>
      <ul className="guide-list">
        {groupRoles(process.roles).flatMap((group) =>
          group.roles.map((role, index) => (
            <li key={`${group.appliesTo}-${index}`}>
              <strong>{role.role}</strong>
              {group.appliesTo !== 'any' && <> ({appliesToLabel(group.appliesTo)})</>}{' '}
              <Source source={role.source} />
            </li>
          )),
        )}
      </ul>
    </>
  );
}

export function SpecificProcesses({ processes }: { processes: SpecificProcess[] }) {
  return processes.map((process) => (
    <div key={process.id} className="guide-process">
      <h3>
        {process.number && <>{process.number} </>}
        {process.title}
      </h3>
      <p className="guide-hint">{TOPICS[process.topic]}</p>
      {process.appliesWhen && (
        <p>
          <strong>When:</strong> {process.appliesWhen.text}{' '}
          <Source source={process.appliesWhen.source} />
        </p>
      )}
      <h4>What happens</h4>
      <GuidanceList items={process.steps} ordered />
      <ProcessRoles process={process} />
    </div>
  ));
}
