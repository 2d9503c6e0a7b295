// The anonymiser on the dev6 notes (test/fixtures/anonymiser/corpus-dev6-*.ts): 100 notes written
// by someone who had read neither the recognisers, the blind notes, the other dev notes nor the
// quality notes, in new ground (disabled children and SEND, housing and neighbourhoods, asylum-seeking
// and migrant families, allegations about adults in positions of trust, young adults and
// transitions). The floors sit just below their first score, before anyone tuned on them
// (dev6-first-score.json and docs/anonymiser-quality.md), precision raised to just below the figure
// after the tenth round (which did not tune on them) and again after the eleventh (names), name and
// overall recall raised after the twelfth (names missed), precision again after the thirteenth
// (services, brands and places taken for names), precision and place recall after the fourteenth
// (places typed by their slot), so a change that loses ground on them fails here.
import { dev6Corpus } from '../../../test/fixtures/anonymiser/corpus-dev6';
import { describeQualityFloors } from '../../../test/fixtures/anonymiser/quality-floors';

describeQualityFloors('dev6', dev6Corpus, 100, {
  /** Recall floors per type, just below the first score or, where a round moved it, below its figure. */
  recall: {
    name: 0.989,
    'date-of-birth': 0.98,
    'due-date': 0.98,
    address: 0.975,
    postcode: 0.98,
    'nhs-number': 0.98,
    upn: 0.98,
    'ni-number': 0.98,
    phone: 0.99,
    email: 0.98,
    school: 0.95,
    'other-number': 0.89,
    'vehicle-registration': 0.98,
    'social-media': 0.89,
    place: 0.84,
  },
  overallRecall: 0.957,
  redactionRecall: 0.965,
  precision: 0.965,
});
