import { describe, expect, it } from 'vitest';
import { builtInPacks, findBuiltInPack } from '../domain/policy/built-in-packs';
import {
  buildBlankFormModel,
  type NotificationModel,
} from '../domain/notification/notification-model';
import { layoutNotification, pageLabel } from './notification-layout';

function blankFor(id: string): NotificationModel {
  const pack = findBuiltInPack(id);
  if (!pack) throw new Error(`no built-in pack ${id}`);
  return buildBlankFormModel(pack);
}

describe('layoutNotification', () => {
  it('prints a table on A4 landscape and a form on A4 portrait', () => {
    expect(layoutNotification(blankFor('wiltshire-scb-2013'))).toMatchObject({
      orientation: 'landscape',
      pageWidth: 297,
      pageHeight: 210,
    });
    expect(layoutNotification(blankFor('south-tyneside-joint-2024'))).toMatchObject({
      orientation: 'portrait',
      pageWidth: 210,
      pageHeight: 297,
    });
  });

  it('shares the width between the margins among the columns, widest for the discussions', () => {
    for (const pack of builtInPacks) {
      const layout = layoutNotification(buildBlankFormModel(pack));
      const total = layout.columnWidths.reduce((sum, width) => sum + width, 0);
      expect(total).toBeCloseTo(layout.pageWidth - layout.margin.left - layout.margin.right, 6);
    }
    const wiltshire = layoutNotification(blankFor('wiltshire-scb-2013'));
    expect(Math.max(...wiltshire.columnWidths)).toBe(wiltshire.columnWidths[4]);
  });

  it('leaves room to write on a blank form and lines to fill in the reference and date', () => {
    const layout = layoutNotification(blankFor('cambridgeshire-lscb-2013'));
    expect(layout.blankRowHeights).toHaveLength(12);
    expect(Math.min(...layout.blankRowHeights)).toBeGreaterThanOrEqual(10);
    expect(layout.frame.caseRefLine).toMatch(/^Case reference: _+$/);
    expect(layout.frame.dateLine).toMatch(/^Date: _+$/);
  });

  it('tells the sender where the form goes, and explains a form the app designed', () => {
    const layout = layoutNotification(blankFor('wiltshire-scb-2013'));
    expect(layout.notes).toContainEqual({
      label: 'Send to',
      text: 'WSCB Business Support (WSCB administration) – LSCB@wiltshire.gov.uk',
    });
    const lincolnshire = layoutNotification(blankFor('lincolnshire-scb-2010'));
    expect(lincolnshire.notes.map((note) => note.label)).toContain('About this form');
  });
});

describe('pageLabel', () => {
  it('numbers a page out of the total', () => {
    expect(pageLabel(3, 10)).toBe('Page 3 of 10');
  });
});
