// The anonymiser on the dev9 notes (test/fixtures/anonymiser/corpus-dev9-*.ts): 100 notes written
// by three writers who had read neither the recognisers, the blind notes, the other dev notes nor the
// quality notes, in new ground (emergency and out-of-hours services; serious injury and child
// deaths; travel and transport; money and work; voices and Englishes). The floors sit just below
// their first score, before anyone tuned on them (dev9-first-score.json and
// docs/anonymiser-quality.md), or just below the sixteenth round's figure for the number, phone,
// date-of-birth, plate and social-media types it moved, so a change that loses ground fails here.
import { dev9Corpus } from '../../../test/fixtures/anonymiser/corpus-dev9';
import { describeQualityFloors } from '../../../test/fixtures/anonymiser/quality-floors';

describeQualityFloors('dev9', dev9Corpus, 100, {
  /** Recall floors per type, just below the first score; address, postcode and school just below the sixteenth round's. */
  recall: {
    name: 0.975,
    'date-of-birth': 0.99,
    'due-date': 0.98,
    address: 0.98,
    postcode: 0.99,
    'nhs-number': 0.98,
    upn: 0.98,
    'ni-number': 0.98,
    phone: 0.99,
    email: 0.98,
    school: 0.99,
    'other-number': 0.98,
    'vehicle-registration': 0.99,
    'social-media': 0.99,
    place: 0.72,
  },
  overallRecall: 0.905,
  redactionRecall: 0.945,
  precision: 0.905,
});
