// Anonymous case references such as ESC-7KQ4-M2XD: random, short enough to read out on the phone,
// and free of anything about the client (no name, no initials, no date of birth, no date at all).

/** The characters a reference uses: digits and capitals without 0/O, 1/I/L, which are misread. */
export const CASE_REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** The fewest random bytes `makeCaseReference` accepts (80 bits for a 40-bit reference). */
export const CASE_REFERENCE_MIN_BYTES = 10;

const PREFIX = 'ESC';
const GROUP_LENGTH = 4;
const GROUPS = 2;
const PATTERN = new RegExp(
  `^${PREFIX}(?:-[${CASE_REFERENCE_ALPHABET}]{${GROUP_LENGTH}}){${GROUPS}}$`,
);

/**
 * A new anonymous case reference, `ESC-XXXX-XXXX`, made from `randomBytes` (pass at least
 * {@link CASE_REFERENCE_MIN_BYTES} from `crypto.getRandomValues`). The bytes are read as one large
 * number and written in base 31, so every reference is (all but exactly) equally likely; about
 * 850 billion references are possible. Throws a RangeError when given too few bytes, a
 * programming error rather than a user's.
 */
export function makeCaseReference(randomBytes: Uint8Array): string {
  if (randomBytes.length < CASE_REFERENCE_MIN_BYTES) {
    throw new RangeError(
      `A case reference needs at least ${CASE_REFERENCE_MIN_BYTES} random bytes, not ${randomBytes.length}`,
    );
  }
  let number = randomBytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
  const base = BigInt(CASE_REFERENCE_ALPHABET.length);
  let characters = '';
  for (let index = 0; index < GROUP_LENGTH * GROUPS; index += 1) {
    characters += CASE_REFERENCE_ALPHABET.charAt(Number(number % base));
    number /= base;
  }
  const groups = [characters.slice(0, GROUP_LENGTH), characters.slice(GROUP_LENGTH)];
  return [PREFIX, ...groups].join('-');
}

/** True when `value` is a case reference in the form `makeCaseReference` writes. */
export function isCaseReference(value: string): boolean {
  return PATTERN.test(value);
}
