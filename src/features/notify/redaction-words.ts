// Plain-English words for the anonymiser's identifier types and confidence, for the review screen.
import type { Confidence, IdentifierType } from '../../domain/anonymise/anonymise';

const TYPE_WORDS: Record<IdentifierType, string> = {
  name: 'name',
  'date-of-birth': 'date of birth',
  'due-date': 'expected date of delivery',
  address: 'address',
  postcode: 'postcode',
  'nhs-number': 'NHS number',
  upn: 'unique pupil number',
  'ni-number': 'National Insurance number',
  phone: 'phone number',
  email: 'e-mail address',
  school: 'school',
  'other-number': 'identifying number',
  'vehicle-registration': 'vehicle registration',
  'social-media': 'social-media handle',
  place: 'place name',
};

/** "date of birth" for `date-of-birth`. */
export function identifierWords(type: IdentifierType): string {
  return TYPE_WORDS[type];
}

/** True for proposals the anonymiser is less sure of (they may be ordinary words). */
export function isLessCertain(confidence: Confidence): boolean {
  return confidence === 'low';
}
