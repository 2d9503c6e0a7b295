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
  readonly resolved: 'resolved' | 'unresolved' | null;
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

function matches(item: RegisterListItem, filter: RegisterFilter): boolean {
  const { facts } = item;
  if (filter.from && item.receivedOn < filter.from) return false;
  if (filter.to && item.receivedOn > filter.to) return false;
  if (filter.partnership !== null && facts.partnership !== filter.partnership) return false;
  if (filter.status && item.status !== filter.status) return false;
  if (filter.theme && !facts.categoryThemes.includes(filter.theme)) return false;
  if (
    filter.agencyType &&
    facts.raisingAgencyType !== filter.agencyType &&
    !facts.receivingAgencyTypes.includes(filter.agencyType)
  ) {
    return false;
  }
  if (filter.stage !== null && facts.stageName !== filter.stage) return false;
  if (filter.resolved === 'resolved' && facts.ending !== 'resolved') return false;
  if (filter.resolved === 'unresolved' && facts.ending === 'resolved') return false;
  return true;
}

const SORT_VALUE: Record<RegisterSortKey, (item: RegisterListItem) => string> = {
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
    .filter((item) => matches(item, filter))
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
