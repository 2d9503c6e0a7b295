// Filtering and sorting the register on its clear facts only, so the table of 10,000
// notifications needs to decrypt just the page it shows.
import type { AgencyType } from '../policy/agency-type';
import type { RegisterFacts, RegisterStatus } from './register-entry';
import type { DisagreementTheme } from './notification-themes';

/** The clear part of an entry that filters and sorting read. */
export interface RegisterListItem {
  readonly id: string;
  readonly caseRef: string;
  readonly receivedOn: string;
  readonly status: string;
  readonly acknowledgedOn: string | null;
  readonly facts: RegisterFacts;
}

/** The filters offered above the table; null means "any". */
export interface RegisterFilter {
  readonly from: string | null;
  readonly to: string | null;
  readonly partnership: string | null;
  readonly status: RegisterStatus | null;
  readonly theme: DisagreementTheme | null;
  readonly agencyType: AgencyType | null;
  readonly stage: string | null;
  /** `unknown`: the entry does not say (a spreadsheet row whose outcome did not plainly say). */
  readonly resolved: 'resolved' | 'unresolved' | 'unknown' | null;
}

export const NO_FILTER: RegisterFilter = {
  from: null,
  to: null,
  partnership: null,
  status: null,
  theme: null,
  agencyType: null,
  stage: null,
  resolved: null,
};

/** The columns the table sorts by. */
export type RegisterSortKey =
  'received' | 'caseRef' | 'stage' | 'category' | 'status' | 'acknowledged';

export interface RegisterSort {
  readonly key: RegisterSortKey;
  readonly direction: 'ascending' | 'descending';
}

/**
 * What the filters other than the dates look at, for one entry. Entries with the same facets form
 * one cell; the data layer indexes entries by cell so a filter reads only the cells it matches.
 */
export interface RegisterFacets {
  readonly partnership: string;
  readonly status: string;
  readonly stage: string;
  /**
   * Whether it was resolved; null when not known. An entry that does not say is neither resolved
   * nor not resolved: counting it as not resolved told the board that disagreements were left
   * unresolved when nobody knew. (Null, not a third string, so that the cells of every entry that
   * says keep the keys they were stored under.)
   */
  readonly resolved: boolean | null;
  readonly themes: readonly string[];
  /** The agency types involved: the raising one, those it was raised with, any others named. */
  readonly agencies: readonly string[];
}

export function facetsOf(item: RegisterListItem): RegisterFacets {
  const { facts } = item;
  const agencies = new Set<string>([
    ...facts.receivingAgencyTypes,
    ...(facts.involvedAgencyTypes ?? []),
  ]);
  if (facts.raisingAgencyType) agencies.add(facts.raisingAgencyType);
  return {
    partnership: facts.partnership,
    status: item.status,
    stage: facts.stageName,
    resolved: facts.ending === null ? null : facts.ending === 'resolved',
    themes: [...new Set<string>(facts.categoryThemes)].sort(),
    agencies: [...agencies].sort(),
  };
}

/** The cell an entry belongs to: its facets as one string (the same facets, the same string). */
export function cellKeyOf(facets: RegisterFacets): string {
  return JSON.stringify([
    facets.partnership,
    facets.status,
    facets.stage,
    facets.resolved,
    facets.themes,
    facets.agencies,
  ]);
}

/** True when entries with these facets pass the filter (its dates aside). */
export function facetsMatch(facets: RegisterFacets, filter: RegisterFilter): boolean {
  if (filter.partnership !== null && facets.partnership !== filter.partnership) return false;
  if (filter.status && facets.status !== filter.status) return false;
  if (filter.theme && !facets.themes.includes(filter.theme)) return false;
  if (filter.agencyType && !facets.agencies.includes(filter.agencyType)) return false;
  if (filter.stage !== null && facets.stage !== filter.stage) return false;
  if (filter.resolved === 'resolved' && facets.resolved !== true) return false;
  if (filter.resolved === 'unresolved' && facets.resolved !== false) return false;
  if (filter.resolved === 'unknown' && facets.resolved !== null) return false;
  return true;
}

/** True when the filter looks at more than the dates. */
export function filtersFacets(filter: RegisterFilter): boolean {
  return (
    filter.partnership !== null ||
    filter.status !== null ||
    filter.theme !== null ||
    filter.agencyType !== null ||
    filter.stage !== null ||
    filter.resolved !== null
  );
}

/** True when the entry passes every filter. */
export function matchesFilter(item: RegisterListItem, filter: RegisterFilter): boolean {
  if (filter.from && item.receivedOn < filter.from) return false;
  if (filter.to && item.receivedOn > filter.to) return false;
  return facetsMatch(facetsOf(item), filter);
}

/** The value each column sorts by (ties by case reference). */
export const SORT_VALUE: Record<RegisterSortKey, (item: RegisterListItem) => string> = {
  received: (item) => item.receivedOn,
  caseRef: (item) => item.caseRef,
  stage: (item) =>
    `${String(item.facts.stageOrder ?? 999).padStart(3, '0')} ${item.facts.stageName}`,
  category: (item) => item.facts.categoryLabels.join('; ').toLowerCase(),
  status: (item) => item.status,
  acknowledged: (item) => item.acknowledgedOn ?? '~',
};

/** The entries that pass every filter, in the chosen order (ties by case reference). */
export function filterAndSort<T extends RegisterListItem>(
  items: readonly T[],
  filter: RegisterFilter,
  sort: RegisterSort,
): T[] {
  const value = SORT_VALUE[sort.key];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return items
    .filter((item) => matchesFilter(item, filter))
    .map((item) => ({ item, key: value(item) }))
    .sort((a, b) =>
      a.key === b.key ? a.item.caseRef.localeCompare(b.item.caseRef) : a.key < b.key ? -sign : sign,
    )
    .map(({ item }) => item);
}

/** The distinct values the filters offer, from the entries themselves. */
export function filterChoices(items: readonly RegisterListItem[]): {
  partnerships: string[];
  stages: string[];
} {
  const partnerships = new Set<string>();
  const stages = new Set<string>();
  for (const { facts } of items) {
    if (facts.partnership) partnerships.add(facts.partnership);
    if (facts.stageName) stages.add(facts.stageName);
  }
  return { partnerships: [...partnerships].sort(), stages: [...stages].sort() };
}
