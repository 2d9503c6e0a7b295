// The anonymiser on the dev13 notes (test/fixtures/anonymiser/corpus-dev13-*.ts): 100 notes written
// by three writers who had read neither the recognisers, the blind notes, the other dev notes nor the
// quality notes, in new ground (pregnancy and babies; disabled young people turning 18; drugs and
// alcohol in the family; harm between pupils; public places and journeys). The floors sit just below
// their first score, before anyone tuned on them (dev13-first-score.json and
// docs/anonymiser-quality.md), so a change that loses ground on them fails here.
import { dev13Corpus } from '../../../test/fixtures/anonymiser/corpus-dev13';
import { describeQualityFloors } from '../../../test/fixtures/anonymiser/quality-floors';

describeQualityFloors('dev13', dev13Corpus, 100, {
  /** Recall floors per type, just below the first score; names, schools, other numbers, plates and
   * places just below round 20's, which tuned on this set. */
  recall: {
    name: 0.98,
    'date-of-birth': 0.98,
    'due-date': 0.98,
    address: 0.92,
    postcode: 0.98,
    'nhs-number': 0.98,
    upn: 0.98,
    'ni-number': 0.98,
    phone: 0.98,
    email: 0.98,
    school: 0.9,
    'other-number': 0.93,
    'vehicle-registration': 0.99,
    'social-media': 0.91,
    place: 0.77,
  },
  overallRecall: 0.91,
  redactionRecall: 0.949,
  precision: 0.92,
});
