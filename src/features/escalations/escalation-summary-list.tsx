// A list of escalations by case reference, partnership, stage and what is due, from the clear
// index fields (so it stays fast with thousands of records); while unlocked, the child's or adult's
// name (or initials) is decrypted afterwards for the rows on screen only.
import { Link } from 'react-router';
import { describeDue } from '../../domain/calendar/due-dates';
import type { IsoDate, IsoDateTime } from '../../domain/calendar/iso-date';
import { londonDateOf } from '../../domain/calendar/london-time';
import { useClientLabels, type ClientLabel } from '../../data/escalation-queries';
import type { EscalationSummary } from '../../data/escalations-repository';
import { useMyService } from '../../data/my-service-repository';
import type { AvailablePack } from '../../data/packs-repository';
import type { CalendarSettings } from '../../data/calendar-settings-repository';
import { stageHeadingName, statusLabel } from '../../domain/record-vocabulary';

/** The partnership's short name and the stage's title for a summary's `stageKey`. */
export function placeName(
  summary: Pick<EscalationSummary, 'packId' | 'stageKey'>,
  packs: AvailablePack[],
) {
  const pack = packs.find((p) => p.pack.id === summary.packId)?.pack;
  const stageId = summary.stageKey.slice(summary.packId.length + 1);
  const stageTitle = pack ? stageHeadingName(pack, { stageId }) : stageId;
  return { partnership: pack?.partnership.shortName ?? summary.packId, stage: stageTitle };
}

/** True when the record's current stage or urgent route has an immediate timescale. */
function actsNow(summary: EscalationSummary, packs: AvailablePack[]): boolean {
  const pack = packs.find((p) => p.pack.id === summary.packId)?.pack;
  const stageId = summary.stageKey.slice(summary.packId.length + 1);
  const place =
    pack?.stages.find((s) => s.id === stageId) ?? pack?.urgentRoutes.find((r) => r.id === stageId);
  return place?.timescale.kind === 'immediate';
}

function dueText(
  summary: EscalationSummary,
  packs: AvailablePack[],
  today: IsoDate,
  now: IsoDateTime,
  calendar: CalendarSettings,
): string {
  if (summary.status !== 'open') return statusLabel(summary.status);
  if (summary.dueSort === '~') return 'No timescale set by the policy';
  // An immediate stage is due the moment it starts: it reads "act now", never "overdue" (0013).
  if (actsNow(summary, packs)) return 'Act now: the policy asks for this immediately';
  const dueAt = summary.dueSort as IsoDateTime;
  return describeDue(londonDateOf(dueAt), today, { ...calendar, dueAt, now });
}

/** The child's or adult's name (or initials) beside a case reference, once decrypted. */
function ClientLabelText({ label, show }: { label?: ClientLabel; show: 'name' | 'initials' }) {
  if (!label) return null;
  const text = show === 'initials' ? label.initials : label.name;
  return text ? <span className="escalation-list__client">{text}</span> : null;
}

interface Props {
  rows: EscalationSummary[];
  packs: AvailablePack[];
  today: IsoDate;
  now: IsoDateTime;
  calendar: CalendarSettings;
  tone?: 'overdue' | 'today' | 'plain';
}

export function EscalationSummaryList({
  rows,
  packs,
  today,
  now,
  calendar,
  tone = 'plain',
}: Props) {
  const labels = useClientLabels(rows.map((row) => row.id));
  const showClients = useMyService()?.showClients ?? 'name';
  return (
    <ul className={`escalation-list escalation-list--${tone}`}>
      {rows.map((row) => {
        const place = placeName(row, packs);
        return (
          <li key={row.id} className="escalation-list__item">
            <Link to={`/escalations/${row.id}`} className="escalation-list__ref">
              {row.caseRef}
              <ClientLabelText label={labels.get(row.id)} show={showClients} />
              {row.example === 1 && <span className="tag">Example</span>}
            </Link>
            <span>
              {place.partnership} · {place.stage}
            </span>
            <strong className="escalation-list__due">
              {dueText(row, packs, today, now, calendar)}
            </strong>
          </li>
        );
      })}
    </ul>
  );
}
