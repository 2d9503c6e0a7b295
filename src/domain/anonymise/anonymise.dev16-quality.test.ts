// The anonymiser on the dev16 notes (test/fixtures/anonymiser/corpus-dev16-*.ts): 100 notes written
// by three writers who had read neither the recognisers, the blind notes, the other dev notes nor the
// quality notes, in new ground (teenage relationship abuse and stalking; children in entertainment
// and the influencer economy; modern slavery and trafficking; children in custody and youth justice;
// travelling and seasonal lives). The floors sit just below their first score, before anyone tuned
// on them (dev16-first-score.json and docs/anonymiser-quality.md), so a change that loses ground on
// them fails here.
import { dev16Corpus } from '../../../test/fixtures/anonymiser/corpus-dev16';
import { describeQualityFloors } from '../../../test/fixtures/anonymiser/quality-floors';

describeQualityFloors('dev16', dev16Corpus, 100, {
  /** Recall floors per type, just below the first score. */
  recall: {
    name: 0.97,
    'date-of-birth': 0.92,
    'due-date': 0.98,
    address: 0.9,
    postcode: 0.98,
    'nhs-number': 0.98,
    upn: 0.98,
    'ni-number': 0.98,
    phone: 0.98,
    email: 0.98,
    school: 0.91,
    'other-number': 0.74,
    'vehicle-registration': 0.94,
    'social-media': 0.87,
    place: 0.73,
  },
  overallRecall: 0.91,
  redactionRecall: 0.959,
  precision: 0.92,
});
