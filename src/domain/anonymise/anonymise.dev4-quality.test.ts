// The anonymiser on the dev4 notes (test/fixtures/anonymiser/corpus-dev4-*.ts): 100 notes written
// by someone who had read neither the recognisers, the blind notes, the other dev notes' answer keys
// nor the quality notes. The floors sit just below their first score, before anyone tuned on them
// (dev4-first-score.json and docs/anonymiser-quality.md), raised to just below the figures after the
// eighth round (nobody tuned on these notes) and after the ninth (names, schools and handles, and
// places, dates and numbers, both tuned on them), precision after the fourteenth (places typed by
// their slot), so a change that loses ground on them fails here.
import { dev4Corpus } from '../../../test/fixtures/anonymiser/corpus-dev4';
import { describeQualityFloors } from '../../../test/fixtures/anonymiser/quality-floors';

describeQualityFloors('dev4', dev4Corpus, 100, {
  /** Recall floors per type, each just below the first score or, where a later round raised it, below that. */
  recall: {
    name: 0.972,
    'date-of-birth': 0.99,
    'due-date': 0.98,
    address: 0.98,
    postcode: 0.98,
    'nhs-number': 0.98,
    upn: 0.98,
    'ni-number': 0.98,
    phone: 0.99,
    email: 0.98,
    school: 0.9,
    'other-number': 0.99,
    'vehicle-registration': 0.99,
    'social-media': 0.99,
    place: 0.96,
  },
  overallRecall: 0.975,
  redactionRecall: 0.984,
  precision: 0.973,
});
