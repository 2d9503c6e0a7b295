// The anonymiser on the dev8 notes (test/fixtures/anonymiser/corpus-dev8-*.ts): 100 notes written
// by three writers who had read neither the recognisers, the blind notes, the other dev notes nor the
// quality notes, in new ground (mental health and self-harm; peer-on-peer harm and contextual
// safeguarding; courts and legal process; community, faith and voluntary settings; records pasted
// from systems and unusual layouts). The floors sit just below their first score, before anyone
// tuned on them (dev8-first-score.json and docs/anonymiser-quality.md), raised in the fifteenth round
// to just below its figures for dates of birth, schools, other numbers and places, and in the
// sixteenth for schools and postcodes, so a change that loses ground on them fails here.
import { dev8Corpus } from '../../../test/fixtures/anonymiser/corpus-dev8';
import { describeQualityFloors } from '../../../test/fixtures/anonymiser/quality-floors';

describeQualityFloors('dev8', dev8Corpus, 100, {
  /** Recall floors per type, just below the first score or, where the fifteenth round raised it, just below that. */
  recall: {
    name: 0.947,
    'date-of-birth': 0.96,
    address: 0.98,
    postcode: 0.97,
    'nhs-number': 0.98,
    upn: 0.98,
    'ni-number': 0.98,
    phone: 0.98,
    email: 0.98,
    school: 0.93,
    'other-number': 0.94,
    'vehicle-registration': 0.99,
    'social-media': 0.92,
    place: 0.71,
  },
  overallRecall: 0.899,
  redactionRecall: 0.94,
  precision: 0.912,
});
