// The notification PDF carries its own data: what it prints after review, checked on the way in.
import { describe, expect, it } from 'vitest';
import { findBuiltInPack } from '../domain/policy/built-in-packs';
import type { PolicyPack } from '../domain/policy/policy-pack';
import {
  buildBlankFormModel,
  buildNotificationModel,
  freeTextFieldsForReview,
  type NotificationModel,
} from '../domain/notification/notification-model';
import { notificationDataOf, NOTIFICATION_DATA_FORMAT } from '../domain/register/notification-data';
import {
  MAX_NOTIFICATION_FILE_BYTES,
  readNotificationPacket,
} from '../domain/register/notification-packet';
import {
  FICTIONAL_CLIENT,
  SAMPLE_CASE_REF,
  SAMPLE_GENERATED_AT,
  sampleEscalation,
  simulatedReview,
} from '../../test/fixtures/notifications/sample-escalation';
import { extractPdf, readNotificationFonts } from '../../test/fixtures/notifications/pdf-text';
import { renderNotificationPdf } from './render-notification';

const fonts = readNotificationFonts();

function pack(id: string): PolicyPack {
  const found = findBuiltInPack(id);
  if (!found) throw new Error(`no built-in pack ${id}`);
  return found;
}

function filledModel(policy: PolicyPack): NotificationModel {
  const source = { ...sampleEscalation(policy), pack: policy };
  const result = buildNotificationModel({
    ...source,
    reviewedText: simulatedReview(freeTextFieldsForReview(source)),
    generatedAt: SAMPLE_GENERATED_AT,
  });
  if (!result.ok) throw new Error('the sample review is incomplete');
  return result.model;
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const bytesOf = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('notification data in the PDF', () => {
  const model = filledModel(pack('south-tyneside-joint-2024'));
  const pdf = renderNotificationPdf(model, fonts);

  it('reads back exactly what the notification prints, with its theme fields', () => {
    const read = readNotificationPacket(pdf);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.data).toEqual(notificationDataOf(model));
    expect(read.value.data.format).toBe(NOTIFICATION_DATA_FORMAT);
    expect(read.value.data.notification.caseRef).toBe(SAMPLE_CASE_REF);
    expect(read.value.data.themes.raisingAgencyType).toBeDefined();
    expect(read.value.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is metadata a standard PDF reader parses as XMP, keeping the document’s title', async () => {
    const extracted = await extractPdf(pdf);
    expect(extracted.xmpMetadata).toContain('escalate-notification-data');
    expect(extracted.info['Title']).toBe('Notification of an Escalation');
  });

  it('carries none of the client details the review hid', () => {
    const read = readNotificationPacket(pdf);
    if (!read.ok) throw new Error(read.error);
    const json = JSON.stringify(read.value.data);
    for (const detail of Object.values(FICTIONAL_CLIENT)) expect(json).not.toContain(detail);
  });

  it('round-trips a form-layout pack too', () => {
    const formModel = filledModel(pack('wiltshire-scb-2013'));
    const read = readNotificationPacket(renderNotificationPdf(formModel, fonts));
    if (!read.ok) throw new Error(read.error);
    expect(read.value.data).toEqual(notificationDataOf(formModel));
  });

  it('refuses data altered after the PDF was made', () => {
    const text = latin1(pdf);
    const start = text.indexOf('<escalate:data>') + '<escalate:data>'.length + 40;
    const swapped = text[start] === 'A' ? 'B' : 'A';
    const altered = text.slice(0, start) + swapped + text.slice(start + 1);
    expect(readNotificationPacket(bytesOf(altered))).toEqual({ ok: false, error: 'altered' });
  });

  it('refuses a notification a PDF editor has appended changes to', () => {
    const appended = `${latin1(pdf)}\n1 0 obj\n<< >>\nendobj\n%%EOF\n`;
    expect(readNotificationPacket(bytesOf(appended))).toEqual({ ok: false, error: 'altered' });
  });

  it('refuses a foreign PDF and a blank form as not an Escalate notification', () => {
    const blank = renderNotificationPdf(buildBlankFormModel(pack('wiltshire-scb-2013')), fonts);
    expect(readNotificationPacket(blank)).toEqual({ ok: false, error: 'not-escalate' });
    const foreign = bytesOf('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
    expect(readNotificationPacket(foreign)).toEqual({ ok: false, error: 'not-escalate' });
    expect(readNotificationPacket(bytesOf('name,case\nA,B\n'))).toEqual({
      ok: false,
      error: 'not-escalate',
    });
  });

  it('refuses a version it does not know', () => {
    const newer = latin1(pdf).replace(
      '<escalate:version>2</escalate:version>',
      '<escalate:version>3</escalate:version>',
    );
    expect(readNotificationPacket(bytesOf(newer))).toEqual({
      ok: false,
      error: 'unknown-version',
    });
  });

  it('refuses a truncated file as damaged', () => {
    const truncated = pdf.subarray(0, pdf.length - 200);
    expect(readNotificationPacket(truncated)).toEqual({ ok: false, error: 'damaged' });
  });

  it('refuses a file that is too large before reading it', () => {
    const huge = new Uint8Array(MAX_NOTIFICATION_FILE_BYTES + 1);
    expect(readNotificationPacket(huge)).toEqual({ ok: false, error: 'too-large' });
  });
});
