// The anonymiser on the dev12 notes (test/fixtures/anonymiser/corpus-dev12-*.ts): 100 notes written
// by three writers who had read neither the recognisers, the blind notes, the other dev notes nor the
// quality notes, in new ground (children out of sight of school; clubs, sport and activities; men in
// the household and fathers; travel, borders and honour-based abuse; nights and weekends). The floors
// sit just below their first score, before anyone tuned on them (dev12-first-score.json and
// docs/anonymiser-quality.md), so a change that loses ground on them fails here.
import { dev12Corpus } from '../../../test/fixtures/anonymiser/corpus-dev12';
import { describeQualityFloors } from '../../../test/fixtures/anonymiser/quality-floors';

describeQualityFloors('dev12', dev12Corpus, 100, {
  /**
   * Recall floors per type, just below the first score (names just below the eighteenth round's;
   * places, addresses, schools and other numbers just below the nineteenth's).
   */
  recall: {
    name: 0.965,
    'date-of-birth': 0.98,
    'due-date': 0.98,
    address: 0.975,
    postcode: 0.98,
    'nhs-number': 0.98,
    upn: 0.98,
    phone: 0.98,
    email: 0.98,
    school: 0.93,
    'other-number': 0.94,
    'vehicle-registration': 0.96,
    'social-media': 0.94,
    place: 0.85,
  },
  overallRecall: 0.92,
  redactionRecall: 0.958,
  precision: 0.94,
});
