// The anonymiser on the dev10 notes (test/fixtures/anonymiser/corpus-dev10-*.ts): 100 notes written
// by three writers who had read neither the recognisers, the blind notes, the other dev notes nor the
// quality notes, in new ground (early help and family life; the disagreement itself, written in the
// escalation record's own fields; medical complexity; online and technology; older adults and their
// carers). The floors sit just below their first score, before anyone tuned on them
// (dev10-first-score.json and docs/anonymiser-quality.md), so a change that loses ground on them
// fails here.
import { dev10Corpus } from '../../../test/fixtures/anonymiser/corpus-dev10';
import { describeQualityFloors } from '../../../test/fixtures/anonymiser/quality-floors';

describeQualityFloors('dev10', dev10Corpus, 100, {
  /**
   * Recall floors per type, just below the first score (other numbers and plates just below the
   * sixteenth round's; dates of birth, e-mail and other numbers just below the seventeenth's;
   * schools just below the eighteenth's).
   */
  recall: {
    name: 0.97,
    'date-of-birth': 0.99,
    'due-date': 0.98,
    address: 0.94,
    postcode: 0.98,
    'nhs-number': 0.98,
    upn: 0.98,
    'ni-number': 0.98,
    phone: 0.97,
    email: 0.99,
    school: 0.86,
    'other-number': 0.92,
    'vehicle-registration': 0.99,
    'social-media': 0.93,
    place: 0.71, // just below the seventeenth round's 0.718
  },
  overallRecall: 0.915,
  redactionRecall: 0.965,
  precision: 0.905,
});
