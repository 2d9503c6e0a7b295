// Measured quality of the anonymiser on the synthetic corpus (test/fixtures/anonymiser): the floors
// are the bar in DESIGN.md §7 terms — measured, not assumed.
import { describe, expect, it } from 'vitest';
import { anonymiserCorpus } from '../../../test/fixtures/anonymiser/corpus';
import { anonymise } from './anonymise';
import { formatMeasurement, measureAnonymiser } from './evaluate';
import { identifierTypes } from './types';

const measurement = measureAnonymiser(anonymiserCorpus);

describe('anonymiser quality on the synthetic corpus', () => {
  it('is measured on at least 40 case notes', () => {
    expect(anonymiserCorpus.length).toBeGreaterThanOrEqual(40);
    console.info(`${anonymiserCorpus.length} case notes\n${formatMeasurement(measurement)}`);
    for (const miss of measurement.missed)
      console.info(`missed   ${miss.caseId} ${miss.type}: ${miss.context}`);
    for (const extra of measurement.spurious)
      console.info(`spurious ${extra.caseId} ${extra.type}: ${extra.context}`);
  });

  it('finds at least 95% of the identifiers of every type the corpus contains', () => {
    for (const type of identifierTypes) {
      const score = measurement.byType[type];
      if (score && score.truePositives + score.falseNegatives > 0)
        expect(score.recall, type).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('finds at least 95% of all identifiers, and redacts at least 95% whatever type it gives them', () => {
    expect(measurement.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(measurement.redactionRecall).toBeGreaterThanOrEqual(0.95);
  });

  it('changes nothing when run again on its own output for any corpus note', () => {
    for (const note of anonymiserCorpus) {
      const once = anonymise(note.text, note.client, note.context).text;
      expect(anonymise(once, note.client, note.context).text, note.id).toBe(once);
    }
  });

  it('is right at least 85% of the times it proposes a redaction', () => {
    expect(measurement.overall.precision).toBeGreaterThanOrEqual(0.85);
  });
});
