import { beforeAll, describe, expect, it } from 'vitest';
import { builtInPacks, findBuiltInPack } from '../domain/policy/built-in-packs';
import type { PolicyPack } from '../domain/policy/policy-pack';
import {
  buildBlankFormModel,
  buildNotificationModel,
  freeTextFieldsForReview,
  NOTIFICATION_TITLE,
  type NotificationModel,
} from '../domain/notification/notification-model';
import {
  FICTIONAL_CLIENT,
  PROFESSIONALS,
  sampleCaseRef,
  SAMPLE_GENERATED_AT,
  sampleEscalation,
  simulatedReview,
  type SampleOptions,
} from '../../test/fixtures/notifications/sample-escalation';
import {
  extractPdf,
  extractPlacedText,
  readNotificationFonts,
  type ExtractedPdf,
} from '../../test/fixtures/notifications/pdf-text';
import { layoutNotification } from './notification-layout';
import { renderNotificationPdf } from './render-notification';

const fonts = readNotificationFonts();

function pack(id: string): PolicyPack {
  const found = findBuiltInPack(id);
  if (!found) throw new Error(`no built-in pack ${id}`);
  return found;
}

function filledModel(policy: PolicyPack, options: SampleOptions = {}): NotificationModel {
  const source = { ...sampleEscalation(policy, options), pack: policy };
  const reviewedText = simulatedReview(freeTextFieldsForReview(source));
  const result = buildNotificationModel({
    ...source,
    reviewedText,
    generatedAt: SAMPLE_GENERATED_AT,
  });
  if (!result.ok) throw new Error('the sample review is incomplete');
  return result.model;
}

async function render(model: NotificationModel): Promise<ExtractedPdf> {
  return extractPdf(renderNotificationPdf(model, fonts));
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

function expectFrameOnEveryPage(pdf: ExtractedPdf, model: NotificationModel): void {
  const total = pdf.pages.length;
  pdf.pages.forEach((text, index) => {
    expect(text).toContain(model.title);
    expect(text).toContain(model.partnershipName);
    expect(occurrences(text, 'OFFICIAL-SENSITIVE')).toBe(2);
    expect(text).toContain(`Page ${index + 1} of ${total}`);
    if (model.blank) {
      expect(text).toContain('Case reference: ___');
      expect(text).toContain('Date: ___');
    } else {
      expect(text).toContain(`Case reference: ${model.caseRef}`);
      expect(text).toContain('Generated 24 November 2026');
    }
  });
}

describe.each(builtInPacks.map((policy) => [policy.id, policy] as const))(
  'the %s notification',
  (_, policy) => {
    const filled = filledModel(policy);
    const blank = buildBlankFormModel(policy);
    let filledPdf: ExtractedPdf;
    let blankPdf: ExtractedPdf;
    beforeAll(async () => {
      [filledPdf, blankPdf] = await Promise.all([render(filled), render(blank)]);
    });

    it('carries the title, partnership, case reference, marking, date and page X of Y on every page', () => {
      expectFrameOnEveryPage(filledPdf, filled);
    });

    it('prints no client identifier, though the record’s own text names the client', () => {
      const text = filledPdf.pages.join(' ');
      for (const identifier of Object.values(FICTIONAL_CLIENT))
        expect(text).not.toContain(identifier);
      expect(text).toContain('[child]');
    });

    it('prints every field or column label of the pack’s form', () => {
      const text = filledPdf.pages.join(' ');
      for (const field of policy.notificationForm.fields) expect(text).toContain(field.label);
    });

    it('has a blank version with the same frame, every label and nothing from a record', () => {
      expectFrameOnEveryPage(blankPdf, blank);
      const text = blankPdf.pages.join(' ');
      for (const field of policy.notificationForm.fields) expect(text).toContain(field.label);
      expect(text).not.toContain(sampleCaseRef(policy.id));
      expect(text).not.toContain('Zoë');
    });

    it('keeps every identifier out of the metadata', () => {
      expect(filledPdf.info).toMatchObject({
        Title: NOTIFICATION_TITLE,
        Subject: policy.partnership.name,
        Creator: 'Escalate',
      });
      expect(filledPdf.info.Author ?? '').toBe('');
      expect(filledPdf.info.Keywords ?? '').toBe('');
      const metadata = JSON.stringify(filledPdf.info) + (filledPdf.xmpMetadata ?? '');
      const names = [sampleCaseRef(policy.id), ...Object.values(FICTIONAL_CLIENT)];
      for (const name of [...names, ...PROFESSIONALS.map((person) => person.name)]) {
        expect(metadata).not.toContain(name);
      }
    });
  },
);

describe('a long Wiltshire notification', () => {
  const model = filledModel(pack('wiltshire-scb-2013'), {
    stageCount: 4,
    discussionsPerStage: 3,
    long: true,
  });
  let pdf: ExtractedPdf;
  beforeAll(async () => {
    pdf = await render(model);
  });

  it('runs to ten pages or more, wrapping long cells across pages', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(10);
  });

  it('repeats the seven column headings on every page', () => {
    if (model.body.kind !== 'table-row') throw new Error('not a table');
    for (const text of pdf.pages) {
      for (const column of model.body.columns) expect(text).toContain(column.label);
    }
  });

  it('numbers every page out of the right total', () => {
    expectFrameOnEveryPage(pdf, model);
  });

  it('repeats the date and stage, with “(continued)”, on a row carried on to the next page', () => {
    const continued = pdf.pages.slice(1).filter((text) => text.includes('(continued)'));
    // Four stage rows can start on at most four pages; every other page continues a row.
    expect(continued.length).toBeGreaterThanOrEqual(pdf.pages.length - 1 - 4);
    for (const text of continued) {
      expect(text).toMatch(/\d{1,2} Nov 2026 \(continued\)/);
      expect(text).toMatch(/(Pre-escalation|Stage One|Stage Two|Stage Three) ?: .*\(continued\)/);
    }
    expect(pdf.pages[0]).not.toContain('(continued)');
  });
});

