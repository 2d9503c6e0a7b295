// The anonymiser on the dev11 notes (test/fixtures/anonymiser/corpus-dev11-*.ts): 100 notes written
// by three writers who had read neither the recognisers, the blind notes, the other dev notes nor the
// quality notes, in new ground (sexual abuse within families and harmful sexual behaviour by
// siblings; parents who need help to parent; young people of 16 and 17 without a safe home;
// radicalisation, extremism and hate; children's homes and placements far from home). The floors sit
// just below their first score, before anyone tuned on them (dev11-first-score.json and
// docs/anonymiser-quality.md), so a change that loses ground on them fails here.
import { dev11Corpus } from '../../../test/fixtures/anonymiser/corpus-dev11';
import { describeQualityFloors } from '../../../test/fixtures/anonymiser/quality-floors';

describeQualityFloors('dev11', dev11Corpus, 100, {
  /**
   * Recall floors per type, just below the first score (names, dates of birth, schools, other
   * numbers, plates, handles and places just below the eighteenth round's).
   */
  recall: {
    name: 0.975,
    'date-of-birth': 0.99,
    'due-date': 0.98,
    address: 0.95,
    postcode: 0.98,
    'nhs-number': 0.98,
    upn: 0.98,
    'ni-number': 0.98,
    phone: 0.98,
    email: 0.98,
    school: 0.8,
    'other-number': 0.99,
    'vehicle-registration': 0.99,
    'social-media': 0.93,
    place: 0.78,
  },
  overallRecall: 0.92,
  redactionRecall: 0.967,
  precision: 0.93,
});
