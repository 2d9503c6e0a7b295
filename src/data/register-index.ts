// The register's index fields: copies of an entry's clear facts in a form IndexedDB can index, so
// the table reads one page through an index and a filter reads only the cells it matches.
import {
  cellKeyOf,
  facetsOf,
  SORT_VALUE,
  type RegisterListItem,
} from '../domain/register/register-filter';
import type { RegisterEntryRow } from './db';

/** The fields of a row kept for its indexes (derived from its clear facts, never typed in). */
export type RegisterIndexFields = Pick<
  RegisterEntryRow,
  'cell' | 'newest' | 'sortStage' | 'sortCategory' | 'sortAcknowledged'
>;

/**
 * A date (or part of one) with each digit d as 9 − d, so newer dates sort first. IndexedDB reads
 * forward in one request (getAll with a limit) but backward only a cursor step at a time.
 */
export function newestFirst(date: string): string {
  return date.replace(/\d/g, (digit) => String(9 - Number(digit)));
}

export function registerIndexFields(item: RegisterListItem): RegisterIndexFields {
  return {
    cell: cellKeyOf(facetsOf(item)),
    newest: newestFirst(item.receivedOn),
    sortStage: SORT_VALUE.stage(item),
    sortCategory: SORT_VALUE.category(item),
    sortAcknowledged: SORT_VALUE.acknowledged(item),
  };
}
