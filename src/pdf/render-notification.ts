// Draws a notification model as an A4 PDF with jsPDF and jspdf-autotable: the only file that
// imports them, so they load on demand. Every page carries the frame of the notification-layout.
import { jsPDF } from 'jspdf';
import { autoTable, type CellHookData, type RowInput, type UserOptions } from 'jspdf-autotable';
import {
  NOTIFICATION_TITLE,
  type NotificationModel,
} from '../domain/notification/notification-model';
import {
  continuedText,
  layoutNotification,
  pageLabel,
  type NotificationLayout,
} from './notification-layout';
import { embedNotificationData } from './notification-data';

/** The TrueType files of the embedded font: DejaVu Sans, regular and bold. */
export interface NotificationFonts {
  readonly regular: Uint8Array | ArrayBuffer;
  readonly bold: Uint8Array | ArrayBuffer;
}

type Rgb = [number, number, number];

const FONT = 'DejaVuSans';
const INK: Rgb = [17, 24, 39];
const MUTED: Rgb = [75, 85, 99];
const BRAND: Rgb = [29, 59, 83];
const RULE: Rgb = [140, 140, 140];
const WRITING_LINE: Rgb = [200, 200, 200];
const LABEL_FILL: Rgb = [236, 241, 245];
const PT_TO_MM = 25.4 / 72;
const LINE_SPACING = 1.2;
const RIGHT_BLOCK_WIDTH = 80;
const HEADER_TOP = 9;
const WRITING_LINE_GAP = 8;

function lineHeight(fontSize: number): number {
  return fontSize * PT_TO_MM * LINE_SPACING;
}

function toBase64(bytes: Uint8Array | ArrayBuffer): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const chunk = 0x8000;
  let binary = '';
  for (let offset = 0; offset < view.length; offset += chunk) {
    binary += String.fromCharCode(...view.subarray(offset, offset + chunk));
  }
  return btoa(binary);
}

function registerFonts(doc: jsPDF, fonts: NotificationFonts): void {
  doc.addFileToVFS('DejaVuSans.ttf', toBase64(fonts.regular));
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', toBase64(fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
}

/** The header's wrapped title and partnership lines, and where its rule falls. */
interface Header {
  readonly titleLines: string[];
  readonly partnershipLines: string[];
  readonly ruleY: number;
}

function measureHeader(doc: jsPDF, layout: NotificationLayout): Header {
  const { margin, pageWidth, fontSize, frame } = layout;
  const width = pageWidth - margin.left - margin.right - RIGHT_BLOCK_WIDTH;
  doc.setFont(FONT, 'bold').setFontSize(fontSize.title);
  const titleLines = doc.splitTextToSize(frame.title, width) as string[];
  doc.setFont(FONT, 'normal').setFontSize(fontSize.header);
  const partnershipLines = doc.splitTextToSize(frame.partnership, width) as string[];
  const titleBottom = HEADER_TOP + 7 + (titleLines.length - 1) * lineHeight(fontSize.title);
  const ruleY = titleBottom + partnershipLines.length * lineHeight(fontSize.header) + 2;
  return { titleLines, partnershipLines, ruleY };
}

function drawHeader(doc: jsPDF, layout: NotificationLayout, header: Header): void {
  const { margin, pageWidth, fontSize, frame } = layout;
  const right = pageWidth - margin.right;
  doc
    .setTextColor(...INK)
    .setFont(FONT, 'bold')
    .setFontSize(10);
  doc.text(frame.marking, pageWidth / 2, HEADER_TOP, { align: 'center' });
  const titleY = HEADER_TOP + 7;
  doc.setFontSize(fontSize.title).text(header.titleLines, margin.left, titleY, {
    lineHeightFactor: LINE_SPACING,
  });
  doc.setFontSize(10).text(frame.caseRefLine, right, titleY, { align: 'right' });
  doc
    .setFont(FONT, 'normal')
    .setFontSize(fontSize.header)
    .setTextColor(...MUTED);
  doc.text(frame.dateLine, right, titleY + 5, { align: 'right' });
  const partnershipY = titleY + (header.titleLines.length - 1) * lineHeight(fontSize.title) + 5;
  doc.text(header.partnershipLines, margin.left, partnershipY, { lineHeightFactor: LINE_SPACING });
  doc
    .setDrawColor(...RULE)
    .setLineWidth(0.3)
    .line(margin.left, header.ruleY, right, header.ruleY);
}

