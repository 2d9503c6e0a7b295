// Draws the case-file export of a record as an A4 PDF with jsPDF and jspdf-autotable, in the
// embedded DejaVu Sans font: OFFICIAL-SENSITIVE at the top and bottom of every page, and
// "Page X of Y". Loaded on demand only (see generate-case-file.ts).
import { jsPDF } from 'jspdf';
import { autoTable, type UserOptions } from 'jspdf-autotable';
import type { CaseFile, CaseFileSection } from '../domain/escalation/case-file';
import type { NotificationFonts } from './render-notification';

type Rgb = [number, number, number];

const FONT = 'DejaVuSans';
const INK: Rgb = [17, 24, 39];
const MUTED: Rgb = [75, 85, 99];
const LABEL_FILL: Rgb = [236, 241, 245];
const MARGIN = { top: 22, right: 15, bottom: 20, left: 15 };
const PAGE = { width: 210, height: 297 };

function toBase64(bytes: Uint8Array | ArrayBuffer): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (let offset = 0; offset < view.length; offset += 0x8000) {
    binary += String.fromCharCode(...view.subarray(offset, offset + 0x8000));
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

const TABLE_STYLE: Partial<UserOptions> = {
  margin: MARGIN,
  theme: 'grid',
  styles: { font: FONT, fontSize: 9, textColor: INK, cellPadding: 1.5, overflow: 'linebreak' },
  headStyles: { font: FONT, fontStyle: 'bold', fillColor: LABEL_FILL, textColor: INK },
  rowPageBreak: 'auto',
};

/** Where the last table ended, or `fallback` when none has been drawn. */
function lastY(doc: jsPDF, fallback: number): number {
  return (doc as jsPDF & { lastAutoTable?: { finalY: number } }).lastAutoTable?.finalY ?? fallback;
}

function heading(doc: jsPDF, text: string, y: number): number {
  let at = y + 6;
  if (at > PAGE.height - MARGIN.bottom - 15) {
    doc.addPage();
    at = MARGIN.top + 4;
  }
  doc
    .setFont(FONT, 'bold')
    .setFontSize(12)
    .setTextColor(...INK);
  doc.text(text, MARGIN.left, at);
  return at + 2;
}

function drawSection(doc: jsPDF, section: CaseFileSection, y: number): number {
  const start = heading(doc, section.heading, y);
  if (section.empty) {
    doc
      .setFont(FONT, 'normal')
      .setFontSize(10)
      .setTextColor(...MUTED);
    doc.text(section.empty, MARGIN.left, start + 5);
    return start + 7;
  }
  if (section.rows) {
    autoTable(doc, {
      ...TABLE_STYLE,
      startY: start + 1,
      body: section.rows,
      columnStyles: { 0: { cellWidth: 50, fontStyle: 'bold', fillColor: LABEL_FILL } },
    });
  }
  if (section.table) {
    autoTable(doc, {
      ...TABLE_STYLE,
      startY: section.rows ? lastY(doc, start) + 2 : start + 1,
      head: [section.table.columns],
      body: section.table.rows,
    });
  }
  return lastY(doc, start);
}

function drawFrames(doc: jsPDF, file: CaseFile): void {
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc
      .setFont(FONT, 'bold')
      .setFontSize(10)
      .setTextColor(...INK);
    doc.text(file.marking, PAGE.width / 2, 10, { align: 'center' });
    doc.text(file.marking, PAGE.width / 2, PAGE.height - 8, { align: 'center' });
    doc
      .setFont(FONT, 'normal')
      .setFontSize(8)
      .setTextColor(...MUTED);
    doc.text(`Escalation ${file.caseRef}`, MARGIN.left, PAGE.height - 12);
    doc.text(`Page ${page} of ${pages}`, PAGE.width - MARGIN.right, PAGE.height - 12, {
      align: 'right',
    });
  }
}

/** The case file as PDF bytes. */
export function renderCaseFilePdf(file: CaseFile, fonts: NotificationFonts): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  registerFonts(doc, fonts);
  doc.setProperties({ title: file.title, subject: file.marking, creator: 'Escalate' });
  doc.setLanguage('en-GB');
  doc
    .setFont(FONT, 'bold')
    .setFontSize(16)
    .setTextColor(...INK);
  doc.text(file.title, MARGIN.left, MARGIN.top);
  doc.setFont(FONT, 'normal').setFontSize(10);
  doc.text(file.partnership, MARGIN.left, MARGIN.top + 6);
  doc.setTextColor(...MUTED);
  doc.text(`Made ${file.madeAt} by ${file.madeBy}`, MARGIN.left, MARGIN.top + 11);
  doc.setFont(FONT, 'bold').setTextColor(...INK);
  const notice = doc.splitTextToSize(
    file.notice,
    PAGE.width - MARGIN.left - MARGIN.right,
  ) as string[];
  doc.text(notice, MARGIN.left, MARGIN.top + 17);
  let y = MARGIN.top + 17 + notice.length * 4.5;
  for (const section of file.sections) y = drawSection(doc, section, y);
  drawFrames(doc, file);
  return new Uint8Array(doc.output('arraybuffer'));
}
