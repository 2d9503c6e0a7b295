// The register table: the spreadsheet's columns, sortable and filterable on the clear facts; only
// the page shown is decrypted, so a register of thousands stays quick.
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { openRegisterEntries, useRegisterSummaries } from '../../data/register-repository';
import {
  registerCells,
  registerColumnKeys,
  registerColumns,
  type RegisterColumnKey,
} from '../../domain/register/register-columns';
import type { RegisterEntry } from '../../domain/register/register-entry';
import {
  filterAndSort,
  filterChoices,
  NO_FILTER,
  type RegisterSort,
  type RegisterSortKey,
} from '../../domain/register/register-filter';
import { RegisterFilters } from './register-filters';
import { writeCsv } from '../../domain/register/csv';
import { registerTable } from '../../domain/register/register-columns';
import { downloadFile } from '../../ui/download';

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
  const summaries = useRegisterSummaries();
  const [filter, setFilter] = useState(NO_FILTER);
  const [sort, setSort] = useState<RegisterSort>({ key: 'received', direction: 'descending' });
  const [page, setPage] = useState(0);
  const [opened, setOpened] = useState<RegisterEntry[]>([]);
  const matching = useMemo(
    () => filterAndSort(summaries ?? [], filter, sort),
    [summaries, filter, sort],
  );
  const choices = useMemo(() => filterChoices(summaries ?? []), [summaries]);
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shownIds = useMemo(
    () => matching.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE).map((item) => item.id),
    [matching, current],
  );

  useEffect(() => {
    let live = true;
    openRegisterEntries(shownIds).then(
      (entries) => {
        if (live) setOpened(entries);
      },
      () => {
        // Locked meanwhile: the vault gate replaces this page, so there is nothing to show.
        if (live) setOpened([]);
      },
    );
    return () => {
      live = false;
    };
  }, [shownIds]);

  if (!summaries) return <p role="status">Opening the register…</p>;
  const visible = opened.filter((entry) => shownIds.includes(entry.id));

  return (
    <section aria-labelledby="register-table-heading">
      <h2 id="register-table-heading">Notifications received</h2>
      <RegisterFilters
        filter={filter}
        partnerships={choices.partnerships}
        stages={choices.stages}
        onChange={(next) => {
          setFilter(next);
          setPage(0);
        }}
      />
      <p role="status" className="register-count">
        {matching.length} of {summaries.length}{' '}
        {summaries.length === 1 ? 'notification' : 'notifications'}
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
                <SortHeader key={column} column={column} sort={sort} onSort={setSort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((entry) => {
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
          disabled={matching.length === 0}
          onClick={() =>
            void openRegisterEntries(matching.map((item) => item.id)).then((entries) =>
              downloadFile(
                new TextEncoder().encode(writeCsv(registerTable(entries))),
                'escalation-register.csv',
                'text/csv;charset=utf-8',
              ),
            )
          }
        >
          Download these {matching.length} as CSV
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={matching.length === 0}
          onClick={() =>
            void Promise.all([
              import('./xlsx-workbook'),
              openRegisterEntries(matching.map((item) => item.id)),
            ]).then(([{ writeXlsx, XLSX_MIME_TYPE }, entries]) =>
              downloadFile(
                writeXlsx([{ name: 'Register', rows: registerTable(entries) }]),
                'escalation-register.xlsx',
                XLSX_MIME_TYPE,
              ),
            )
          }
        >
          Download these {matching.length} as XLSX
        </button>
      </div>
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
