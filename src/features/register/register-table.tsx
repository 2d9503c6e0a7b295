// The register table: the spreadsheet's columns, sortable and filterable on the clear facts; only
// the page shown is read and decrypted, through an index, so a register of thousands stays quick.
import { useState } from 'react';
import { Link } from 'react-router';
import {
  listMatchingEntries,
  useRegisterPage,
  type RegisterPage,
} from '../../data/register-queries';
import {
  registerCells,
  registerColumnKeys,
  registerColumns,
  type RegisterColumnKey,
} from '../../domain/register/register-columns';
import {
  NO_FILTER,
  type RegisterSort,
  type RegisterSortKey,
} from '../../domain/register/register-filter';
import { RegisterFilters } from './register-filters';
import { writeCsv } from '../../domain/register/csv';
import { registerTable } from '../../domain/register/register-columns';
import { downloadFile } from '../../ui/download';
import { countOf } from '../../domain/plural';
import { downloadLabel } from './register-words';

const PAGE_SIZE = 50;

const SORTABLE: Partial<Record<RegisterColumnKey, RegisterSortKey>> = {
  received: 'received',
  caseRef: 'caseRef',
  stageReached: 'stage',
  category: 'category',
  status: 'status',
  acknowledgedOn: 'acknowledged',
};

function SortHeader(props: {
  column: RegisterColumnKey;
  sort: RegisterSort;
  onSort(sort: RegisterSort): void;
}) {
  const key = SORTABLE[props.column];
  const label = registerColumns[props.column].label;
  if (!key) return <th scope="col">{label}</th>;
  const active = props.sort.key === key;
  const next = active && props.sort.direction === 'ascending' ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={active ? props.sort.direction : 'none'}>
      <button
        type="button"
        className="register-sort"
        onClick={() => props.onSort({ key, direction: next })}
      >
        {label}
        <span aria-hidden="true">
          {active ? (props.sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}

export function RegisterTable() {
  const [filter, setFilter] = useState(NO_FILTER);
  const [sort, setSort] = useState<RegisterSort>({ key: 'received', direction: 'descending' });
  const [page, setPage] = useState(0);
  const [exporting, setExporting] = useState<string | null>(null);
  const result = useRegisterPage({ filter, sort, page, pageSize: PAGE_SIZE });
  // Kept while the next page or filter is read, so the table does not blank between them.
  const [shown, setShown] = useState<RegisterPage | undefined>(undefined);
  if (result && result !== shown) setShown(result);
  const view = result ?? shown;

  if (!view) return <p role="status">Opening the register…</p>;
  const pages = Math.max(1, Math.ceil(view.matching / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  if (current !== page) setPage(current);

  const download = async (format: 'CSV' | 'XLSX') => {
    setExporting(`Preparing ${countOf(view.matching, 'notification')} for the ${format} file…`);
    try {
      const entries = await listMatchingEntries(filter, sort, (done, of) =>
        setExporting(`Preparing the ${format} file: ${done} of ${of} notifications read…`),
      );
      if (format === 'CSV') {
        downloadFile(
          new TextEncoder().encode(writeCsv(registerTable(entries))),
          'escalation-register.csv',
          'text/csv;charset=utf-8',
        );
      } else {
        const { writeXlsx, XLSX_MIME_TYPE } = await import('./xlsx-workbook');
        downloadFile(
          writeXlsx([{ name: 'Register', rows: registerTable(entries) }]),
          'escalation-register.xlsx',
          XLSX_MIME_TYPE,
        );
      }
      setExporting(`Downloaded ${countOf(entries.length, 'notification')} as ${format}.`);
    } catch {
      setExporting('The file could not be made. Unlock the app if it locked, then try again.');
    }
  };

  return (
    <section aria-labelledby="register-table-heading">
      <h2 id="register-table-heading">Notifications received</h2>
      <RegisterFilters
        filter={filter}
        partnerships={view.partnerships}
        stages={view.stages}
        onChange={(next) => {
          setFilter(next);
          setPage(0);
        }}
      />
      <p role="status" className="register-count">
        {view.matching} of {view.total} {view.total === 1 ? 'notification' : 'notifications'}
        {pages > 1 ? `, page ${current + 1} of ${pages}` : ''}.
      </p>
      {/* Scrollable region: focusable so keyboard users can scroll the wide table. */}
      <div
        className="register-table-wrap"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region
        tabIndex={0}
        role="region"
        // Its own name: the section around it is already "Notifications received" (axe
        // landmark-unique).
        aria-label="Table of notifications received"
      >
        <table className="register-table">
          <thead>
            <tr>
              {registerColumnKeys.map((column) => (
                <SortHeader
                  key={column}
                  column={column}
                  sort={sort}
                  onSort={(next) => {
                    setSort(next);
                    setPage(0);
                  }}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {view.entries.map((entry) => {
              const cells = registerCells(entry);
              return (
                <tr key={entry.id}>
                  {registerColumnKeys.map((column) =>
                    column === 'caseRef' ? (
                      <th scope="row" key={column}>
                        <Link to={`/register/${entry.id}`}>{cells.caseRef}</Link>
                      </th>
                    ) : (
                      <td key={column}>{cells[column]}</td>
                    ),
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          disabled={view.matching === 0}
          onClick={() => void download('CSV')}
        >
          {downloadLabel(view.matching, 'CSV')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={view.matching === 0}
          onClick={() => void download('XLSX')}
        >
          {downloadLabel(view.matching, 'XLSX')}
        </button>
      </div>
      {exporting && <p role="status">{exporting}</p>}
      {pages > 1 && (
        <nav className="button-group" aria-label="Register pages">
          <button
            type="button"
            className="button button--secondary"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            Previous page
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            Next page
          </button>
        </nav>
      )}
    </section>
  );
}
