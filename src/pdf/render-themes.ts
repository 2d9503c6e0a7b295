// Draws the six-monthly themes report as an A4 PDF for the partnership's sub-group: for each table
// a heading, its one-sentence summary, a greyscale bar chart and the data table.
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { periodLabel, type ThemesReport, type ThemeTable } from '../domain/register/themes';
import type { NotificationFonts } from './render-notification';
import { countOf } from '../domain/plural';

const FONT = 'DejaVuSans';
const MARGIN = 15;
const PAGE_HEIGHT = 297;
const WIDTH = 210 - 2 * MARGIN;
const LABEL_WIDTH = 70;
const BAR_WIDTH = WIDTH - LABEL_WIDTH - 15;

function toBase64(bytes: Uint8Array | ArrayBuffer): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (let offset = 0; offset < view.length; offset += 0x8000) {
    binary += String.fromCharCode(...view.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

function ensureRoom(doc: jsPDF, y: number, needed: number): number {
  if (y + needed <= PAGE_HEIGHT - 20) return y;
  doc.addPage();
  return 20;
}

/** Bars: this period solid black-blue, the previous outlined grey; every bar labelled. */
function drawBars(doc: jsPDF, table: ThemeTable, top: number): number {
  const withPrevious = table.id !== 'months';
  const max = Math.max(
    1,
    ...table.rows.flatMap((row) => [row.count, withPrevious ? row.previous : 0]),
  );
  const rowHeight = withPrevious ? 7 : 5;
  let y = top;
  doc.setFontSize(8);
  for (const row of table.rows) {
    const label = doc.splitTextToSize(row.label, LABEL_WIDTH - 3)[0] as string;
    doc.setTextColor(17, 24, 39).text(label, MARGIN + LABEL_WIDTH - 3, y + 3, { align: 'right' });
    const width = (row.count / max) * BAR_WIDTH;
    doc.setFillColor(29, 59, 83).rect(MARGIN + LABEL_WIDTH, y, Math.max(width, 0.1), 3.2, 'F');
    doc.text(String(row.count), MARGIN + LABEL_WIDTH + width + 1.5, y + 2.8);
    if (withPrevious) {
      const previous = (row.previous / max) * BAR_WIDTH;
      doc.setDrawColor(75, 85, 99).setLineWidth(0.3);
      doc.rect(MARGIN + LABEL_WIDTH, y + 3.6, Math.max(previous, 0.1), 2.2, 'S');
      doc
        .setTextColor(75, 85, 99)
        .text(String(row.previous), MARGIN + LABEL_WIDTH + previous + 1.5, y + 5.8);
    }
    y += rowHeight;
  }
  return y + 2;
}

function drawSection(
  doc: jsPDF,
  report: ThemesReport,
  table: ThemeTable,
  start: number,
  periodName: string,
): number {
  const withPrevious = table.id !== 'months';
  const chartHeight = table.rows.length * (withPrevious ? 7 : 5) + 4;
  let y = ensureRoom(doc, start, 22 + chartHeight);
  doc.setFont(FONT, 'bold').setFontSize(12).setTextColor(17, 24, 39).text(table.title, MARGIN, y);
  y += 5;
  doc.setFont(FONT, 'normal').setFontSize(9);
  const summary = doc.splitTextToSize(table.summary, WIDTH) as string[];
  doc.text(summary, MARGIN, y, { lineHeightFactor: 1.3 });
  y += summary.length * 4.2 + 2;
  if (table.rows.length > 0) y = drawBars(doc, table, y);
  let end = y;
  autoTable(doc, {
    startY: y,
    margin: { left: MARGIN, right: MARGIN, top: 20, bottom: 20 },
    theme: 'grid',
    styles: {
      font: FONT,
      fontSize: 8,
      textColor: [17, 24, 39],
      lineColor: [140, 140, 140],
      lineWidth: 0.2,
    },
    headStyles: {
      font: FONT,
      fontStyle: 'bold',
      fillColor: [236, 241, 245],
      textColor: [17, 24, 39],
    },
    head: [[table.rowHeading, periodName, ...(withPrevious ? [periodLabel(report.previous)] : [])]],
    body: table.rows.map((row) => [
      row.label,
      String(row.count),
      ...(withPrevious ? [String(row.previous)] : []),
    ]),
    columnStyles: { 1: { halign: 'right' }, 2: { halign: 'right' } },
    didDrawPage: (data) => {
      end = data.cursor?.y ?? end;
    },
  });
  return end + 8;
}

/** Renders the themes report as PDF bytes: A4 portrait, marked, paged, greyscale-safe. */
export function renderThemesPdf(
  report: ThemesReport,
  partnership: string,
  fonts: NotificationFonts,
  /** The period's name: "October 2026 to March 2027 (so far)" for a half-year in progress. */
  periodName = periodLabel(report.period),
): Uint8Array<ArrayBuffer> {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.addFileToVFS('DejaVuSans.ttf', toBase64(fonts.regular));
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', toBase64(fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  const title = `Escalation themes: ${periodName}`;
  doc.setProperties({ title, subject: partnership, creator: 'Escalate' });
  doc.setLanguage('en-GB');
  doc.setFont(FONT, 'bold').setFontSize(16).text(title, MARGIN, 22);
  doc.setFont(FONT, 'normal').setFontSize(10);
  const intro = doc.splitTextToSize(
    `${partnership}. ${countOf(report.total, 'notification')} received, against ${report.previousTotal} in ${periodLabel(report.previous)}. Solid bars: this period; outlined bars: the previous period.`,
    WIDTH,
  ) as string[];
  doc.text(intro, MARGIN, 30, { lineHeightFactor: 1.3 });
  let y = 32 + intro.length * 4.6 + 4;
  for (const table of report.tables) y = drawSection(doc, report, table, y, periodName);
  const total = doc.getNumberOfPages();
  for (let page = 1; page <= total; page += 1) {
    doc.setPage(page);
    doc.setFont(FONT, 'bold').setFontSize(9).setTextColor(17, 24, 39);
    doc.text('OFFICIAL', 105, 9, { align: 'center' });
    doc.setFont(FONT, 'normal').setFontSize(8).setTextColor(75, 85, 99);
    doc.text(title, MARGIN, PAGE_HEIGHT - 8);
    doc.text(`Page ${page} of ${total}`, 210 - MARGIN, PAGE_HEIGHT - 8, { align: 'right' });
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
