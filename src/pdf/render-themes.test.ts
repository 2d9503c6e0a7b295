import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../domain/calendar/iso-date';
import { entryFromNotification } from '../domain/register/register-entry';
import { testNotificationData } from '../domain/register/register-test-data';
import { buildThemesReport } from '../domain/register/themes';
import { extractPdf, readNotificationFonts } from '../../test/fixtures/notifications/pdf-text';
import { renderThemesPdf } from './render-themes';

describe('themes report PDF', () => {
  it('prints every table with its summary and numbers on numbered A4 pages', async () => {
    const items = Array.from({ length: 40 }, (_, index) => {
      const entry = entryFromNotification(
        `e${index}`,
        testNotificationData(`ESC-${index}`, undefined, {
          workingDaysToResolution: index,
          receivingAgencyTypes: index % 2 ? ['police'] : ['health'],
          resolvedHow: index % 3 ? 'agreement' : 'senior-decision',
        }),
        `h${index}`,
        `2026-0${4 + (index % 6)}-1${index % 9}` as IsoDate,
      );
      return { ...entry, status: 'received', acknowledgedOn: null };
    });
    const report = buildThemesReport(items, {
      from: '2026-04-01' as IsoDate,
      to: '2026-09-30' as IsoDate,
    });
    const pdf = await extractPdf(
      renderThemesPdf(report, 'Northshire Partnership', readNotificationFonts()),
    );
    const text = pdf.pages.join(' ');
    for (const table of report.tables) {
      expect(text).toContain(table.title);
      expect(text.replace(/\s+/g, ' ')).toContain(table.summary.split(' ').slice(0, 4).join(' '));
    }
    expect(text).toContain('40 notifications received');
    // How they were resolved is counted, row by row.
    expect(text).toContain('Resolved by agreement between the agencies');
    expect(text).toContain('Resolved by a senior manager’s decision');
    pdf.pageSizes.forEach((size) => expect(size).toEqual([595, 842]));
    pdf.pages.forEach((page, index) =>
      expect(page).toContain(`Page ${index + 1} of ${pdf.pages.length}`),
    );
    // Rendering with the embedded font takes several seconds on a busy machine.
  }, 20_000);

  it('titles a half-year still running with its counts so far', async () => {
    const report = buildThemesReport([], {
      from: '2026-10-01' as IsoDate,
      to: '2027-03-31' as IsoDate,
    });
    const pdf = await extractPdf(
      renderThemesPdf(
        report,
        'Northshire Partnership',
        readNotificationFonts(),
        'October 2026 to March 2027 (so far)',
      ),
    );
    expect(pdf.pages[0]).toContain('Escalation themes: October 2026 to March 2027 (so far)');
  }, 20_000);

  it('prints the same summary as the page when categories share the top count', async () => {
    const items = (['levels-of-need', 'communication'] as const).map((theme, index) => {
      const entry = entryFromNotification(
        `t${index}`,
        testNotificationData(`ESC-T${index}`, undefined, { about: [theme] }),
        `ht${index}`,
        '2026-04-10' as IsoDate,
      );
      return { ...entry, status: 'received' as const, acknowledgedOn: null };
    });
    const report = buildThemesReport(items, {
      from: '2026-04-01' as IsoDate,
      to: '2026-09-30' as IsoDate,
    });
    const pdf = await extractPdf(
      renderThemesPdf(report, 'Northshire Partnership', readNotificationFonts()),
    );
    expect(pdf.pages.join(' ').replace(/\s+/g, ' ')).toContain(
      'All the categories in this period’s notifications were equally common: Levels of need or thresholds and Communication, with 1 notification each, up from 0 each in the previous period.',
    );
  }, 20_000);
});
