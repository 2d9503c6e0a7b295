// A pack's directories as tables: escalation ladders (who each professional goes to, in order)
// and contact tables, each with the date it was published.
import { agencyTypeLabels } from '../../domain/policy/agency-type';
import type { DirectoryEntry, EscalationLadder } from '../../domain/policy/policy-pack';
import { describePartialDate } from '../../domain/policy/partial-date';
import {
  GuidanceList,
  Heading,
  MailLink,
  PhoneLink,
  Source,
  type HeadingLevel,
} from './detail-parts';
import { totalRows, type FilteredDirectory } from './directory-search';
import { appliesToLabel } from './guide-model';

const PURPOSES = {
  'senior-liaison-officers': 'Senior liaison officers',
  'nominated-contacts': 'Nominated contacts',
  'safeguarding-leads': 'Safeguarding leads',
} as const;

function LadderRows({ ladders }: { ladders: EscalationLadder[] }) {
  return (
    <table className="guide-table">
      <thead>
        <tr>
          <th scope="col">Professional or agency</th>
          <th scope="col">Escalates to, in order</th>
        </tr>
      </thead>
      <tbody>
        {ladders.map((ladder) => (
          <tr key={ladder.id}>
            <th scope="row" data-label="Professional or agency">
              {ladder.professional ?? ladder.agency}
              {ladder.professional && ladder.agency && <> ({ladder.agency})</>}
              <span className="guide-hint guide-table__type">
                {agencyTypeLabels[ladder.agencyType]}
              </span>
            </th>
            <td data-label="Escalates to, in order">
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
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function hasDetails(entry: DirectoryEntry): boolean {
  return Boolean(entry.mailbox ?? entry.phone ?? entry.note ?? entry.correction);
}

function ContactRows({
  entries,
  withDetails,
}: {
  entries: DirectoryEntry[];
  withDetails: boolean;
}) {
  return (
    <table className="guide-table">
      <thead>
        <tr>
          <th scope="col">Agency</th>
          <th scope="col">Role</th>
          {withDetails && <th scope="col">Contact and notes</th>}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <th scope="row" data-label="Agency">
              {entry.agency}
              <span className="guide-hint guide-table__type">
                {appliesToLabel(entry.agencyType)}
              </span>
            </th>
            <td data-label="Role">{entry.role}</td>
            {withDetails && (
              <td data-label="Contact and notes">
                {entry.mailbox && (
                  <div>
                    <MailLink address={entry.mailbox} className="link-standalone" />
                  </div>
                )}
                {entry.phone && (
                  <div>
                    Telephone <PhoneLink phone={entry.phone} />
                  </div>
                )}
                {entry.note && <div className="guide-hint">{entry.note}</div>}
                {entry.correction && (
                  <div className="guide-hint">Corrected from the source: {entry.correction}</div>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DirectoryTables({
  filtered,
  level,
  anchors = false,
}: {
  filtered: FilteredDirectory[];
  level: HeadingLevel;
  /** Give each directory an id, so the guide can link straight to it. */
  anchors?: boolean;
}) {
  return filtered.map((item) => {
    const { directory } = item;
    const rows = 'ladders' in item ? item.ladders : item.entries;
    return (
      <div key={directory.id} id={anchors ? directory.id : undefined} className="guide-directory">
        <Heading level={level}>{directory.title}</Heading>
        <p className="guide-hint">
          {directory.kind === 'escalation-ladders'
            ? 'Escalation ladders'
            : PURPOSES[directory.purpose]}{' '}
          · Published {describePartialDate(directory.published)} · {totalRows(directory)} rows{' '}
          <Source source={directory.source} />
        </p>
        {directory.notes.length > 0 && <GuidanceList items={directory.notes} />}
        {rows.length === 0 ? (
          <p>No rows match your search.</p>
        ) : 'ladders' in item ? (
          <LadderRows ladders={item.ladders} />
        ) : (
          <ContactRows
            entries={item.entries}
            withDetails={item.directory.entries.some(hasDetails)}
          />
        )}
      </div>
    );
  });
}
