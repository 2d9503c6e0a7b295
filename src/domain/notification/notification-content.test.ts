// The schema of a prepared notification's sealed content accepts everything the app writes (built
// here through the same functions "Prepare notification" uses, for every built-in pack) and
// refuses content that would break the pages that show it.
import { describe, expect, it } from 'vitest';
import { sampleNotificationModel } from '../../../test/fixtures/notifications/sample-notification';
import {
  FICTIONAL_CLIENT,
  PROFESSIONALS,
  SAMPLE_GENERATED_AT,
  sampleEscalation,
} from '../../../test/fixtures/notifications/sample-escalation';
import type { IsoDate, IsoDateTime } from '../calendar/iso-date';
import { builtInPacks } from '../policy/built-in-packs';
import { NO_CASE_TERMS } from '../redaction/case-terms';
import { createProposer } from '../redaction/proposals';
import { hideSpans, printedReview } from '../redaction/review-rules';
import { reviewViews } from '../redaction/review-views';
import { notificationContentSchema, type NotificationContent } from './notification-content';
import { buildBlankFormModel, freeTextFieldsForReview } from './notification-model';

const AT = SAMPLE_GENERATED_AT;
const LATER = '2026-11-25T09:30:00.000Z' as IsoDateTime;

/** The content "Prepare notification" seals, then every kind of event the ledger appends. */
function contentFor(pack: (typeof builtInPacks)[number]): NotificationContent {
  const source = { ...sampleEscalation(pack), pack };
  const items = freeTextFieldsForReview(source);
  const propose = createProposer(
    { child: { firstName: FICTIONAL_CLIENT.firstName, lastName: FICTIONAL_CLIENT.lastName } },
    PROFESSIONALS,
  );
  const first = reviewViews(items, {}, propose, NO_CASE_TERMS);
  // A span the user hid themselves, as the review screen adds it.
  const [view] = first.views;
  const fields = view ? { [view.item.key]: hideSpans(view.field, [{ start: 0, end: 3 }]) } : {};
  const { views, terms } = reviewViews(items, fields, propose, NO_CASE_TERMS);
  const model = sampleNotificationModel(pack);
  return {
    caseRef: source.escalation.caseRef,
    packId: pack.id,
    packVersion: pack.version,
    recordRevision: source.escalation.revision,
    fileName: `notification-${source.escalation.caseRef}-2026-11-24.pdf`,
    reviewedAt: AT,
    review: printedReview(views, terms),
    model,
    events: [
      { type: 'generated', at: AT },
      { type: 'shared', at: AT },
      { type: 'downloaded', at: AT },
      { type: 'printed', at: AT },
      { type: 'emailed', at: AT },
      {
        type: 'sent',
        at: LATER,
        channel: 'secure-email',
        recipient: 'Partnership business unit',
        sentOn: '2026-11-25' as IsoDate,
      },
      { type: 'receipt-confirmed', at: LATER },
    ],
  };
}

describe('a prepared notification’s content', () => {
  it.each(builtInPacks.map((pack) => [pack.id, pack] as const))(
    'accepts what the app writes for a filled notification under %s',
    (_id, pack) => {
      const content = contentFor(pack);
      // The test is only worth something if the content is the full kind: reviewed, with themes.
      expect(Object.values(content.review).some((field) => field.decisions.length > 0)).toBe(true);
      expect(content.model.themes).toBeDefined();
      const parsed = notificationContentSchema().safeParse(content);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data).toEqual(content);
    },
  );

  it('accepts a blank form’s content (no case reference, no date, no themes)', () => {
    const pack = builtInPacks[0];
    if (!pack) throw new Error('no built-in pack');
    const content = { ...contentFor(pack), model: buildBlankFormModel(pack) };
    expect(notificationContentSchema().safeParse(content).success).toBe(true);
  });

  it('refuses content that would break the ledger or the file made again', () => {
    const pack = builtInPacks[0];
    if (!pack) throw new Error('no built-in pack');
    const good = contentFor(pack);
    const bad: unknown[] = [
      null,
      'a string',
      { ...good, events: 'generated' },
      { ...good, events: [{ type: 'posted-by-pigeon', at: AT }] },
      { ...good, events: [{ type: 'sent', at: 'yesterday' }] },
      { ...good, model: { ...good.model, body: { kind: 'poster' } } },
      { ...good, model: undefined },
      { ...good, review: { field: { label: 'x', source: 'y', final: 'z' } } },
      { ...good, fileName: 42 },
      { ...good, extra: true },
    ];
    for (const value of bad) {
      expect(notificationContentSchema().safeParse(value).success, JSON.stringify(value)).toBe(
        false,
      );
    }
  });
});
