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
  'cell' | 'sortStage' | 'sortCategory' | 'sortAcknowledged'
>;

export function registerIndexFields(item: RegisterListItem): RegisterIndexFields {
  return {
    cell: cellKeyOf(facetsOf(item)),
    sortStage: SORT_VALUE.stage(item),
    sortCategory: SORT_VALUE.category(item),
    sortAcknowledged: SORT_VALUE.acknowledged(item),
  };
}
