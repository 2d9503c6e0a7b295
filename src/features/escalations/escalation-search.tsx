// Find escalations by case reference, the client's name (while unlocked), status, partnership, category and date started, a page at a time.
import './escalations.css';
import { useState } from 'react';
import { useCalendarSettings } from '../../data/calendar-settings-repository';
import { useEscalationSearch, type EscalationFilter } from '../../data/escalation-queries';
import { useAvailablePacks } from '../../data/packs-repository';
import { useVaultState } from '../../data/vault-session';
import { STATUS_LABELS, STATUSES } from '../../domain/record-vocabulary';
import { SelectField } from '../../ui/select-field';
import { EscalationSummaryList } from './escalation-summary-list';
import { useNow } from './use-now';

const PAGE_SIZE = 25;
const STATUS_CHOICES = STATUSES.map((status) => [status, STATUS_LABELS[status]] as const);

export function EscalationSearch() {
  const [filter, setFilter] = useState<EscalationFilter>({});
  const [page, setPage] = useState(0);
  const packs = useAvailablePacks() ?? [];
  const calendar = useCalendarSettings();
  const { now, today } = useNow();
  const vault = useVaultState();
  const results = useEscalationSearch(
    vault === 'unlocked' ? filter : { ...filter, clientName: '' },
    { offset: page * PAGE_SIZE, limit: PAGE_SIZE },
  );
  const update = (change: Partial<EscalationFilter>) => {
    setFilter((current) => ({ ...current, ...change }));
    setPage(0);
  };
  const pack = packs.find((p) => p.pack.id === filter.packId)?.pack;
  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">Find an escalation</h2>
      <form
        autoComplete="off"
        className="filters"
        role="search"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field">
          <label className="field__label" htmlFor="filter-caseRef">
            Case reference
          </label>
          <input
            id="filter-caseRef"
            className="input"
            value={filter.caseRef ?? ''}
            onChange={(event) => update({ caseRef: event.target.value })}
            placeholder="ESC-"
            autoComplete="off"
          />
        </div>
        {vault === 'unlocked' && (
          <div className="field">
            <label className="field__label" htmlFor="filter-clientName">
              Child’s or adult’s name
            </label>
            <p className="field__hint" id="filter-clientName-hint">
              Or a family member’s. Searches only this device, while it is unlocked.
            </p>
            <input
              id="filter-clientName"
              className="input"
              aria-describedby="filter-clientName-hint"
              value={filter.clientName ?? ''}
              onChange={(event) => update({ clientName: event.target.value })}
              autoComplete="off"
            />
          </div>
        )}
        <SelectField
          id="filter-status"
          label="Status"
          emptyOption="Any status"
          options={STATUS_CHOICES}
          value={filter.status ?? ''}
          onChange={(event) => update({ status: event.target.value })}
        />
        <SelectField
          id="filter-pack"
          label="Partnership"
          emptyOption="Any partnership"
          options={packs.map((p) => [p.pack.id, p.pack.partnership.name] as const)}
          value={filter.packId ?? ''}
          onChange={(event) => update({ packId: event.target.value, categoryId: '' })}
        />
        {pack && pack.categories.length > 0 && (
          <SelectField
            id="filter-category"
            label="Area of disagreement"
            emptyOption="Any area"
            options={pack.categories.map((c) => [c.id, c.label] as const)}
            value={filter.categoryId ?? ''}
            onChange={(event) => update({ categoryId: event.target.value })}
          />
        )}
        <div className="field">
          <label className="field__label" htmlFor="filter-from">
            Started on or after
          </label>
          <input
            id="filter-from"
            type="date"
            className="input input--short"
            value={filter.createdFrom ?? ''}
            onChange={(event) => update({ createdFrom: event.target.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="filter-to">
            Started on or before
          </label>
          <input
            id="filter-to"
            type="date"
            className="input input--short"
            value={filter.createdTo ?? ''}
            onChange={(event) => update({ createdTo: event.target.value })}
          />
        </div>
      </form>
      {!results || !calendar ? (
        <p role="status">Searching…</p>
      ) : (
        <>
          <p role="status" aria-live="polite">
            {results.rows.length === 0
              ? 'No escalations match.'
              : `Showing ${page * PAGE_SIZE + 1} to ${page * PAGE_SIZE + results.rows.length}${results.hasMore ? ' (more on the next page)' : ''}.`}
          </p>
          <EscalationSummaryList
            rows={results.rows}
            packs={packs}
            today={today}
            now={now}
            calendar={calendar}
          />
          <div className="button-group">
            {page > 0 && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setPage(page - 1)}
              >
                Previous page
              </button>
            )}
            {results.hasMore && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setPage(page + 1)}
              >
                Next page
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
