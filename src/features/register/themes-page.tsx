// The six-monthly themes for the partnership's sub-group: for a chosen period, each chart with its
// data table and a one-sentence summary, against the previous period; printable and downloadable.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useThemes } from '../../data/register-queries';
import { longDate } from '../../domain/calendar/date-words';
import { isIsoDate, isoDateTime, type IsoDate } from '../../domain/calendar/iso-date';
import { londonDateOf } from '../../domain/calendar/london-time';
import { writeCsv } from '../../domain/register/csv';
import {
  halfYearBefore,
  halfYearOf,
  lastCompleteHalfYear,
  periodLabel,
  themesTable,
  type Period,
} from '../../domain/register/themes';
import { downloadFile } from '../../ui/download';
import { ErrorSummary, type FieldProblem } from '../../ui/error-summary';
import { generateThemesPdf } from '../../pdf/generate-themes';
import { usePageTitle } from '../../ui/page-title';
import { ScrollRegion } from '../../ui/scroll-region';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { BarChart } from './bar-chart';
import './register.css';

/** The half-year in progress (its counts so far), then the six complete ones before it. */
function halfYearChoices(today: IsoDate): Period[] {
  const choices = [halfYearOf(today)];
  for (let index = 1; index < 7; index += 1)
    choices.push(halfYearBefore(choices[index - 1] as Period));
  return choices;
}

/** True while `period` has not ended: its counts can still grow. */
const inProgress = (period: Period, today: IsoDate) => period.to > today;

const PERIOD_EDGES = [
  ['from', 'From'],
  ['to', 'To'],
] as const;

type Edge = (typeof PERIOD_EDGES)[number][0];

/** What the date fields hold, as typed: not always a date, nor in order. */
type TypedDates = Readonly<Record<Edge, string>>;

const edgeId = (edge: Edge) => `themes-${edge}`;

/**
 * What is wrong with the dates typed, if anything, and what to do: a date not given in full, or the
 * end `changed` last on the wrong side of the other. The report keeps to the last dates that made
 * sense, named `shown`, and each message says so.
 */
function dateProblems(dates: TypedDates, changed: Edge, shown: string): FieldProblem[] {
  const still = ` The report below is still for ${shown}.`;
  const missing = PERIOD_EDGES.filter(([edge]) => !isIsoDate(dates[edge])).map(
    ([edge, name]): FieldProblem => ({
      fieldId: edgeId(edge),
      message: `Enter the ${name} date in full, for example 1 October 2026.${still}`,
    }),
  );
  if (missing.length > 0) return missing;
  if (dates.from <= dates.to) return [];
  const from = longDate(dates.from as IsoDate);
  const to = longDate(dates.to as IsoDate);
  return [
    {
      fieldId: edgeId(changed),
      message:
        changed === 'from'
          ? `From (${from}) is after To (${to}). Choose a From date on or before ${to}, or a later To date.${still}`
          : `To (${to}) is before From (${from}). Choose a To date on or after ${from}, or an earlier From date.${still}`,
    },
  ];
}

export function ThemesPage() {
  usePageTitle('Themes');
  const today = useMemo(() => londonDateOf(isoDateTime(new Date().toISOString())), []);
  const choices = useMemo(() => halfYearChoices(today), [today]);
  // The period counted: the last one the fields gave in order. The fields keep what was typed even
  // when it is not a period (From after To, half a date): changing it back behind the user's back
  // hid the mistake, and the next date typed then made a period they had not meant.
  const [period, setPeriod] = useState<Period>(() => lastCompleteHalfYear(today));
  const [dates, setDates] = useState<TypedDates>(() => lastCompleteHalfYear(today));
  const [changed, setChanged] = useState<Edge>('from');
  const [status, setStatus] = useState<string | null>(null);
  const themes = useThemes(period);
  const choiceValue =
    choices.find((choice) => choice.from === dates.from && choice.to === dates.to)?.from ??
    'custom';

  if (!themes) return <p role="status">Opening the register…</p>;
  const { report } = themes;
  // Named from the report, not from the choice: a new period's counts load a moment after it is
  // chosen, and until then the page shows the last period's counts under that period's name.
  const shown = report.period;
  const label = periodLabel(shown);
  // A half-year still running is named so in the downloads too, not only on screen.
  const fullName = `${label}${inProgress(shown, today) ? ' (so far)' : ''}`;
  const problems = dateProblems(dates, changed, label);

  return (
    <>
      <p className="no-print">
        <Link to="/register">Back to the register</Link>
      </p>
      <h1>Themes: {fullName}</h1>
      <div className="no-print">
        {/* The dates apply as they change, with no button to press: the summary never takes
            focus (the attempt stays 0), which would take the next key away from the date being
            typed. It is announced as it appears. */}
        <ErrorSummary problems={problems} attempt={0} />
      </div>
      <fieldset className="register-filters no-print">
        <legend>Period</legend>
        <SelectField
          id="themes-half-year"
          label="Half-year"
          options={[
            ...choices.map(
              (choice) =>
                [
                  choice.from,
                  `${periodLabel(choice)}${inProgress(choice, today) ? ' (so far)' : ''}`,
                ] as const,
            ),
            ['custom', 'Other dates'],
          ]}
          value={choiceValue}
          onChange={(event) => {
            const choice = choices.find((candidate) => candidate.from === event.target.value);
            if (!choice) return;
            setPeriod(choice);
            setDates(choice);
          }}
        />
        {PERIOD_EDGES.map(([edge, edgeLabel]) => (
          <TextField
            key={edge}
            id={edgeId(edge)}
            label={edgeLabel}
            type="date"
            value={dates[edge]}
            error={problems.find((problem) => problem.fieldId === edgeId(edge))?.message}
            onChange={(event) => {
              const typed = { ...dates, [edge]: event.target.value };
              setDates(typed);
              setChanged(edge);
              if (isIsoDate(typed.from) && isIsoDate(typed.to) && typed.from <= typed.to)
                setPeriod({ from: typed.from, to: typed.to });
            }}
          />
        ))}
      </fieldset>
      <p>
        {report.total} {report.total === 1 ? 'notification' : 'notifications'} received in {label}
        {inProgress(shown, today) && ' so far'}, against {report.previousTotal} in{' '}
        {periodLabel(report.previous)}. Solid bars are this period; outlined bars the previous
        period.
        {inProgress(shown, today) &&
          ` This period runs to ${longDate(shown.to)}: its counts will grow until then.`}
      </p>
      <div className="button-group no-print">
        <button
          type="button"
          className="button"
          onClick={() => {
            setStatus('Preparing the report…');
            generateThemesPdf(
              report,
              themes.partnership ?? 'Safeguarding partnership',
              fullName,
            ).then(
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
              new TextEncoder().encode(writeCsv(themesTable(report, fullName))),
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
                writeXlsx([{ name: 'Themes', rows: themesTable(report, fullName) }]),
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
          {/* The chart and the table scroll sideways together on a phone, in one region (one
              stop for the keyboard): the chart keeps a width its words can be read at
              (register.css), and the table's period columns stay whole instead of widening the
              page. */}
          <ScrollRegion label={`Table: ${table.title}`}>
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
          </ScrollRegion>
        </section>
      ))}
    </>
  );
}
