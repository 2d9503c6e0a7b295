// The anonymiser on the dev14 notes (test/fixtures/anonymiser/corpus-dev14-*.ts): 100 notes written
// by three writers who had read neither the recognisers, the blind notes, the other dev notes nor the
// quality notes, in new ground (private fostering and kinship care; health and medical neglect;
// online harm; neglect and home conditions; Scotland, Wales and Northern Ireland). The floors sit
// just below their first score, before anyone tuned on them (dev14-first-score.json and
// docs/anonymiser-quality.md), so a change that loses ground on them fails here.
import { dev14Corpus } from '../../../test/fixtures/anonymiser/corpus-dev14';
import { describeQualityFloors } from '../../../test/fixtures/anonymiser/quality-floors';

describeQualityFloors('dev14', dev14Corpus, 100, {
  /** Recall floors per type, just below the first score, raised after the twenty-first round tuned on
   * this set to just below its merged figures. */
  recall: {
    name: 0.97,
    'date-of-birth': 0.96,
    'due-date': 0.98,
    address: 0.96,
    postcode: 0.98,
    'nhs-number': 0.98,
    upn: 0.98,
    'ni-number': 0.98,
    phone: 0.98,
    email: 0.88,
    school: 0.91,
    'other-number': 0.94,
    'vehicle-registration': 0.99,
    'social-media': 0.79,
    place: 0.82,
  },
  overallRecall: 0.94,
  redactionRecall: 0.975,
  precision: 0.93,
});