function drawFooter(doc: jsPDF, layout: NotificationLayout, page: number, total: number): void {
  const { margin, pageWidth, pageHeight, frame } = layout;
  const right = pageWidth - margin.right;
  const ruleY = pageHeight - 11;
  const textY = pageHeight - 6;
  doc
    .setDrawColor(...RULE)
    .setLineWidth(0.3)
    .line(margin.left, ruleY, right, ruleY);
  doc
    .setFont(FONT, 'normal')
    .setFontSize(8)
    .setTextColor(...MUTED);
  doc.text(frame.footerLeft, margin.left, textY);
  doc.text(pageLabel(page, total), right, textY, { align: 'right' });
  doc
    .setFont(FONT, 'bold')
    .setFontSize(10)
    .setTextColor(...INK);
  doc.text(frame.marking, pageWidth / 2, textY, { align: 'center' });
}

function drawWritingLines(data: CellHookData): void {
  if (data.section !== 'body') return;
  const { x, y, width, height } = data.cell;
  data.doc.setDrawColor(...WRITING_LINE).setLineWidth(0.15);
  for (let lineY = y + WRITING_LINE_GAP; lineY < y + height - 1.5; lineY += WRITING_LINE_GAP) {
    data.doc.line(x + 2, lineY, x + width - 2, lineY);
  }
}

/** Options every table shares: the embedded font, wrapping cells, margins clear of the frame. */
function tableBase(layout: NotificationLayout, top: number, startY: number): UserOptions {
  return {
    startY,
    margin: {
      top,
      left: layout.margin.left,
      right: layout.margin.right,
      bottom: layout.margin.bottom,
    },
    theme: 'grid',
    rowPageBreak: 'auto',
    styles: {
      font: FONT,
      fontStyle: 'normal',
      fontSize: layout.fontSize.body,
      overflow: 'linebreak',
      cellPadding: 1.8,
      valign: 'top',
      textColor: INK,
      lineColor: RULE,
      lineWidth: 0.2,
    },
    headStyles: {
      font: FONT,
      fontStyle: 'bold',
      fillColor: BRAND,
      textColor: 255,
      valign: 'middle',
    },
  };
}

function columnStyles(widths: readonly number[], extra: UserOptions['columnStyles'] = {}) {
  return Object.fromEntries(
    widths.map((cellWidth, index) => [index, { ...extra[index], cellWidth }]),
  );
}

/**
 * On a row continued from the previous page (jspdf-autotable gives its remainder the index -1), puts
 * the date and stage back with "(continued)", growing the row if they need more lines than are left.
 */
function repeatOnContinuedRow(layout: NotificationLayout) {
  return (data: CellHookData): void => {
    if (data.section !== 'body' || data.row.index !== -1 || data.column.index !== 0) return;
    const raw = data.row.raw as readonly string[];
    let height = data.row.height;
    for (const index of layout.repeatOnContinuation) {
      const cell = data.row.cells[index];
      if (!cell) continue;
      const width = cell.width - cell.padding('left') - cell.padding('right');
      data.doc.setFont(FONT, 'normal').setFontSize(layout.fontSize.body);
      cell.text = data.doc.splitTextToSize(continuedText(raw[index] ?? ''), width) as string[];
      const needed = cell.text.length * lineHeight(layout.fontSize.body) + cell.padding('vertical');
      height = Math.max(height, needed);
    }
    if (height === data.row.height) return;
    data.row.height = height;
    for (const cell of Object.values(data.row.cells)) cell.height = height;
  };
}

