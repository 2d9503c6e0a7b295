// The anonymiser on the dev15 notes (test/fixtures/anonymiser/corpus-dev15-*.ts): 100 notes written
// by three writers who had read neither the recognisers, the blind notes, the other dev notes nor the
// quality notes, in new ground (adoption and permanence; child deaths, serious incidents and
// bereavement; identity, belonging and rejection; animals, fire and danger at home; early years and
// childcare). The floors sit just below their first score, before anyone tuned on them
// (dev15-first-score.json and docs/anonymiser-quality.md), so a change that loses ground on them
// fails here.
import { dev15Corpus } from '../../../test/fixtures/anonymiser/corpus-dev15';
import { describeQualityFloors } from '../../../test/fixtures/anonymiser/quality-floors';

describeQualityFloors('dev15', dev15Corpus, 100, {
  /** Recall floors per type, just below the first score, raised after the twenty-second round tuned on
   * this set to just below its merged figures. */
  recall: {
    name: 0.97,
    'date-of-birth': 0.97,
    'due-date': 0.98,
    address: 0.94,
    postcode: 0.98,
    'nhs-number': 0.94,
    upn: 0.98,
    'ni-number': 0.98,
    phone: 0.98,
    email: 0.98,
    school: 0.95,
    'other-number': 0.9,
    'vehicle-registration': 0.96,
    'social-media': 0.83,
    place: 0.88,
  },
  overallRecall: 0.95,
  redactionRecall: 0.977,
  /** Raised in the sixteenth session to just below 0.947, once a pet's breed was no longer taken
   * for a name (./pet-breeds.ts). */
  precision: 0.946,
});
