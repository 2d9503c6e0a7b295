// One notification as the partnership's register holds it (the "Escalation and Challenge
// spreadsheet"): what the notification printed, its theme fields, and the partnership's own columns.
import type { IsoDate, IsoDateTime } from '../calendar/iso-date';
import type { ResolvedHow } from '../escalation/theme-choices';
import type { AgencyType } from '../policy/agency-type';
import type { NotificationData } from './notification-data';
import type { DisagreementTheme, Ending } from './notification-themes';

/** Where the partnership is with a notification. */
export const registerStatuses = ['received', 'acknowledged', 'in-progress', 'closed'] as const;
export type RegisterStatus = (typeof registerStatuses)[number];

export const registerStatusLabels: Readonly<Record<RegisterStatus, string>> = {
  received: 'Received',
  acknowledged: 'Acknowledged',
  'in-progress': 'In progress',
  closed: 'Closed',
};

/**
 * The facts the themes count, none identifying anyone: kept in clear in the database so the themes
 * and the filters need no decryption. Unknown facts (e.g. from a spreadsheet row) are null.
 */
export interface RegisterFacts {
  readonly partnership: string;
  readonly categoryLabels: readonly string[];
  readonly categoryThemes: readonly DisagreementTheme[];
  readonly raisingAgencyType: AgencyType | null;
  readonly receivingAgencyTypes: readonly AgencyType[];
  /**
   * The agency types a spreadsheet row names without saying which raised the concern: counted as
   * involved, under neither raising nor raised with. Absent for notifications, which say.
   */
  readonly involvedAgencyTypes?: readonly AgencyType[];
  readonly stageOrder: number | null;
  readonly stageName: string;
  readonly ending: Ending | null;
  readonly startedOn: IsoDate | null;
  readonly endedOn: IsoDate | null;
  readonly workingDaysToResolution: number | null;
  readonly learningIdentified: boolean;
  /**
   * How a resolved disagreement was resolved, as the practitioner chose; null when not said.
   * Absent for entries imported before it was kept, and from spreadsheet rows.
   */
  readonly resolvedHow?: ResolvedHow | null;
}

/** The partnership's own columns, editable in the register; every change is audited. */
export interface PartnershipFields {
  readonly partnershipActions: string;
  readonly status: RegisterStatus;
  readonly acknowledgedOn: IsoDate | null;
  readonly planOfAction: string;
}

/** The columns taken from the notification (or the spreadsheet row). Sealed at rest. */
export interface NotificationColumns {
  readonly agencies: string;
  readonly summary: string;
  readonly outcome: string;
  readonly learning: string;
}

/** One register entry. */
export interface RegisterEntry {
  readonly id: string;
  readonly caseRef: string;
  /** The SHA-256 of the notification's data; null for an entry from a spreadsheet. */
  readonly sha256: string | null;
  readonly source: 'notification' | 'spreadsheet';
  readonly receivedOn: IsoDate;
  /** When the notification was made; null for a spreadsheet row. */
  readonly generatedAt: IsoDateTime | null;
  readonly facts: RegisterFacts;
  readonly columns: NotificationColumns;
  readonly partnership: PartnershipFields;
  /** The whole notification as printed, for an entry imported from a PDF. */
  readonly notification: NotificationData['notification'] | null;
}

function cellsFor(data: NotificationData, binding: string): string[] {
  const body = data.notification.body;
  if (body.kind === 'form') {
    return body.fields.filter((field) => field.binding === binding).map((field) => field.value);
  }
  const indexes = body.columns.flatMap((column, index) =>
    column.binding === binding ? [index] : [],
  );
  return body.rows.flatMap((row) => indexes.map((index) => row[index] ?? ''));
}

function present(values: readonly string[]): string[] {
  return values.map((value) => value.trim()).filter((value) => value !== '');
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(present(values))];
}

/** The register's columns, read from what the notification printed under each binding. */
export function notificationColumnsOf(data: NotificationData): NotificationColumns {
  const agencies = distinct([
    ...cellsFor(data, 'raising-agency'),
    ...cellsFor(data, 'receiving-agency').flatMap((cell) => cell.split('\n')),
  ]);
  return {
    agencies: agencies.join('; '),
    summary: present(cellsFor(data, 'issue'))[0] ?? '',
    outcome: present(cellsFor(data, 'outcome')).at(-1) ?? '',
    learning: present(cellsFor(data, 'learning')).at(-1) ?? '',
  };
}

/** The clear facts of an imported notification. */
export function factsOfNotification(data: NotificationData): RegisterFacts {
  const { themes } = data;
  return {
    partnership: data.notification.partnershipName,
    categoryLabels: themes.categories.map((category) => category.label),
    categoryThemes: [...themes.about],
    raisingAgencyType: themes.raisingAgencyType,
    receivingAgencyTypes: themes.receivingAgencyTypes,
    stageOrder: themes.stageReached?.order ?? null,
    stageName: themes.stageReached?.name ?? '',
    ending: themes.ending,
    startedOn: themes.startedOn,
    endedOn: themes.endedOn,
    workingDaysToResolution: themes.workingDaysToResolution,
    learningIdentified: themes.learningIdentified,
    resolvedHow: themes.resolvedHow,
  };
}

/** A new register entry for a notification received on `receivedOn`. */
export function entryFromNotification(
  id: string,
  data: NotificationData,
  sha256: string,
  receivedOn: IsoDate,
): RegisterEntry {
  return {
    id,
    caseRef: data.notification.caseRef,
    sha256,
    source: 'notification',
    receivedOn,
    generatedAt: data.notification.generatedAt,
    facts: factsOfNotification(data),
    columns: notificationColumnsOf(data),
    partnership: {
      partnershipActions: '',
      status: 'received',
      acknowledgedOn: null,
      planOfAction: '',
    },
    notification: data.notification,
  };
}

/**
 * A newer version of an entry's notification: the notification's columns and facts are replaced,
 * the partnership's own fields and the date first received are kept.
 */
export function withNewerNotification(
  entry: RegisterEntry,
  data: NotificationData,
  sha256: string,
): RegisterEntry {
  return {
    ...entry,
    sha256,
    source: 'notification',
    generatedAt: data.notification.generatedAt,
    facts: factsOfNotification(data),
    columns: notificationColumnsOf(data),
    notification: data.notification,
  };
}

interface Known {
  readonly sha256: string | null;
  /** An ISO instant, or null for an entry from a spreadsheet. */
  readonly generatedAt: string | null;
}

/**
 * Recognises a notification already in the register: the same data (by hash) is a duplicate; the
 * same case reference made later is a newer version; made earlier (or at the same time with other
 * data), an older one. Spreadsheet rows with the case reference are replaced by the notification.
 */
export function decideImport<E extends Known>(
  existing: E | undefined,
  data: NotificationData,
  sha256: string,
): { kind: 'new' } | { kind: 'newer' | 'duplicate' | 'older'; entry: E } {
  if (!existing) return { kind: 'new' };
  if (existing.sha256 === sha256) return { kind: 'duplicate', entry: existing };
  if (!existing.generatedAt || existing.generatedAt < data.notification.generatedAt) {
    return { kind: 'newer', entry: existing };
  }
  return { kind: 'older', entry: existing };
}
