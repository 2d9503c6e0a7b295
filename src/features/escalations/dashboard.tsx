// What is due: overdue and due today first, then open escalations by due date, counts by stage,
// and notifications prepared but not yet sent.
import './escalations.css';
import { Link } from 'react-router';
import { useCalendarSettings } from '../../data/calendar-settings-repository';
import { useDashboard } from '../../data/escalation-queries';
import { useAvailablePacks } from '../../data/packs-repository';
import { CalendarDownload } from './calendar-download';
import { EscalationSummaryList, placeName } from './escalation-summary-list';
import { useNow } from './use-now';

export function Dashboard({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { now, today, endOfToday } = useNow();
  const data = useDashboard(now, endOfToday);
  const packs = useAvailablePacks();
  const calendar = useCalendarSettings();
  const H = `h${headingLevel}` as 'h2';
  if (!data || !packs || !calendar) return <p role="status">Loading your escalations…</p>;
  const list = { packs, today, now, calendar };
  if (data.openCount === 0 && data.preparedNotifications === 0) {
    return (
      <p>
        You have no open escalations. <Link to="/escalations/new">Start an escalation</Link>
      </p>
    );
  }
  return (
    <div className="dashboard">
      {data.preparedNotifications > 0 && (
        <p className="banner banner--warning">
          {data.preparedNotifications} notification
          {data.preparedNotifications === 1 ? ' is' : 's are'} prepared but not yet sent.
        </p>
      )}
      <H>Act now or overdue ({data.overdueCount})</H>
      {data.overdueCount === 0 ? (
        <p>Nothing needs action now and nothing is overdue.</p>
      ) : (
        <EscalationSummaryList rows={data.overdue} tone="overdue" {...list} />
      )}
      <H>Due today ({data.dueTodayCount})</H>
      {data.dueTodayCount === 0 ? (
        <p>Nothing is due today.</p>
      ) : (
        <EscalationSummaryList rows={data.dueToday} tone="today" {...list} />
      )}
      <H>Open escalations by due date</H>
      {data.upcoming.length === 0 ? (
        <p>No other open escalations have a due date.</p>
      ) : (
        <EscalationSummaryList rows={data.upcoming} {...list} />
      )}
      <CalendarDownload />
      <H>Open escalations by stage</H>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Partnership</th>
            <th scope="col">Stage</th>
            <th scope="col" className="table__number">
              Open
            </th>
          </tr>
        </thead>
        <tbody>
          {data.openByStage.map(({ stageKey, count }) => {
            const packId =
              packs.find((p) => stageKey.startsWith(`${p.pack.id}/`))?.pack.id ??
              stageKey.split('/')[0] ??
              '';
            const place = placeName({ packId, stageKey }, packs);
            return (
              <tr key={stageKey}>
                <td>{place.partnership}</td>
                <td>{place.stage}</td>
                <td className="table__number">{count}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
