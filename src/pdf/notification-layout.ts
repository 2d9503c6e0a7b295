// Turns a notification model into page instructions (size, margins, what every page's header and
// footer say, column widths, writing space on a blank form). Pure: no jsPDF here.
import { formatLongDate } from '../domain/notification/notification-wording';
import type {
  NotificationColumn,
  NotificationModel,
} from '../domain/notification/notification-model';
import type { FieldBinding } from '../domain/policy/policy-pack';

/** Millimetres. */
type Mm = number;

/** What every page carries at its top and bottom (the page number is added by the renderer). */
export interface PageFrame {
  readonly marking: string;
  readonly title: string;
  readonly partnership: string;
  readonly caseRefLine: string;
  readonly dateLine: string;
  readonly footerLeft: string;
}

/** A label and its text in the "About this form" section after the body. */
export interface NoteRow {
  readonly label: string;
  readonly text: string;
}

/** How to print one notification. */
export interface NotificationLayout {
  readonly orientation: 'portrait' | 'landscape';
  readonly pageWidth: Mm;
  readonly pageHeight: Mm;
  readonly margin: { readonly left: Mm; readonly right: Mm; readonly bottom: Mm };
  /** The space from the top of the page to the header's rule is measured by the renderer. */
  readonly frame: PageFrame;
  readonly fontSize: { readonly title: number; readonly header: number; readonly body: number };
  /** Table-row layout: the width of each column. Form layout: the label column and the value. */
  readonly columnWidths: readonly Mm[];
  /** On a blank form, the height of each empty body row (so there is room to write). */
  readonly blankRowHeights: readonly Mm[];
  readonly notes: readonly NoteRow[];
  /** A warning printed above the body when the policy does not ask for this form now. */
  readonly notice: string | null;
  /**
   * Table-row layout: the columns (the date and the stage) repeated, with "(continued)", at the top
   * of a row that runs on to the next page, so the reader knows which stage it belongs to.
   */
  readonly repeatOnContinuation: readonly number[];
}

/** The bindings whose value is repeated on a table row continued from the previous page. */
const REPEATED_BINDINGS: readonly FieldBinding[] = [
  'escalation-date',
  'notification-date',
  'stage',
];

/** "24 Nov 2026" then "(continued)" on its own line: the text of a repeated cell on a continued row. */
export function continuedText(text: string): string {
  return text === '' ? '' : `${text}\n(continued)`;
}

const A4 = { short: 210, long: 297 } as const;
const MARGIN = { left: 12, right: 12, bottom: 16 } as const;
const LABEL_COLUMN = 62;
const BLANK_TABLE_ROWS = 4;
const BLANK_TABLE_ROW_HEIGHT = 30;

/** How much room a column of a table needs, relative to the others. */
const COLUMN_WEIGHT: Partial<Record<FieldBinding, number>> = {
  // Wide enough for "(continued)" on a line of its own under the date.
  'escalation-date': 1,
  'notification-date': 1,
  'date-referred-to-partnership': 1.15,
  'case-reference': 1,
  stage: 1.1,
  professionals: 1.7,
  issue: 1.9,
  discussions: 3.2,
  outcome: 1.9,
};

/** How much room to write a field needs on a blank form, in millimetres. */
const BLANK_FIELD_HEIGHT: Partial<Record<FieldBinding, Mm>> = {
  'escalation-date': 10,
  'notification-date': 10,
  'date-referred-to-partnership': 10,
  'case-reference': 10,
  'client-group': 10,
  'timescale-sought': 10,
  stage: 14,
  'raising-agency': 14,
  'receiving-agency': 14,
  'completed-by': 14,
  categories: 18,
  professionals: 30,
  discussions: 55,
  'actions-taken': 40,
  issue: 40,
};
const BLANK_FIELD_DEFAULT_HEIGHT: Mm = 28;

/** "Page 2 of 5". */
export function pageLabel(page: number, total: number): string {
  return `Page ${page} of ${total}`;
}

/** Widths that share `available` millimetres among the columns by their weight. */
export function tableColumnWidths(columns: readonly NotificationColumn[], available: Mm): Mm[] {
  const weights = columns.map((column) => COLUMN_WEIGHT[column.binding] ?? 1.5);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => (available * weight) / total);
}

function frameOf(model: NotificationModel): PageFrame {
  const blank = model.blank || model.caseRef === null;
  const generated = model.generatedOn ? formatLongDate(model.generatedOn) : null;
  return {
    marking: model.protectiveMarking,
    title: model.title,
    partnership: model.partnershipName,
    caseRefLine: blank ? 'Case reference: ______________' : `Case reference: ${model.caseRef}`,
    dateLine: generated ? `Generated ${generated}` : 'Date: ______________',
    footerLeft: blank ? 'Blank form' : `Case reference ${model.caseRef ?? ''}`,
  };
}

function notesOf(model: NotificationModel): NoteRow[] {
  const fields = model.body.kind === 'form' ? model.body.fields : model.body.columns;
  const help = fields.flatMap((field) =>
    field.help ? [{ label: field.label, text: field.help }] : [],
  );
  const sendTo = model.recipient.mailbox
    ? `${model.recipient.role} – ${model.recipient.mailbox}`
    : `${model.recipient.role} (the policy gives no address; use your organisation’s secure route)`;
  return [
    ...(model.blank ? [{ label: 'Completed by', text: model.completedBy }] : []),
    ...(model.blank ? [{ label: 'When', text: model.when }] : []),
    { label: 'Send to', text: sendTo },
    ...(model.sending.length > 0
      ? [{ label: 'How to send it', text: model.sending.map((text) => `• ${text}`).join('\n') }]
      : []),
    ...help,
    ...(model.formNote ? [{ label: 'About this form', text: model.formNote }] : []),
  ];
}

/**
 * The layout for a model: A4 landscape for a table (one row per stage), A4 portrait for a form of
 * labels and values; a blank form gets empty rows or boxes with room to write.
 */
export function layoutNotification(model: NotificationModel): NotificationLayout {
  const landscape = model.body.kind === 'table-row';
  const pageWidth = landscape ? A4.long : A4.short;
  const pageHeight = landscape ? A4.short : A4.long;
  const available = pageWidth - MARGIN.left - MARGIN.right;
  const columnWidths =
    model.body.kind === 'table-row'
      ? tableColumnWidths(model.body.columns, available)
      : [LABEL_COLUMN, available - LABEL_COLUMN];
  const blankRowHeights = !model.blank
    ? []
    : model.body.kind === 'table-row'
      ? Array.from({ length: BLANK_TABLE_ROWS }, () => BLANK_TABLE_ROW_HEIGHT)
      : model.body.fields.map(
          (field) => BLANK_FIELD_HEIGHT[field.binding] ?? BLANK_FIELD_DEFAULT_HEIGHT,
        );
  return {
    orientation: landscape ? 'landscape' : 'portrait',
    pageWidth,
    pageHeight,
    margin: MARGIN,
    frame: frameOf(model),
    fontSize: { title: 12, header: 9, body: landscape ? 8.5 : 9.5 },
    columnWidths,
    blankRowHeights,
    notes: notesOf(model),
    notice: model.notice,
    repeatOnContinuation:
      model.body.kind === 'table-row'
        ? model.body.columns.flatMap((column, index) =>
            REPEATED_BINDINGS.includes(column.binding) ? [index] : [],
          )
        : [],
  };
}
