// Draws the partnership's acknowledgement to a referrer as a one-page A4 PDF with jsPDF, in the
// notification's embedded font. Loaded on demand through generate-acknowledgement.ts.
import { jsPDF } from 'jspdf';
import type { AcknowledgementModel } from '../domain/register/acknowledgement';
import { formatLongDate } from '../domain/notification/notification-wording';
import type { NotificationFonts } from './render-notification';

const FONT = 'DejaVuSans';
const MARGIN = 20;
const WIDTH = 210 - 2 * MARGIN;

function toBase64(bytes: Uint8Array | ArrayBuffer): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (let offset = 0; offset < view.length; offset += 0x8000) {
    binary += String.fromCharCode(...view.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

/** Renders the acknowledgement as PDF bytes; it names only the partnership and the case reference. */
export function renderAcknowledgementPdf(
  model: AcknowledgementModel,
  fonts: NotificationFonts,
): Uint8Array<ArrayBuffer> {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.addFileToVFS('DejaVuSans.ttf', toBase64(fonts.regular));
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', toBase64(fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  doc.setProperties({ title: model.title, subject: model.partnership, creator: 'Escalate' });
  doc.setLanguage('en-GB');
  doc.setFont(FONT, 'bold').setFontSize(10);
  doc.text(model.protectiveMarking, 105, 10, { align: 'center' });
  doc.text(model.protectiveMarking, 105, 290, { align: 'center' });
  let y = 25;
  const write = (text: string, size: number, style: 'normal' | 'bold', gap = 4) => {
    doc.setFont(FONT, style).setFontSize(size);
    const lines = doc.splitTextToSize(text, WIDTH) as string[];
    doc.text(lines, MARGIN, y, { lineHeightFactor: 1.3 });
    y += lines.length * size * 0.4583 + gap;
  };
  write(model.title, 16, 'bold');
  write(model.partnership, 11, 'normal');
  write(`Case reference: ${model.caseRef}`, 11, 'bold');
  write(`Date: ${formatLongDate(model.sentOn)}`, 11, 'normal', 8);
  for (const paragraph of model.paragraphs) write(paragraph, 11, 'normal');
  y += 2;
  write('Plan of action', 13, 'bold', 2);
  write(model.planOfAction, 11, 'normal');
  return new Uint8Array(doc.output('arraybuffer'));
}
