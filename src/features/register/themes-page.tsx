// The six-monthly themes for the partnership's sub-group: for a chosen period, each chart with its
// data table and a one-sentence summary, against the previous period; printable and downloadable.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useThemes } from '../../data/register-queries';
import { isIsoDate, isoDateTime, type IsoDate } from '../../domain/calendar/iso-date';
import { londonDateOf } from '../../domain/calendar/london-time';
import { writeCsv } from '../../domain/register/csv';
import {
  halfYearBefore,
  lastCompleteHalfYear,
  periodLabel,
  themesTable,
  type Period,
} from '../../domain/register/themes';
import { downloadFile } from '../../ui/download';
import { generateThemesPdf } from '../../pdf/generate-themes';
import { usePageTitle } from '../../ui/page-title';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { BarChart } from './bar-chart';
import './register.css';

function halfYearChoices(today: IsoDate): Period[] {
  const choices = [lastCompleteHalfYear(today)];
  for (let index = 1; index < 6; index += 1)
    choices.push(halfYearBefore(choices[index - 1] as Period));
  return choices;
}

const PERIOD_EDGES = [
  ['from', 'From'],
  ['to', 'To'],
] as const;

/** The period with one end moved to `date`; null for no real date or an end before the start. */
function periodWith(period: Period, edge: 'from' | 'to', date: string): Period | null {
  if (!isIsoDate(date)) return null;
  const changed = { ...period, [edge]: date as IsoDate };
  return changed.from <= changed.to ? changed : null;
}

export function ThemesPage() {
  usePageTitle('Themes');
  const today = useMemo(() => londonDateOf(isoDateTime(new Date().toISOString())), []);
  const choices = useMemo(() => halfYearChoices(today), [today]);
  const [period, setPeriod] = useState<Period>(() => lastCompleteHalfYear(today));
  const [status, setStatus] = useState<string | null>(null);
  const themes = useThemes(period);
  const choiceValue = choices.some(
    (choice) => choice.from === period.from && choice.to === period.to,
  )
    ? period.from
    : 'custom';

  if (!themes) return <p role="status">Opening the register…</p>;
  const { report } = themes;
  // Named from the report, not from the choice: a new period's counts load a moment after it is
  // chosen, and until then the page shows the last period's counts under that period's name.
  const shown = report.period;
  const label = periodLabel(shown);

  return (
    <>
      <p className="no-print">
        <Link to="/register">Back to the register</Link>
      </p>
      <h1>Themes: {label}</h1>
      <fieldset className="register-filters no-print">
        <legend>Period</legend>
        <SelectField
          id="themes-half-year"
          label="Half-year"
          options={[
            ...choices.map((choice) => [choice.from, periodLabel(choice)] as const),
            ['custom', 'Other dates'],
          ]}
          value={choiceValue}
          onChange={(event) => {
            const choice = choices.find((candidate) => candidate.from === event.target.value);
            if (choice) setPeriod(choice);
          }}
        />
        {PERIOD_EDGES.map(([edge, edgeLabel]) => (
          <TextField
            key={edge}
            id={`themes-${edge}`}
            label={edgeLabel}
            type="date"
            value={period[edge]}
            onChange={(event) => {
              const changed = periodWith(period, edge, event.target.value);
              if (changed) setPeriod(changed);
            }}
          />
        ))}
      </fieldset>
      <p>
        {report.total} {report.total === 1 ? 'notification' : 'notifications'} received in {label},
        against {report.previousTotal} in {periodLabel(report.previous)}. Solid bars are this
        period; outlined bars the previous period.
      </p>
      <div className="button-group no-print">
        <button
          type="button"
          className="button"
          onClick={() => {
            setStatus('Preparing the report…');
            generateThemesPdf(report, themes.partnership ?? 'Safeguarding partnership').then(
              (pdf) => {
                downloadFile(pdf, `themes-${shown.from}-to-${shown.to}.pdf`, 'application/pdf');
                setStatus('Downloaded the themes report (A4 PDF).');
              },
              () => setStatus('The report could not be made on this device. Reload and try again.'),
            );
          }}
        >
          Download the report (A4 PDF)
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this page
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            downloadFile(
              new TextEncoder().encode(writeCsv(themesTable(report))),
              `themes-${shown.from}-to-${shown.to}.csv`,
              'text/csv;charset=utf-8',
            );
            setStatus('Downloaded the themes tables as CSV.');
          }}
        >
          Download the tables as CSV
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void import('./xlsx-workbook').then(({ writeXlsx, XLSX_MIME_TYPE }) => {
              downloadFile(
                writeXlsx([{ name: 'Themes', rows: themesTable(report) }]),
                `themes-${shown.from}-to-${shown.to}.xlsx`,
                XLSX_MIME_TYPE,
              );
              setStatus('Downloaded the themes tables as XLSX.');
            })
          }
        >
          Download the tables as XLSX
        </button>
      </div>
      {status && <p role="status">{status}</p>}
      {report.tables.map((table) => (
        <section key={table.id} aria-labelledby={`themes-${table.id}`} className="themes-section">
          <h2 id={`themes-${table.id}`}>{table.title}</h2>
          <p className="themes-summary">{table.summary}</p>
          {table.rows.length > 0 && (
            <BarChart rows={table.rows} showPrevious={table.id !== 'months'} />
          )}
          <table className="themes-table">
            <caption className="visually-hidden">{table.title}</caption>
            <thead>
              <tr>
                <th scope="col">{table.rowHeading}</th>
                <th scope="col">{label}</th>
                {table.id !== 'months' && <th scope="col">{periodLabel(report.previous)}</th>}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{row.count}</td>
                  {table.id !== 'months' && <td>{row.previous}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
