// The register's columns, in the order of the partnership's "Escalation and Challenge spreadsheet":
// used for the table, the CSV/XLSX export, and mapping an existing spreadsheet's columns on import.
import type { IsoDate } from '../calendar/iso-date';
import { formatShortDate } from '../notification/notification-wording';
import { registerStatusLabels, type RegisterEntry } from './register-entry';
import { registerColumnKeys, type RegisterColumnKey } from './register-column-keys';

export { registerColumnKeys, type RegisterColumnKey } from './register-column-keys';

/** Each column's heading, and words that identify it in another spreadsheet's header. */
export const registerColumns: Readonly<
  Record<RegisterColumnKey, { readonly label: string; readonly matches: RegExp }>
> = {
  received: { label: 'Received', matches: /receiv|date/i },
  caseRef: { label: 'Case reference', matches: /case|ref/i },
  agencies: { label: 'Agencies', matches: /agenc|organi[sz]ation/i },
  stageReached: { label: 'Stage reached', matches: /stage|level/i },
  category: { label: 'Category', matches: /categor|theme|issue type|type of/i },
  summary: { label: 'Summary', matches: /summary|issue|concern|detail/i },
  outcome: { label: 'Outcome', matches: /outcome|result/i },
  partnershipActions: {
    label: 'Partnership actions',
    matches: /partnership action|subsequent action|action taken|actions/i,
  },
  status: { label: 'Status', matches: /status|open|closed/i },
  acknowledgedOn: { label: 'Acknowledged on', matches: /acknowledg/i },
  planOfAction: { label: 'Plan of action', matches: /plan/i },
  learning: { label: 'Learning', matches: /learn|lesson/i },
};

function dateCell(date: IsoDate | null): string {
  return date ? formatShortDate(date) : '';
}

/** The printed cells of one entry, in column order. */
export function registerCells(entry: RegisterEntry): Record<RegisterColumnKey, string> {
  return {
    received: dateCell(entry.receivedOn),
    caseRef: entry.caseRef,
    agencies: entry.columns.agencies,
    stageReached: entry.facts.stageName,
    category: entry.facts.categoryLabels.join('; '),
    summary: entry.columns.summary,
    outcome: entry.columns.outcome,
    partnershipActions: entry.partnership.partnershipActions,
    status: registerStatusLabels[entry.partnership.status],
    acknowledgedOn: dateCell(entry.partnership.acknowledgedOn),
    planOfAction: entry.partnership.planOfAction,
    learning: entry.columns.learning,
  };
}

/** The register as rows for CSV or XLSX: a header, then one row per entry. */
export function registerTable(entries: readonly RegisterEntry[]): string[][] {
  const header = registerColumnKeys.map((key) => registerColumns[key].label);
  return [
    header,
    ...entries.map((entry) => {
      const cells = registerCells(entry);
      return registerColumnKeys.map((key) => cells[key]);
    }),
  ];
}
