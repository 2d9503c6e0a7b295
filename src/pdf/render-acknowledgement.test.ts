import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../domain/calendar/iso-date';
import { acknowledgementOf } from '../domain/register/acknowledgement';
import { readNotificationPacket } from '../domain/register/notification-packet';
import { entryFromNotification } from '../domain/register/register-entry';
import { testNotificationData } from '../domain/register/register-test-data';
import { extractPdf, readNotificationFonts } from '../../test/fixtures/notifications/pdf-text';
import { renderAcknowledgementPdf } from './render-acknowledgement';

describe('acknowledgement PDF', () => {
  it('prints the receipt and the plan of action on one A4 page, marked at top and bottom', async () => {
    const entry = entryFromNotification(
      'e',
      testNotificationData('ESC-AAAA-0001'),
      'h',
      '2026-05-11' as IsoDate,
    );
    const planned = {
      ...entry,
      partnership: { ...entry.partnership, planOfAction: 'Multi-agency audit by 30 June.' },
    };
    const bytes = renderAcknowledgementPdf(
      acknowledgementOf(planned, '2026-05-12' as IsoDate),
      readNotificationFonts(),
    );
    const pdf = await extractPdf(bytes);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pageSizes[0]).toEqual([595, 842]);
    const [text = ''] = pdf.pages;
    expect(text).toContain('Case reference: ESC-AAAA-0001');
    expect(text).toContain('on 11 May 2026');
    expect(text).toContain('Multi-agency audit by 30 June.');
    expect(text.split('OFFICIAL-SENSITIVE')).toHaveLength(3);
    expect(text).not.toContain('bruise');
    expect(readNotificationPacket(bytes)).toEqual({ ok: false, error: 'not-escalate' });
  });
});
