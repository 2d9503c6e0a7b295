// The record's history: each stage it has been at (entered, due, left, why), and a chronology of
// everything that happened, in time order.
import type { Discussion } from '../../../domain/escalation/escalation';
import type { ChronologyItem } from '../../../domain/escalation/escalation-queries';
import { chronology } from '../../../domain/escalation/escalation-queries';
import { longDateTime } from '../../../domain/escalation/escalation-text';
import { describePerson, methodInText, placeName, unfoldCorrection } from './record-text';
import type { OpenRecord } from './use-open-record';
import { ScrollRegion } from '../../../ui/scroll-region';

export function StageHistory({ open }: { open: OpenRecord }) {
  const { stageHistory } = open.record.escalation;
  return (
    <section aria-labelledby="record-stages-title">
      <h2 id="record-stages-title">Stage history</h2>
      <ScrollRegion label="Stage history table">
        <table className="record-table">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Entered</th>
              <th scope="col">Due</th>
              <th scope="col">Left</th>
              <th scope="col">Why it moved here</th>
            </tr>
          </thead>
          <tbody>
            {stageHistory.map((visit) => (
              <tr key={`${visit.stageId}-${visit.enteredAt}`}>
                <th scope="row">{placeName(open.pack, visit)}</th>
                <td>{longDateTime(visit.enteredAt)}</td>
                <td>{visit.dueAt ? longDateTime(visit.dueAt) : 'No timescale stated'}</td>
                <td>{visit.leftAt ? longDateTime(visit.leftAt) : 'Still here'}</td>
                <td className="record-text">{visit.reason || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function describeItem(item: ChronologyItem, discussions: readonly Discussion[]): string {
  if (item.kind === 'event') return item.event.detail;
  const { discussion } = item;
  const people = discussion.withWhom.map(describePerson).join('; ');
  const how = [methodInText(discussion.method), `with ${people}`].filter(Boolean).join(' ');
  const { summary, whatWasWrong } = unfoldCorrection(discussion);
  if (discussion.amends === null) return `Discussion ${discussion.sequence} (${how}): ${summary}`;
  const original = discussions.find((entry) => entry.id === discussion.amends);
  const corrects = original ? ` to discussion ${original.sequence}` : '';
  const why = whatWasWrong === '' ? '' : ` What was corrected: ${whatWasWrong}`;
  return `Correction${corrects}, recorded ${longDateTime(discussion.recordedAt)} (${how}): ${summary}${why}`;
}

export function RecordChronology({ open }: { open: OpenRecord }) {
  const { escalation, discussions, audit } = open.record;
  const items = chronology(escalation, discussions, audit);
  return (
    <section aria-labelledby="record-chronology-title">
      <h2 id="record-chronology-title">Chronology</h2>
      <ol className="record-chronology">
        {items.map((item) => (
          <li key={item.kind === 'event' ? item.event.id : item.discussion.id}>
            <span className="record-chronology__when">{longDateTime(item.at)}</span>
            <span className="record-text">{describeItem(item, discussions)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