describe('a label never sits alone at the foot of a page', () => {
  const PAGE_BOTTOM_MM = 297 - 16;
  for (const id of ['south-tyneside-joint-2024', 'cambridgeshire-lscb-2013']) {
    it(`keeps each label of the blank ${id} form on the page with its whole writing box`, async () => {
      const model = buildBlankFormModel(pack(id));
      if (model.body.kind !== 'form') throw new Error('not a form');
      const pages = await extractPlacedText(renderNotificationPdf(model, fonts));
      const heights = layoutNotification(model).blankRowHeights;
      const placed = pages.flatMap((items, page) => items.map((item) => ({ ...item, page })));
      let from = 0;
      model.body.fields.forEach((field, index) => {
        const at = placed.findIndex(
          (item, position) =>
            position >= from && item.str.length > 3 && field.label.startsWith(item.str),
        );
        expect(at, field.label).toBeGreaterThanOrEqual(0);
        const label = placed[at];
        if (!label) return;
        from = at + 1;
        // The label's first line sits a few millimetres below the top of its box.
        expect(label.topMm - 5 + (heights[index] ?? 0), field.label).toBeLessThanOrEqual(
          PAGE_BOTTOM_MM,
        );
      });
      expect(pages.length).toBeGreaterThan(1);
    });
  }
});

describe('a notification the policy does not ask for', () => {
  it('prints its honest title and the warning at the top of the first page', async () => {
    const cambs = pack('cambridgeshire-lscb-2013');
    const sample = sampleEscalation(cambs, { stageCount: 2 });
    const source = {
      ...sample,
      escalation: { ...sample.escalation, status: 'resolved' as const },
      pack: cambs,
    };
    const result = buildNotificationModel({
      ...source,
      reviewedText: simulatedReview(freeTextFieldsForReview(source)),
      generatedAt: SAMPLE_GENERATED_AT,
    });
    if (!result.ok) throw new Error('the sample review is incomplete');
    const pdf = await render(result.model);
    expect(pdf.pages[0]).toContain('Summary of an escalation: not a notification the policy asks');
    expect(pdf.pages[0]).toContain('The policy does not ask for');
    for (const text of pdf.pages) {
      expect(text).toContain('Summary of an escalation: not a notification');
    }
  });
});

describe('text outside Latin-1', () => {
  it('extracts accented names, typographic quotes and dashes exactly', async () => {
    const pdf = await render(filledModel(pack('wiltshire-scb-2013')));
    const text = pdf.pages.join(' ');
    expect(text).toContain('Zoë Fairweather-Quill');
    expect(text).toContain('Siobhán Ó Briain');
    expect(text).toContain('Łukasz');
    expect(text).toContain('Wiśniewski-Pemberton');
    expect(text).toContain('“threshold”');
    expect(text).toContain('school disagrees – the bruising');
    expect(text).toContain('Children’s Services');
  });
});

describe('the document itself', () => {
  it('is A4 landscape for a table and portrait for a form, in British English', async () => {
    const table = await render(buildBlankFormModel(pack('wiltshire-scb-2013')));
    const formBytes = renderNotificationPdf(
      buildBlankFormModel(pack('lincolnshire-scb-2010')),
      fonts,
    );
    const form = await extractPdf(formBytes);
    expect(new Set(table.pageSizes.map(String))).toEqual(new Set(['842,595']));
    expect(new Set(form.pageSizes.map(String))).toEqual(new Set(['595,842']));
    expect(new TextDecoder('latin1').decode(formBytes)).toContain('/Lang (en-GB)');
  });
});
