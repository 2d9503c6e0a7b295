// The filters above the register table: period, partnership, status, category, agency, stage,
// resolved. Every change applies at once; the table announces how many entries match.
import { agencyTypeChoices, type AgencyType } from '../../domain/policy/agency-type';
import {
  disagreementThemeLabels,
  disagreementThemes,
  type DisagreementTheme,
} from '../../domain/register/notification-themes';
import {
  registerStatusLabels,
  registerStatuses,
  type RegisterStatus,
} from '../../domain/register/register-entry';
import type { RegisterFilter } from '../../domain/register/register-filter';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';

interface RegisterFiltersProps {
  readonly filter: RegisterFilter;
  readonly partnerships: readonly string[];
  readonly stages: readonly string[];
  onChange(filter: RegisterFilter): void;
}

/** A filter's list: 'Any' first, which stands for no filter (null). */
function FilterSelect<T extends string>(props: {
  id: string;
  label: string;
  value: T | null;
  options: readonly (readonly [T, string])[];
  onChange(value: T | null): void;
}) {
  return (
    <SelectField
      id={props.id}
      label={props.label}
      emptyOption="Any"
      options={props.options}
      value={props.value ?? ''}
      onChange={(event) =>
        props.onChange(event.target.value === '' ? null : (event.target.value as T))
      }
    />
  );
}

export function RegisterFilters({ filter, partnerships, stages, onChange }: RegisterFiltersProps) {
  const set = (change: Partial<RegisterFilter>) => onChange({ ...filter, ...change });
  return (
    <fieldset className="register-filters">
      <legend>Filter the register</legend>
      <TextField
        id="filter-from"
        label="Received from"
        type="date"
        value={filter.from ?? ''}
        onChange={(event) => set({ from: event.target.value || null })}
      />
      <TextField
        id="filter-to"
        label="Received to"
        type="date"
        value={filter.to ?? ''}
        onChange={(event) => set({ to: event.target.value || null })}
      />
      <FilterSelect
        id="filter-partnership"
        label="Partnership"
        value={filter.partnership}
        options={partnerships.map((name) => [name, name] as const)}
        onChange={(partnership) => set({ partnership })}
      />
      <FilterSelect<RegisterStatus>
        id="filter-status"
        label="Status"
        value={filter.status}
        options={registerStatuses.map((status) => [status, registerStatusLabels[status]] as const)}
        onChange={(status) => set({ status })}
      />
      <FilterSelect<DisagreementTheme>
        id="filter-category"
        label="Category"
        value={filter.theme}
        options={disagreementThemes.map(
          (theme) => [theme, disagreementThemeLabels[theme]] as const,
        )}
        onChange={(theme) => set({ theme })}
      />
      <FilterSelect<AgencyType>
        id="filter-agency"
        label="Agency involved"
        value={filter.agencyType}
        options={agencyTypeChoices}
        onChange={(agencyType) => set({ agencyType })}
      />
      <FilterSelect
        id="filter-stage"
        label="Stage reached"
        value={filter.stage}
        options={stages.map((stage) => [stage, stage] as const)}
        onChange={(stage) => set({ stage })}
      />
      <FilterSelect<'resolved' | 'unresolved' | 'unknown'>
        id="filter-resolved"
        label="Resolved"
        value={filter.resolved}
        options={[
          ['resolved', 'Resolved'],
          ['unresolved', 'Not resolved'],
          ['unknown', 'Not known'],
        ]}
        onChange={(resolved) => set({ resolved })}
      />
    </fieldset>
  );
}
