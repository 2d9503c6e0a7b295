import { describe, expect, it } from 'vitest';
import { buildCaseFile } from '../domain/escalation/case-file';
import { builtInPacks } from '../domain/policy/built-in-packs';
import type { PolicyPack } from '../domain/policy/policy-pack';
import { extractPdf, readNotificationFonts } from '../../test/fixtures/notifications/pdf-text';
import {
  SAMPLE_SIBLING,
  sampleCaseFileInput,
} from '../../test/fixtures/notifications/sample-case-file';
import {
  FICTIONAL_CLIENT,
  sampleCaseRef,
} from '../../test/fixtures/notifications/sample-escalation';
import { renderCaseFilePdf } from './render-case-file';

const fonts = readNotificationFonts();

/** Each pack's case file, rendered and read back once for all the tests that look at it. */
const rendered = new Map<string, ReturnType<typeof extractPdf>>();
function caseFilePdf(pack: PolicyPack) {
  let pdf = rendered.get(pack.id);
  if (!pdf) {
    pdf = extractPdf(renderCaseFilePdf(buildCaseFile(sampleCaseFileInput(pack)), fonts));
    rendered.set(pack.id, pdf);
  }
  return pdf;
}

describe('case-file export PDF', () => {
  it('is A4, marked OFFICIAL-SENSITIVE and numbered "page X of Y" on every page', async () => {
    const pack = builtInPacks[0];
    if (!pack) throw new Error('no packs');
    const pdf = await caseFilePdf(pack);
    const total = pdf.pages.length;
    pdf.pages.forEach((text, index) => {
      expect(text).toContain('OFFICIAL-SENSITIVE');
      expect(text).toContain(`Page ${index + 1} of ${total}`);
    });
    expect(pdf.pageSizes.every(([w, h]) => w === 595 && h === 842)).toBe(true);
  });

  // One test per pack: each renders one PDF (about 2 s on a busy machine), not all five in one.
  it.each(builtInPacks.map((pack) => [pack.id, pack] as const))(
    'carries the whole record, not anonymised, under %s: client, amendment, stages, discussions, notifications, audit',
    async (_id, pack) => {
      const input = sampleCaseFileInput(pack);
      const text = (await caseFilePdf(pack)).pages.join(' ');
      expect(text).toContain(sampleCaseRef(pack.id));
      expect(text).toContain('Not anonymised');
      expect(text).toContain(`${FICTIONAL_CLIENT.firstName} ${FICTIONAL_CLIENT.lastName}`);
      expect(text).toContain(`Sibling added: ${SAMPLE_SIBLING}`);
      expect(text).toContain('Stages and due dates');
      expect(text).toContain(input.discussions[0]?.summary.slice(0, 30) ?? 'no discussion');
      expect(text).toContain('Notifications made and sent');
      expect(text).toContain('Client details amended');
    },
  );
});
