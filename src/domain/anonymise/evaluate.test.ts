import { describe, expect, it } from 'vitest';
import { formatMeasurement, measureAnonymiser, type EvaluationCase } from './evaluate';

const note = 'Kyle rang 07700 900462 on Monday about the Larkhill trip.';
const oneCase: EvaluationCase = {
  id: 'one',
  text: note,
  client: { child: { firstName: 'Jayden' } },
  gold: [
    { type: 'phone', start: 10, end: 22 },
    { type: 'school', start: 43, end: 51 },
  ],
};
const corpus = [oneCase];

describe('measureAnonymiser', () => {
  it('scores findings against gold spans by type and overlap', () => {
    const measurement = measureAnonymiser(corpus);
    expect(measurement.byType.phone).toEqual({
      truePositives: 1,
      falsePositives: 0,
      falseNegatives: 0,
      precision: 1,
      recall: 1,
    });
    expect(measurement.byType.school).toMatchObject({
      truePositives: 0,
      falseNegatives: 1,
      recall: 0,
    });
    expect(measurement.missed).toEqual([
      expect.objectContaining({ caseId: 'one', type: 'school', text: 'Larkhill' }),
    ]);
  });

  it('counts findings that hit no gold span as false positives', () => {
    const measurement = measureAnonymiser([{ ...oneCase, gold: [] }]);
    expect(measurement.overall.falsePositives).toBeGreaterThan(0);
    expect(measurement.overall.precision).toBe(0);
    expect(measurement.overall.recall).toBe(1);
  });

  it('counts a finding on an identifier of another type as a miss by type but not as wrongly hidden', () => {
    // The key calls the phone number another number: by type the phone finding is a false alarm
    // and the number a miss, but what was hidden is an identifier, so it is not wrongly hidden.
    const phoneOnly: EvaluationCase = {
      id: 'phone only',
      text: 'Mum rang from 07700 900462 on Monday.',
      client: { child: { firstName: 'Jayden' } },
      gold: [{ type: 'other-number', start: 14, end: 26 }],
    };
    const relabelled = measureAnonymiser([phoneOnly]);
    expect(relabelled.overall.precision).toBe(0);
    expect(relabelled.redactionRecall).toBe(1);
    expect(relabelled.redactionPrecision).toBe(1);
    // With no identifier in the key, the same finding hides what should stay.
    const nothingToHide = measureAnonymiser([{ ...phoneOnly, gold: [] }]);
    expect(nothingToHide.redactionPrecision).toBe(0);
  });

  it('prints a table with a row per type and an overall row', () => {
    const table = formatMeasurement(measureAnonymiser(corpus));
    expect(table).toMatch(/^type\s+TP\s+FP\s+FN\s+precision\s+recall/);
    expect(table).toMatch(/\nphone\s+1\s+0\s+0\s+1\.000\s+1\.000/);
    expect(table).toMatch(/\noverall\s+/);
    expect(table).toMatch(/\nredaction precision \(any type\): 0\.500$/);
  });
});