function tableOptions(model: NotificationModel, layout: NotificationLayout): UserOptions {
  const blank = model.blank;
  if (model.body.kind === 'table-row') {
    const empty = model.body.columns.map(() => '');
    return {
      head: [model.body.columns.map((column) => column.label)],
      body: blank
        ? layout.blankRowHeights.map(() => empty)
        : model.body.rows.map((row) => [...row]),
      showHead: 'everyPage',
      columnStyles: columnStyles(layout.columnWidths),
      bodyStyles: { minCellHeight: layout.blankRowHeights[0] ?? 0 },
      willDrawCell: repeatOnContinuedRow(layout),
      ...(blank ? { didDrawCell: drawWritingLines } : {}),
    };
  }
  const heights = layout.blankRowHeights;
  return {
    // A field's label and its box stay together: a row that fits on a page is never split (only a
    // value longer than a whole page runs on, with at least its first line beside the label).
    rowPageBreak: 'avoid',
    body: model.body.fields.map((field): RowInput => [field.label, field.value]),
    columnStyles: columnStyles(layout.columnWidths, {
      0: { fontStyle: 'bold', fillColor: LABEL_FILL },
    }),
    didParseCell: (data) => {
      const height = heights[data.row.index];
      if (height !== undefined) data.cell.styles.minCellHeight = height;
    },
    didDrawCell: (data) => {
      if (blank && data.column.index === 1) drawWritingLines(data);
    },
  };
}

/** Draws a table and returns the y just below it on its last page. */
function drawTable(doc: jsPDF, options: UserOptions): number {
  let finalY = 0;
  autoTable(doc, {
    ...options,
    didDrawPage: (data) => {
      finalY = data.cursor?.y ?? finalY;
    },
  });
  return finalY;
}

/** The warning that the policy does not ask for this form, boxed above the body. */
function drawNotice(doc: jsPDF, layout: NotificationLayout, top: number): number {
  const base = tableBase(layout, top, top);
  return drawTable(doc, {
    ...base,
    body: [[layout.notice ?? '']],
    styles: { ...base.styles, fontStyle: 'bold', fillColor: [255, 243, 205], lineColor: INK },
  });
}

function notesOptions(layout: NotificationLayout): UserOptions {
  return {
    head: [[{ content: 'Sending this form', colSpan: 2 }]],
    body: layout.notes.map((note): RowInput => [note.label, note.text]),
    theme: 'plain',
    showHead: 'firstPage',
    pageBreak: 'avoid',
    headStyles: { font: FONT, fontStyle: 'bold', textColor: BRAND, fontSize: 10, cellPadding: 1 },
    columnStyles: columnStyles(
      [45, layout.pageWidth - layout.margin.left - layout.margin.right - 45],
      {
        0: { fontStyle: 'bold', textColor: MUTED },
      },
    ),
  };
}

/**
 * Renders the notification (or blank form) as PDF bytes. Every page shows the title, the
 * partnership, the case reference, the protective marking at top and bottom, the date generated and
 * "Page X of Y". The metadata names only the document type, the partnership and the app.
 */
export function renderNotificationPdf(
  model: NotificationModel,
  fonts: NotificationFonts,
): Uint8Array<ArrayBuffer> {
  const layout = layoutNotification(model);
  const doc = new jsPDF({
    orientation: layout.orientation,
    unit: 'mm',
    format: 'a4',
    compress: true,
  });
  registerFonts(doc, fonts);
  doc.setProperties({
    title: NOTIFICATION_TITLE,
    subject: model.partnershipName,
    creator: 'Escalate',
  });
  doc.setLanguage('en-GB');
  doc.viewerPreferences({ DisplayDocTitle: true });
  embedNotificationData(doc, model);
  const header = measureHeader(doc, layout);
  const top = header.ruleY + 4;
  const bodyTop = layout.notice === null ? top : drawNotice(doc, layout, top) + 3;
  const afterBody = drawTable(doc, {
    ...tableBase(layout, top, bodyTop),
    ...tableOptions(model, layout),
  });
  const notesBase = tableBase(layout, top, afterBody + 6);
  drawTable(doc, {
    ...notesBase,
    ...notesOptions(layout),
    styles: { ...notesBase.styles, cellPadding: 1 },
  });
  const total = doc.getNumberOfPages();
  for (let page = 1; page <= total; page += 1) {
    doc.setPage(page);
    drawHeader(doc, layout, header);
    drawFooter(doc, layout, page, total);
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
